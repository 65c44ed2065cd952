package org.credence.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark figures over a set of pages, as the scrapinghub benchmark reports them: precision
 * and recall are means of per-page values (pages where they are undefined are left out), F1 is
 * their harmonic mean, accuracy the share of exact pages; each comes with the standard deviation
 * of 1,000 bootstrap resamples of the pages (the "±" of the benchmark's README). The bootstrap
 * uses a fixed seed, so figures are reproducible.
 */
public record Scores(int pages, double precision, double precisionStd, double recall,
                     double recallStd, double f1, double f1Std, double accuracy,
                     double accuracyStd) {

    static final int BOOTSTRAP = 1000;
    static final long SEED = 20191119L;

    /** Figures for the given per-page scores. */
    public static Scores of(List<ShingleMetric.PageScore> pages) {
        double[] point = metrics(pages);
        Random rnd = new Random(SEED);
        int n = pages.size();
        double[][] samples = new double[4][BOOTSTRAP];
        List<ShingleMetric.PageScore> sample = new ArrayList<>(n);
        for (int b = 0; b < BOOTSTRAP && n > 0; b++) {
            sample.clear();
            for (int i = 0; i < n; i++) {
                sample.add(pages.get(rnd.nextInt(n)));
            }
            double[] m = metrics(sample);
            for (int k = 0; k < 4; k++) {
                samples[k][b] = m[k];
            }
        }
        return new Scores(n, point[0], std(samples[0]), point[1], std(samples[1]), point[2],
                std(samples[2]), point[3], std(samples[3]));
    }

    private static double[] metrics(List<ShingleMetric.PageScore> pages) {
        double ps = 0;
        int pn = 0;
        double rs = 0;
        int rn = 0;
        double acc = 0;
        for (ShingleMetric.PageScore p : pages) {
            double pr = p.precision();
            if (!Double.isNaN(pr)) {
                ps += pr;
                pn++;
            }
            double rc = p.recall();
            if (!Double.isNaN(rc)) {
                rs += rc;
                rn++;
            }
            acc += p.accuracy();
        }
        double precision = pn == 0 ? 0 : ps / pn;
        double recall = rn == 0 ? 0 : rs / rn;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1, pages.isEmpty() ? 0 : acc / pages.size()};
    }

    private static double std(double[] v) {
        int n = v.length;
        if (n < 2) {
            return 0;
        }
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= n;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (n - 1));
    }

    /** One table row: {@code F1 ± std  precision ± std  recall ± std  accuracy ± std}. */
    public String row() {
        return String.format(java.util.Locale.ROOT,
                "%.3f ± %.3f  %.3f ± %.3f  %.3f ± %.3f  %.3f ± %.3f",
                f1, f1Std, precision, precisionStd, recall, recallStd, accuracy, accuracyStd);
    }

    /** The figures as a map for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", pages);
        m.put("f1", f1);
        m.put("f1_std", f1Std);
        m.put("precision", precision);
        m.put("precision_std", precisionStd);
        m.put("recall", recall);
        m.put("recall_std", recallStd);
        m.put("accuracy", accuracy);
        m.put("accuracy_std", accuracyStd);
        return m;
    }
}
