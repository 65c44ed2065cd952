package org.credence.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.ml.FeatureHashing;
import org.credence.ml.LinearModel;
import org.credence.ml.LogisticTrainer;
import org.credence.ml.SparseVector;
import org.credence.model.Span;
import org.credence.signals.propaganda.Lexicon;
import org.credence.signals.propaganda.PropagandaModel;
import org.credence.signals.propaganda.PtcCorpus;
import org.credence.signals.propaganda.Technique;

/**
 * Baselines printed beside the propaganda model: for span identification, every sentence that
 * holds a strongly valenced word (|VADER| &gt;= 2, the loaded-language lexicon baseline); for
 * technique classification, the most frequent technique of the training fragments and a TF-IDF
 * logistic regression over the fragment's words and word pairs. Immutable once trained.
 */
final class PropagandaBaselines {

    private static final FeatureHashing HASH = new FeatureHashing(18);

    private final List<String> byFrequency;
    private final Map<String, Double> idf;
    private final LinearModel model;

    private PropagandaBaselines(List<String> byFrequency, Map<String, Double> idf, LinearModel model) {
        this.byFrequency = List.copyOf(byFrequency);
        this.idf = Map.copyOf(idf);
        this.model = model;
    }

    /** Trains both technique baselines on the labelled fragments of {@code articles}. */
    static PropagandaBaselines train(List<PtcCorpus.Article> articles) {
        Map<String, Integer> freq = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        List<List<String>> docs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Technique t : Technique.values()) {
            labels.add(t.label());
        }
        for (PtcCorpus.Article a : articles) {
            for (PtcCorpus.Label l : a.labels()) {
                freq.merge(l.technique().label(), 1, Integer::sum);
                List<String> terms = terms(l.span().in(a.text()));
                docs.add(terms);
                ys.add(l.technique().ordinal());
                terms.stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
            }
        }
        Map<String, Double> idf = new HashMap<>();
        int n = docs.size();
        df.forEach((t, d) -> idf.put(t, Math.log((1.0 + n) / (1.0 + d)) + 1));
        List<String> order = new ArrayList<>(labels);
        order.sort((x, y) -> Integer.compare(freq.getOrDefault(y, 0), freq.getOrDefault(x, 0)));
        PropagandaBaselines untrained = new PropagandaBaselines(order, idf, null);
        List<SparseVector> xs = new ArrayList<>(n);
        for (List<String> d : docs) {
            xs.add(untrained.vector(d));
        }
        LinearModel m = LogisticTrainer.defaults().train(xs, ys.stream().mapToInt(Integer::intValue).toArray(), null,
                labels, HASH.dimension());
        return new PropagandaBaselines(order, idf, m);
    }

    /** Techniques by training frequency, most frequent first. */
    List<String> byFrequency() {
        return byFrequency;
    }

    /** The TF-IDF model's techniques for a fragment's text, most probable first. */
    List<String> tfidf(String fragment) {
        return PropagandaModel.ranked(model.labels(), model.probabilities(vector(terms(fragment))));
    }

    /** Sentences (raw spans of {@code text}) holding a word with |VADER valence| &gt;= 2. */
    static List<Span> loadedSentences(String text, List<Span> sentences) {
        Lexicon lex = Lexicon.standard();
        List<Span> out = new ArrayList<>();
        for (Span s : sentences) {
            for (String w : words(s.in(text))) {
                if (Math.abs(lex.valence(w)) >= 2f) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    private SparseVector vector(List<String> terms) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : terms) {
            tf.merge(t, 1, Integer::sum);
        }
        SparseVector.Builder b = new SparseVector.Builder();
        tf.forEach((t, c) -> {
            Double w = idf.get(t);
            if (w != null) {
                b.add(HASH.index(t), c * w);
            }
        });
        return b.build(true);
    }

    /** Lower-case words and adjacent word pairs. */
    static List<String> terms(String text) {
        List<String> w = words(text);
        List<String> out = new ArrayList<>(w);
        for (int i = 0; i + 1 < w.size(); i++) {
            out.add(w.get(i) + ' ' + w.get(i + 1));
        }
        return out;
    }

    /** Lower-case runs of letters, digits and apostrophes. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || (c == '\'' && sb.length() > 0)) {
                sb.append(Character.toLowerCase(c));
            } else if (sb.length() > 0) {
                out.add(sb.toString());
                sb.setLength(0);
            }
        }
        return out;
    }
}
