package org.credence.signals.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.ml.RankingMetrics;

/**
 * CheckThat! 2019 task 1 figures of one system over a set of debates: each debate's lines are
 * ranked by the system's scores (ties in transcript order) and the per-debate figures are
 * averaged over the debates that hold at least one check-worthy line.
 *
 * @param debates debates scored (those with a check-worthy line)
 * @param map     mean average precision
 * @param rPrecision mean R-precision
 * @param p5      mean precision at 5
 * @param p10     mean precision at 10
 * @param p20     mean precision at 20
 */
public record DebateScores(int debates, double map, double rPrecision, double p5, double p10, double p20) {

    /** Scores {@code scores.get(i)} (one per line) against the labels of {@code debates.get(i)}. */
    public static DebateScores of(List<CheckThatCorpus.Debate> debates, List<double[]> scores) {
        if (debates.size() != scores.size()) {
            throw new IllegalArgumentException("one score array per debate");
        }
        int n = 0;
        double map = 0;
        double rp = 0;
        double p5 = 0;
        double p10 = 0;
        double p20 = 0;
        for (int d = 0; d < debates.size(); d++) {
            List<CheckThatCorpus.Line> lines = debates.get(d).lines();
            int[] y = new int[lines.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = lines.get(i).checkWorthy() ? 1 : 0;
            }
            int[] ranked = RankingMetrics.ranked(y, scores.get(d));
            if (java.util.Arrays.stream(y).sum() == 0) {
                continue;
            }
            n++;
            map += RankingMetrics.averagePrecision(ranked);
            rp += RankingMetrics.rPrecision(ranked);
            p5 += RankingMetrics.precisionAt(ranked, 5);
            p10 += RankingMetrics.precisionAt(ranked, 10);
            p20 += RankingMetrics.precisionAt(ranked, 20);
        }
        return n == 0 ? new DebateScores(0, 0, 0, 0, 0, 0)
                : new DebateScores(n, map / n, rp / n, p5 / n, p10 / n, p20 / n);
    }

    /** The mean of several runs' figures (e.g. random orders). */
    public static DebateScores mean(List<DebateScores> runs) {
        double map = 0;
        double rp = 0;
        double p5 = 0;
        double p10 = 0;
        double p20 = 0;
        for (DebateScores s : runs) {
            map += s.map;
            rp += s.rPrecision;
            p5 += s.p5;
            p10 += s.p10;
            p20 += s.p20;
        }
        int k = runs.size();
        return new DebateScores(runs.get(0).debates, map / k, rp / k, p5 / k, p10 / k, p20 / k);
    }

    /** Figures rounded to 4 places, for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("debates", debates);
        m.put("map", round(map));
        m.put("r_precision", round(rPrecision));
        m.put("p_at_5", round(p5));
        m.put("p_at_10", round(p10));
        m.put("p_at_20", round(p20));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
