package org.credence.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.ml.FeatureHashing;
import org.credence.ml.LinearModel;
import org.credence.ml.LogisticTrainer;
import org.credence.ml.SparseVector;
import org.credence.signals.stance.FncData;
import org.credence.signals.stance.StanceText;
import org.credence.signals.stance.TermWeights;

/**
 * The simple stance baseline, in the manner of the FNC-1 organisers' baseline: related when
 * the TF-IDF cosine of headline and body reaches a threshold (the one that best separates
 * related from unrelated on the training pairs), then an unweighted logistic regression over
 * word-overlap features (Jaccard overlap of words, share of headline terms in the body, their
 * bins), the refuting words of the headline and the polarity (odd or even count of refuting
 * words) of headline and body. Trained on the training pairs only; deterministic.
 */
public final class StanceBaseline {

    private static final FeatureHashing HASH = new FeatureHashing(12);
    private static final String[] REFUTING = {"fake", "fraud", "hoax", "false", "deny", "denies", "not", "despite",
            "nope", "doubt", "doubts", "bogus", "debunk", "pranks", "retract"};

    private final TermWeights weights;
    private final double threshold;
    private final LinearModel model;

    private StanceBaseline(TermWeights weights, double threshold, LinearModel model) {
        this.weights = weights;
        this.threshold = threshold;
        this.model = model;
    }

    public double threshold() {
        return threshold;
    }

    /** Fits on {@code pairs} whose texts are given by id / headline. */
    public static StanceBaseline fit(List<FncData.Pair> pairs, Map<Integer, StanceText> bodies, Map<String, StanceText> headlines) {
        List<StanceText> docs = new ArrayList<>(bodies.values());
        docs.addAll(headlines.values());
        TermWeights w = TermWeights.count(docs, 1);
        StanceBaseline probe = new StanceBaseline(w, 0, null);
        double[] cos = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            FncData.Pair p = pairs.get(i);
            cos[i] = probe.cosine(headlines.get(p.headline()), bodies.get(p.bodyId()));
        }
        double best = 0;
        long bestOk = -1;
        for (int t = 1; t < 100; t++) {
            double th = t / 100.0;
            long ok = 0;
            for (int i = 0; i < cos.length; i++) {
                if ((cos[i] >= th) == (pairs.get(i).stance() != 0)) {
                    ok++;
                }
            }
            if (ok > bestOk) {
                bestOk = ok;
                best = th;
            }
        }
        List<SparseVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (FncData.Pair p : pairs) {
            if (p.stance() != 0) {
                xs.add(probe.features(headlines.get(p.headline()), bodies.get(p.bodyId())));
                ys.add(p.stance() - 1);
            }
        }
        LinearModel m = new LogisticTrainer(10, 0.1, 1e-6, 42).train(xs, ys.stream().mapToInt(Integer::intValue).toArray(),
                null, FncData.LABELS.subList(1, 4), HASH.dimension());
        return new StanceBaseline(w, best, m);
    }

    /** The predicted stance index (into {@link FncData#LABELS}). */
    public int predict(StanceText headline, StanceText body) {
        if (cosine(headline, body) < threshold) {
            return 0;
        }
        double[] p = model.probabilities(features(headline, body));
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best + 1;
    }

    double cosine(StanceText h, StanceText b) {
        Map<String, Double> hv = vector(h.terms());
        Map<String, Double> bv = vector(b.terms());
        double dot = 0;
        for (Map.Entry<String, Double> e : hv.entrySet()) {
            Double x = bv.get(e.getKey());
            if (x != null) {
                dot += e.getValue() * x;
            }
        }
        double n = norm(hv) * norm(bv);
        return n == 0 ? 0 : dot / n;
    }

    SparseVector features(StanceText h, StanceText b) {
        Set<String> hw = new HashSet<>(h.words());
        Set<String> bw = new HashSet<>(b.words());
        Set<String> union = new HashSet<>(hw);
        union.addAll(bw);
        long common = hw.stream().filter(bw::contains).count();
        double jaccard = union.isEmpty() ? 0 : (double) common / union.size();
        Set<String> ht = new HashSet<>(h.terms());
        Set<String> bt = new HashSet<>(b.terms());
        double share = ht.isEmpty() ? 0 : (double) ht.stream().filter(bt::contains).count() / ht.size();
        SparseVector.Builder x = new SparseVector.Builder();
        x.add(HASH.index("bias"), 1);
        x.add(HASH.index("jaccard"), jaccard * 10);
        x.add(HASH.index("share"), share);
        x.add(HASH.index("share#" + Math.min(9, (int) (share * 10))), 1);
        int hr = 0;
        for (String r : REFUTING) {
            if (hw.contains(r)) {
                x.add(HASH.index("refute:" + r), 1);
                hr++;
            }
        }
        int br = 0;
        for (String w : b.words()) {
            for (String r : REFUTING) {
                if (r.equals(w)) {
                    br++;
                }
            }
        }
        x.add(HASH.index("hpol" + (hr & 1)), 1);
        x.add(HASH.index("bpol" + (br & 1)), 1);
        return x.build(false);
    }

    private Map<String, Double> vector(List<String> terms) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : terms) {
            tf.merge(t, 1, Integer::sum);
        }
        Map<String, Double> v = new HashMap<>();
        tf.forEach((t, n) -> v.put(t, n * weights.idf(t)));
        return v;
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
