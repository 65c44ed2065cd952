package org.credence.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.ml.LinearModel;
import org.credence.ml.LogisticTrainer;
import org.credence.ml.SparseVector;

/**
 * The simple text-classification baseline printed beside trained signals: TF-IDF over word
 * unigrams and bigrams, then binary logistic regression, as the common scikit-learn recipe
 * ({@code TfidfVectorizer(ngram_range=(1, 2))} + {@code LogisticRegression}) does it:
 * lower-cased tokens of two or more word characters ({@code \b\w\w+\b}), a vocabulary of the
 * n-grams seen in training, raw term counts times smoothed IDF {@code ln((1 + n) / (1 + df)) + 1},
 * rows scaled to unit length. The regression is {@link LogisticTrainer#defaults()} (fixed seed).
 * Immutable once trained.
 */
public final class TfidfWordLogistic {

    private static final Pattern WORD = Pattern.compile("(?U)\\b\\w\\w+\\b");

    private final Map<String, Integer> vocabulary;
    private final float[] idf;
    private final LinearModel model;

    private TfidfWordLogistic(Map<String, Integer> vocabulary, float[] idf, LinearModel model) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.model = model;
    }

    /** Trains on {@code texts} with labels {@code positive} (class 1). */
    public static TfidfWordLogistic train(List<String> texts, boolean[] positive) {
        if (texts.size() != positive.length || texts.isEmpty()) {
            throw new IllegalArgumentException("need as many labels as texts, and some texts");
        }
        Map<String, Integer> vocab = new HashMap<>();
        List<int[]> docTerms = new ArrayList<>();
        List<Integer> df = new ArrayList<>();
        for (String t : texts) {
            List<String> grams = grams(t);
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (String g : grams) {
                Integer id = vocab.get(g);
                if (id == null) {
                    id = vocab.size();
                    vocab.put(g, id);
                    df.add(0);
                }
                if (seen.add(id)) {
                    df.set(id, df.get(id) + 1);
                }
            }
            docTerms.add(seen.stream().mapToInt(Integer::intValue).toArray());
        }
        int n = texts.size();
        float[] idf = new float[vocab.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(i))) + 1);
        }
        TfidfWordLogistic shell = new TfidfWordLogistic(Map.copyOf(vocab), idf, null);
        List<SparseVector> xs = new ArrayList<>(n);
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            xs.add(shell.vector(texts.get(i)));
            ys[i] = positive[i] ? 1 : 0;
        }
        LinearModel m = LogisticTrainer.defaults().train(xs, ys, null, List.of("0", "1"), Math.max(1, idf.length));
        return new TfidfWordLogistic(shell.vocabulary, idf, m);
    }

    /** P(class 1) of a text. */
    public double probability(String text) {
        return model.probabilities(vector(text))[1];
    }

    /** Size of the vocabulary (unigrams and bigrams seen in training). */
    public int vocabularySize() {
        return vocabulary.size();
    }

    private SparseVector vector(String text) {
        SparseVector.Builder b = new SparseVector.Builder();
        for (String g : grams(text)) {
            Integer id = vocabulary.get(g);
            if (id != null) {
                b.add(id, idf[id]);
            }
        }
        return b.build(true);
    }

    static List<String> grams(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        List<String> out = new ArrayList<>(words);
        for (int i = 1; i < words.size(); i++) {
            out.add(words.get(i - 1) + ' ' + words.get(i));
        }
        return out;
    }
}
