package org.credence.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.credence.ml.FeatureHashing;
import org.credence.model.Document;
import org.credence.model.SignalResult;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.signals.ArticleView;

/**
 * What the scoring models read from one analysed article: named dense features (the signals'
 * scores and measures, and {@link StyleFeatures}) and the article's words as hashed terms
 * (lower-cased word unigrams and bigrams of the headline and the English body, with counts).
 *
 * <p>Dense features, by name:
 * <ul>
 *   <li>{@code signal:ID}: the signal's score, 0 when it cannot judge;
 *       {@code signal:ID:cannot-judge}: 1 when it cannot judge;</li>
 *   <li>{@code measure:ID:NAME}: each of the signal's measures as {@code sign(x) ln(1 + |x|)};</li>
 *   <li>{@code style:NAME}: the style features.</li>
 * </ul>
 * Terms are 32-bit {@link FeatureHashing#hash} values of {@code "w " + word} (unigrams) and
 * {@code "b " + word + " " + word} (bigrams), so a model may fold them into any number of bits.
 * Built with evidence, the features keep the document, the style spans and each term's first
 * span, for reasons; {@link #compact()} drops them for training sets.
 */
public final class ArticleFeatures {

    private final Map<String, Double> dense;
    private final Terms.Packed unigrams;
    private final Terms.Packed bigrams;
    private final String unscorable;
    private final Document doc;
    private final StyleFeatures style;

    private ArticleFeatures(Map<String, Double> dense, Terms.Packed unigrams, Terms.Packed bigrams, String unscorable,
                            Document doc, StyleFeatures style) {
        this.dense = dense;
        this.unigrams = unigrams;
        this.bigrams = bigrams;
        this.unscorable = unscorable;
        this.doc = doc;
        this.style = style;
    }

    /** The features of an analysed article (layers up to {@code SIGNALS}), with evidence and bigrams. */
    public static ArticleFeatures of(Document doc) {
        return of(doc, true);
    }

    /**
     * The features of an analysed article, with evidence; word bigrams only when
     * {@code bigrams} (no model that leaves them out pays for them).
     */
    public static ArticleFeatures of(Document doc, boolean bigrams) {
        ArticleView view = ArticleView.of(doc);
        Map<String, Double> dense = new LinkedHashMap<>();
        for (SignalResult r : doc.signals()) {
            boolean judged = r.outcome() != SignalResult.Outcome.CANNOT_JUDGE;
            dense.put("signal:" + r.id(), judged ? r.score() : 0.0);
            dense.put("signal:" + r.id() + ":cannot-judge", judged ? 0.0 : 1.0);
            for (Map.Entry<String, Double> m : r.measures().entrySet()) {
                double x = m.getValue();
                if (Double.isFinite(x)) {
                    dense.put("measure:" + r.id() + ":" + m.getKey(), Math.signum(x) * Math.log1p(Math.abs(x)));
                }
            }
        }
        StyleFeatures style = StyleFeatures.of(view);
        dense.putAll(style.values());

        Terms uni = new Terms();
        Terms bi = new Terms();
        List<Token> tokens = doc.language().tokens();
        String text = doc.text();
        List<int[]> ranges = new ArrayList<>();
        view.headline().ifPresent(h -> ranges.add(new int[] {h.start(), h.end()}));
        for (var s : view.bodySentences()) {
            ranges.add(new int[] {s.span().start(), s.span().end()});
        }
        int ti = 0;
        for (int[] r : ranges) {
            String prev = null;
            int prevStart = 0;
            while (ti < tokens.size() && tokens.get(ti).end() <= r[0]) {
                ti++;
            }
            for (int k = ti; k < tokens.size() && tokens.get(k).start() < r[1]; k++) {
                Token t = tokens.get(k);
                if (t.kind() != Token.Kind.WORD) {
                    prev = null;
                    continue;
                }
                String w = word(t.span().in(text));
                uni.add(FeatureHashing.hashOf("w ", w), t.start(), t.end());
                if (prev != null && bigrams) {
                    bi.add(FeatureHashing.hashOf("b ", prev, " ", w), prevStart, t.end());
                }
                prev = w;
                prevStart = t.start();
            }
        }
        return new ArticleFeatures(dense, uni.pack(), bi.pack(), view.bodyUnjudgeable().orElse(null), doc, style);
    }

    /**
     * Features without evidence from their parts (as {@link #compact()} keeps them), e.g. read
     * back from a cache. Term arrays are sorted hashes with their counts.
     */
    public static ArticleFeatures of(Map<String, Double> dense, int[] unigrams, float[] unigramCounts, int[] bigrams,
                                     float[] bigramCounts, String unscorable) {
        if (unigrams.length != unigramCounts.length || bigrams.length != bigramCounts.length) {
            throw new IllegalArgumentException("one count per term");
        }
        return new ArticleFeatures(Map.copyOf(dense), packed(unigrams, unigramCounts), packed(bigrams, bigramCounts),
                unscorable, null, null);
    }

    /** The same features without the document and evidence, to keep training sets small. */
    public ArticleFeatures compact() {
        return new ArticleFeatures(dense, new Terms.Packed(unigrams.hashes(), unigrams.counts(), null, null),
                new Terms.Packed(bigrams.hashes(), bigrams.counts(), null, null), unscorable, null, null);
    }

    private static Terms.Packed packed(int[] hashes, float[] counts) {
        return new Terms.Packed(hashes.clone(), counts.clone(), null, null);
    }

    /** Dense feature values by name (absent means 0). */
    public Map<String, Double> dense() {
        return dense;
    }

    /** Distinct unigram hashes, ascending (do not modify). */
    public int[] unigrams() {
        return unigrams.hashes();
    }

    /** The count of each unigram (do not modify). */
    public float[] unigramCounts() {
        return unigrams.counts();
    }

    /** Distinct bigram hashes, ascending; empty when not read (do not modify). */
    public int[] bigrams() {
        return bigrams.hashes();
    }

    /** The count of each bigram (do not modify). */
    public float[] bigramCounts() {
        return bigrams.counts();
    }

    /** Why the article cannot be scored (not English, too little body text), or empty. */
    public Optional<String> unscorable() {
        return Optional.ofNullable(unscorable);
    }

    /** The analysed document, when built with evidence. */
    public Optional<Document> document() {
        return Optional.ofNullable(doc);
    }

    /** Evidence spans of a style feature (empty without evidence). */
    public List<Span> styleSpans(String name) {
        return style == null ? List.of() : style.spans(name);
    }

    /** The first span of a term (unigram or bigram hash) in the text, when built with evidence. */
    public Optional<Span> firstSpan(int termHash) {
        for (Terms.Packed p : List.of(unigrams, bigrams)) {
            int i = java.util.Arrays.binarySearch(p.hashes(), termHash);
            if (i >= 0 && p.starts() != null) {
                return Optional.of(new Span(p.starts()[i], p.ends()[i]));
            }
        }
        return Optional.empty();
    }

    /** A word as a term: lower case, typographic apostrophes straightened. */
    static String word(String w) {
        return w.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
