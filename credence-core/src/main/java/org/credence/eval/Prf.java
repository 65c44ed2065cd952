package org.credence.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Precision, recall and F1 from counts of true positives, false positives and false negatives.
 * An empty denominator gives 0.
 */
public record Prf(long tp, long fp, long fn) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public Prf plus(long dtp, long dfp, long dfn) {
        return new Prf(tp + dtp, fp + dfp, fn + dfn);
    }

    /** Counts and rates (rounded to 4 places) for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", tp);
        m.put("fp", fp);
        m.put("fn", fn);
        m.put("precision", Math.round(precision() * 10000) / 10000.0);
        m.put("recall", Math.round(recall() * 10000) / 10000.0);
        m.put("f1", Math.round(f1() * 10000) / 10000.0);
        return m;
    }
}
