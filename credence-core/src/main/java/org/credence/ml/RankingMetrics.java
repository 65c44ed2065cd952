package org.credence.ml;

import java.util.Arrays;

/**
 * Metrics of one ranked list, as CheckThat! scores check-worthiness: items are sorted by score,
 * highest first, ties kept in their given order (a stable sort), and compared with 0/1 gold
 * labels. Every method returns 0 when the list holds no relevant item.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** Gold labels in ranked order: by descending score, ties in input order. */
    public static int[] ranked(int[] y, double[] score) {
        if (y.length != score.length) {
            throw new IllegalArgumentException("labels and scores differ in number: " + y.length + ", " + score.length);
        }
        Integer[] order = new Integer[y.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        int[] out = new int[y.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = y[order[i]];
        }
        return out;
    }

    /** Average precision: the mean, over relevant items, of the precision at each one's rank. */
    public static double averagePrecision(int[] ranked) {
        int hits = 0;
        double sum = 0;
        for (int i = 0; i < ranked.length; i++) {
            if (ranked[i] == 1) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return hits == 0 ? 0 : sum / hits;
    }

    /** Share of relevant items among the first {@code k} (divided by k even when the list is shorter). */
    public static double precisionAt(int[] ranked, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            hits += ranked[i];
        }
        return (double) hits / k;
    }

    /** Precision at R, where R is the number of relevant items. */
    public static double rPrecision(int[] ranked) {
        int r = 0;
        for (int v : ranked) {
            r += v;
        }
        return r == 0 ? 0 : precisionAt(ranked, r);
    }
}
