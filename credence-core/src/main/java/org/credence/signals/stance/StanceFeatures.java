package org.credence.signals.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.ml.FeatureHashing;
import org.credence.ml.SparseVector;
import org.credence.signals.stance.StanceWords.Kind;

/**
 * Features of a headline–body pair for the two stance models. Stage 1 (related or not) reads
 * how much of the headline the body covers: TF-IDF cosine with the whole body, with its lead
 * and with its closest sentences, and the weighted share of headline terms and term pairs the
 * body repeats. Stage 2 (agree, disagree, discuss) adds the refuting, hedging, confirming and
 * negating words of the body, of its lead and of the sentences closest to the headline, the
 * headline's own such words, their polarity, and hashed words of the headline and of the
 * closest sentences. Values in [0, 1] also come as one-of-ten bins so the linear models can
 * bend. Immutable and thread-safe.
 */
public final class StanceFeatures {

    /** Hash bits of stage 1 and stage 2 feature spaces. */
    public static final int STAGE1_BITS = 14;
    public static final int STAGE2_BITS = 18;
    /** Sentences counted as the lead, and as the closest to the headline. */
    static final int LEAD = 3;
    static final int TOP = 3;

    private static final FeatureHashing H1 = new FeatureHashing(STAGE1_BITS);
    private static final FeatureHashing H2 = new FeatureHashing(STAGE2_BITS);
    private static final Kind[] CUES = {Kind.REFUTE, Kind.HEDGE, Kind.CONFIRM, Kind.NEGATION};

    private final TermWeights weights;
    private final StanceWords words = StanceWords.standard();

    public StanceFeatures(TermWeights weights) {
        this.weights = weights;
    }

    public TermWeights weights() {
        return weights;
    }

    /** A body read once, for many headlines. */
    public final class Body {
        final StanceText text;
        final Map<String, Double> vector;
        final double norm;
        final List<Map<String, Double>> parts = new ArrayList<>();
        final double[] partNorms;
        final Map<String, Double> lead;
        final double leadNorm;
        final Set<String> bigrams = new HashSet<>();
        final Set<String> leadTerms = new HashSet<>();
        final int[][] partCues;
        final int[] cues = new int[CUES.length];
        final int[] leadCues = new int[CUES.length];
        final int words;

        Body(StanceText text) {
            this.text = text;
            List<StanceText.Part> ps = text.parts();
            Map<String, Integer> tf = new HashMap<>();
            Map<String, Integer> leadTf = new HashMap<>();
            partNorms = new double[ps.size()];
            partCues = new int[ps.size()][];
            int n = 0;
            for (int i = 0; i < ps.size(); i++) {
                StanceText.Part p = ps.get(i);
                Map<String, Integer> ptf = new HashMap<>();
                String prev = null;
                for (String t : p.terms()) {
                    ptf.merge(t, 1, Integer::sum);
                    tf.merge(t, 1, Integer::sum);
                    if (i < LEAD) {
                        leadTf.merge(t, 1, Integer::sum);
                        leadTerms.add(t);
                    }
                    if (prev != null) {
                        bigrams.add(prev + " " + t);
                    }
                    prev = t;
                }
                Map<String, Double> v = vector(ptf);
                parts.add(v);
                partNorms[i] = norm(v);
                partCues[i] = cueCounts(p.words());
                for (int k = 0; k < CUES.length; k++) {
                    cues[k] += partCues[i][k];
                    if (i < LEAD) {
                        leadCues[k] += partCues[i][k];
                    }
                }
                n += p.words().size();
            }
            vector = vector(tf);
            norm = norm(vector);
            lead = vector(leadTf);
            leadNorm = norm(lead);
            words = n;
        }

        public StanceText text() {
            return text;
        }
    }

    /** A headline read once. */
    public final class Headline {
        final StanceText text;
        final Map<String, Double> vector;
        final double norm;
        final List<String> terms;
        final List<String> bigrams = new ArrayList<>();
        final List<String> words;
        final int[] cues;
        final boolean question;

