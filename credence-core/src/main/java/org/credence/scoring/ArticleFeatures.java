package org.credence.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
    private final int[] unigrams;
    private final float[] unigramCounts;
    private final int[] bigrams;
    private final float[] bigramCounts;
    private final String unscorable;
    private final Document doc;
    private final StyleFeatures style;
    private final Map<Integer, Span> firstSpan;

    private ArticleFeatures(Map<String, Double> dense, int[] unigrams, float[] unigramCounts, int[] bigrams,
                            float[] bigramCounts, String unscorable, Document doc, StyleFeatures style,
                            Map<Integer, Span> firstSpan) {
        this.dense = dense;
        this.unigrams = unigrams;
        this.unigramCounts = unigramCounts;
        this.bigrams = bigrams;
        this.bigramCounts = bigramCounts;
        this.unscorable = unscorable;
        this.doc = doc;
        this.style = style;
        this.firstSpan = firstSpan;
    }

    /** The features of an analysed article (layers up to {@code SIGNALS}), with evidence. */
    public static ArticleFeatures of(Document doc) {
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

        Map<Integer, float[]> uni = new HashMap<>();
        Map<Integer, float[]> bi = new HashMap<>();
        Map<Integer, Span> first = new HashMap<>();
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
            Span prevSpan = null;
            while (ti < tokens.size() && tokens.get(ti).end() <= r[0]) {
                ti++;
            }
            int k = ti;
            for (; k < tokens.size() && tokens.get(k).start() < r[1]; k++) {
                Token t = tokens.get(k);
                if (t.kind() != Token.Kind.WORD) {
                    prev = null;
                    continue;
                }
                String w = word(t.span().in(text));
                int h = FeatureHashing.hash("w " + w);
                uni.computeIfAbsent(h, x -> new float[1])[0]++;
                first.putIfAbsent(h, t.span());
                if (prev != null) {
                    int hb = FeatureHashing.hash("b " + prev + " " + w);
                    bi.computeIfAbsent(hb, x -> new float[1])[0]++;
                    first.putIfAbsent(hb, new Span(prevSpan.start(), t.end()));
                }
                prev = w;
                prevSpan = t.span();
            }
        }
        int[][] u = packed(uni);
        int[][] b = packed(bi);
        return new ArticleFeatures(dense, u[0], counts(u, uni), b[0], counts(b, bi),
                view.bodyUnjudgeable().orElse(null), doc, style, first);
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
        return new ArticleFeatures(Map.copyOf(dense), unigrams.clone(), unigramCounts.clone(), bigrams.clone(),
                bigramCounts.clone(), unscorable, null, null, Map.of());
    }

    /** The same features without the document and evidence, to keep training sets small. */
    public ArticleFeatures compact() {
        return new ArticleFeatures(dense, unigrams, unigramCounts, bigrams, bigramCounts, unscorable, null, null, Map.of());
    }

    /** Dense feature values by name (absent means 0). */
    public Map<String, Double> dense() {
        return dense;
    }

    public int[] unigrams() {
        return unigrams;
    }

    public float[] unigramCounts() {
        return unigramCounts;
    }

    public int[] bigrams() {
        return bigrams;
    }

    public float[] bigramCounts() {
        return bigramCounts;
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

    /** The first span of a term in the text, when built with evidence. */
    public Optional<Span> firstSpan(int termHash) {
        return Optional.ofNullable(firstSpan.get(termHash));
    }

    /** A word as a term: lower case, typographic apostrophes straightened. */
    static String word(String w) {
        return w.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static int[][] packed(Map<Integer, float[]> m) {
        int[] keys = new int[m.size()];
        int i = 0;
        for (int k : m.keySet()) {
            keys[i++] = k;
        }
        Arrays.sort(keys);
        return new int[][] {keys};
    }

    private static float[] counts(int[][] keys, Map<Integer, float[]> m) {
        float[] c = new float[keys[0].length];
        for (int i = 0; i < c.length; i++) {
            c[i] = m.get(keys[0][i])[0];
        }
        return c;
    }
}
