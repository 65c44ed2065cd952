package org.credence.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FNC-1 scores of predicted stances against gold ones, over labels {@code unrelated, discuss,
 * agree, disagree} (indexes 0–3). The FNC score is the competition's weighted metric: 0.25 for
 * every pair whose related / unrelated side is right, 0.75 more for a related pair whose exact
 * stance is right; reported as a share of the best possible score. Macro-F1 averages the four
 * classes' F1.
 *
 * @param confusion counts, {@code confusion[gold][predicted]}
 */
public record StanceScore(long[][] confusion) {

    public static final List<String> LABELS = List.of("unrelated", "discuss", "agree", "disagree");

    /** Scores predictions {@code pred} against {@code gold}. */
    public static StanceScore of(int[] gold, int[] pred) {
        if (gold.length != pred.length) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        long[][] c = new long[4][4];
        for (int i = 0; i < gold.length; i++) {
            c[gold[i]][pred[i]]++;
        }
        return new StanceScore(c);
    }

    public long total() {
        long n = 0;
        for (long[] row : confusion) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    /** The raw FNC score. */
    public double fnc() {
        double s = 0;
        for (int g = 0; g < 4; g++) {
            for (int p = 0; p < 4; p++) {
                long n = confusion[g][p];
                if (g == p) {
                    s += 0.25 * n;
                    if (g != 0) {
                        s += 0.5 * n;
                    }
                }
                if (g != 0 && p != 0) {
                    s += 0.25 * n;
                }
            }
        }
        return s;
    }

    /** The best FNC score these gold labels allow. */
    public double fncMax() {
        double s = 0;
        for (int g = 0; g < 4; g++) {
            long n = 0;
            for (long v : confusion[g]) {
                n += v;
            }
            s += (g == 0 ? 0.25 : 1.0) * n;
        }
        return s;
    }

    /** FNC score as a percentage of the maximum. */
    public double fncPercent() {
        double m = fncMax();
        return m == 0 ? 0 : 100 * fnc() / m;
    }

    public Prf prf(int label) {
        long tp = confusion[label][label];
        long fp = 0;
        long fn = 0;
        for (int o = 0; o < 4; o++) {
            if (o != label) {
                fp += confusion[o][label];
                fn += confusion[label][o];
            }
        }
        return new Prf(tp, fp, fn);
    }

    public double macroF1() {
        double s = 0;
        for (int l = 0; l < 4; l++) {
            s += prf(l).f1();
        }
        return s / 4;
    }

    public double accuracy() {
        long ok = 0;
        for (int l = 0; l < 4; l++) {
            ok += confusion[l][l];
        }
        long n = total();
        return n == 0 ? 0 : (double) ok / n;
    }

    /** Figures for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pairs", total());
        m.put("fncScore", Math.round(fnc() * 100) / 100.0);
        m.put("fncMax", fncMax());
        m.put("fncPercent", Math.round(fncPercent() * 100) / 100.0);
        m.put("macroF1", Math.round(macroF1() * 10000) / 10000.0);
        m.put("accuracy", Math.round(accuracy() * 10000) / 10000.0);
        Map<String, Object> per = new LinkedHashMap<>();
        for (int l = 0; l < 4; l++) {
            per.put(LABELS.get(l), prf(l).asMap());
        }
        m.put("perClass", per);
        Map<String, Object> conf = new LinkedHashMap<>();
        for (int g = 0; g < 4; g++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int p = 0; p < 4; p++) {
                row.put(LABELS.get(p), confusion[g][p]);
            }
            conf.put(LABELS.get(g), row);
        }
        m.put("confusion", conf);
        return m;
    }
}