        Headline(StanceText text) {
            this.text = text;
            Map<String, Integer> tf = new HashMap<>();
            for (String t : text.terms()) {
                tf.merge(t, 1, Integer::sum);
            }
            vector = vector(tf);
            norm = norm(vector);
            terms = List.copyOf(tf.keySet());
            List<String> all = text.terms();
            for (int i = 1; i < all.size(); i++) {
                bigrams.add(all.get(i - 1) + " " + all.get(i));
            }
            words = text.words();
            cues = cueCounts(words);
            boolean q = false;
            for (StanceText.Part p : text.parts()) {
                q |= p.question();
            }
            question = q;
        }
    }

    public Body body(StanceText text) {
        return new Body(text);
    }

    public Headline headline(StanceText text) {
        return new Headline(text);
    }

    /**
     * A pair's features.
     *
     * @param stage1     for the related / unrelated model
     * @param stage2     for the agree / disagree / discuss model
     * @param similarity cosine of the headline with each body part, in part order
     * @param coverage   share of the headline's terms (by weight) that the body repeats
     */
    public record Pair(SparseVector stage1, SparseVector stage2, double[] similarity, double coverage) {
    }

    /** The features of headline {@code h} against body {@code b}. */
    public Pair pair(Headline h, Body b) {
        int np = b.parts.size();
        double[] sim = new double[np];
        for (int i = 0; i < np; i++) {
            sim[i] = cosine(h.vector, h.norm, b.parts.get(i), b.partNorms[i]);
        }
        int[] top = top(sim, TOP);
        double cos = cosine(h.vector, h.norm, b.vector, b.norm);
        double cosLead = cosine(h.vector, h.norm, b.lead, b.leadNorm);
        double max1 = top.length > 0 ? sim[top[0]] : 0;
        double max2 = top.length > 1 ? sim[top[1]] : 0;
        double meanTop = 0;
        for (int i : top) {
            meanTop += sim[i] / TOP;
        }
        double wAll = 0;
        double wIn = 0;
        double wLead = 0;
        int in = 0;
        for (String t : h.terms) {
            double w = weights.idf(t);
            wAll += w;
            if (b.vector.containsKey(t)) {
                wIn += w;
                in++;
            }
            if (b.leadTerms.contains(t)) {
                wLead += w;
            }
        }
        double cover = wAll == 0 ? 0 : wIn / wAll;
        double coverCount = h.terms.isEmpty() ? 0 : (double) in / h.terms.size();
        double coverLead = wAll == 0 ? 0 : wLead / wAll;
        int bi = 0;
        for (String g : h.bigrams) {
            if (b.bigrams.contains(g)) {
                bi++;
            }
        }
        double coverPairs = h.bigrams.isEmpty() ? 0 : (double) bi / h.bigrams.size();
        int close = 0;
        for (double s : sim) {
            if (s >= 0.15) {
                close++;
            }
        }
        double closeShare = np == 0 ? 0 : (double) close / np;
        double firstClose = 1;
        for (int i = 0; i < np; i++) {
            if (sim[i] >= 0.15) {
                firstClose = (double) i / np;
                break;
            }
        }

        SparseVector.Builder s1 = new SparseVector.Builder();
        SparseVector.Builder s2 = new SparseVector.Builder();
        double[] unit = {cos, cosLead, max1, max2, meanTop, cover, coverCount, coverLead, coverPairs, closeShare, firstClose};
        String[] names = {"cos", "cosLead", "max1", "max2", "meanTop", "cover", "coverCount", "coverLead", "coverPairs",
                "closeShare", "firstClose"};
        for (int i = 0; i < unit.length; i++) {
            both(s1, s2, names[i], unit[i]);
            both(s1, s2, names[i] + "#" + Math.min(9, (int) (unit[i] * 10)), 1);
        }
        both(s1, s2, "cover*max1", cover * max1);
        both(s1, s2, "hterms#" + Math.min(12, h.terms.size()), 1);
        both(s1, s2, "bwords#" + bucket(b.words), 1);
        both(s1, s2, "bias", 1);

        // stage 2: stance words where they matter
        int[] topCues = new int[CUES.length];
        for (int i : top) {
            for (int k = 0; k < CUES.length; k++) {
                topCues[k] += b.partCues[i][k];
            }
        }
        for (int k = 0; k < CUES.length; k++) {
            String c = CUES[k].name().toLowerCase(java.util.Locale.ROOT);
            add(s2, "b." + c + "#" + bucket(b.cues[k]), 1);
            add(s2, "b." + c + "/100", Math.min(5, 100.0 * b.cues[k] / Math.max(1, b.words)));
            add(s2, "lead." + c + "#" + Math.min(3, b.leadCues[k]), 1);
            add(s2, "top." + c + "#" + Math.min(3, topCues[k]), 1);
            add(s2, "h." + c + "#" + Math.min(2, h.cues[k]), 1);
            for (int j = 0; j < CUES.length; j++) {
                if (h.cues[k] > 0 && topCues[j] > 0) {
                    add(s2, "h." + c + "&top." + CUES[j].name(), 1);
                }
            }
        }
        int hPol = (h.cues[0] + h.cues[3]) & 1;
        int tPol = (topCues[0] + topCues[3]) & 1;
        add(s2, "pol." + hPol + tPol, 1);
        add(s2, "question." + h.question, 1);
        double hw = 1 / Math.sqrt(Math.max(1, h.words.size()));
        String prev = "<s>";
        for (String w : h.words) {
            add(s2, "h:" + w, hw);
            add(s2, "h2:" + prev + " " + w, hw);
            prev = w;
        }
        int tw = 0;
        for (int i : top) {
            tw += b.text.parts().get(i).words().size();
        }
        double sw = 1 / Math.sqrt(Math.max(1, tw));
        for (int i : top) {
            for (String w : b.text.parts().get(i).words()) {
                add(s2, "s:" + w, sw);
            }
        }
        return new Pair(s1.build(false), s2.build(false), sim, cover);
    }

    private static void both(SparseVector.Builder s1, SparseVector.Builder s2, String name, double v) {
        s1.add(H1.index(name), v);
        add(s2, name, v);
    }

    private static void add(SparseVector.Builder s2, String name, double v) {
        s2.add(H2.index(name), v);
    }

    private static int bucket(int n) {
        return n <= 0 ? 0 : 1 + (int) (Math.log(n) / Math.log(2));
    }

    private int[] cueCounts(List<String> ws) {
        int[] c = new int[CUES.length];
        for (String w : ws) {
            for (int k = 0; k < CUES.length; k++) {
                if (words.is(CUES[k], w)) {
                    c[k]++;
                }
            }
        }
        return c;
    }

    private Map<String, Double> vector(Map<String, Integer> tf) {
        Map<String, Double> v = new HashMap<>(tf.size() * 2);
        tf.forEach((t, n) -> v.put(t, (1 + Math.log(n)) * weights.idf(t)));
        return v;
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double cosine(Map<String, Double> h, double hn, Map<String, Double> v, double vn) {
        if (hn == 0 || vn == 0) {
            return 0;
        }
        double s = 0;
        for (Map.Entry<String, Double> e : h.entrySet()) {
            Double x = v.get(e.getKey());
            if (x != null) {
                s += e.getValue() * x;
            }
        }
        return s / (hn * vn);
    }

    /** Indexes of the {@code k} largest values, largest first (ties by position). */
    static int[] top(double[] v, int k) {
        int n = Math.min(k, v.length);
        int[] out = new int[n];
        boolean[] used = new boolean[v.length];
        for (int j = 0; j < n; j++) {
            int best = -1;
            for (int i = 0; i < v.length; i++) {
                if (!used[i] && (best < 0 || v[i] > v[best])) {
                    best = i;
                }
            }
            used[best] = true;
            out[j] = best;
        }
        return out;
    }
}
