package org.credence.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void rankedSortsByScoreAndKeepsTiesInInputOrder() {
        int[] y = {0, 1, 0, 1};
        double[] s = {0.5, 0.2, 0.5, 0.9};
        assertArrayEquals(new int[] {1, 0, 0, 1}, RankingMetrics.ranked(y, s));
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.ranked(y, new double[3]));
    }

    @Test
    void averagePrecisionMeansPrecisionAtEachRelevantRank() {
        // relevant at ranks 1 and 3: (1/1 + 2/3) / 2
        assertEquals((1 + 2.0 / 3) / 2, RankingMetrics.averagePrecision(new int[] {1, 0, 1, 0}), 1e-12);
        assertEquals(1.0, RankingMetrics.averagePrecision(new int[] {1, 1, 0}), 1e-12);
        assertEquals(0.0, RankingMetrics.averagePrecision(new int[] {0, 0}), 1e-12);
        // one relevant item last of four
        assertEquals(0.25, RankingMetrics.averagePrecision(new int[] {0, 0, 0, 1}), 1e-12);
    }

    @Test
    void precisionAtKDividesByKEvenForShortLists() {
        int[] r = {1, 0, 1, 1, 0, 0};
        assertEquals(0.6, RankingMetrics.precisionAt(r, 5), 1e-12);
        assertEquals(0.3, RankingMetrics.precisionAt(r, 10), 1e-12);
        assertEquals(1.0, RankingMetrics.precisionAt(r, 1), 1e-12);
    }

    @Test
    void rPrecisionUsesTheNumberOfRelevantItems() {
        // R = 3; two of the first three are relevant
        assertEquals(2.0 / 3, RankingMetrics.rPrecision(new int[] {1, 0, 1, 1, 0, 0}), 1e-12);
        assertEquals(0.0, RankingMetrics.rPrecision(new int[] {0, 0, 0}), 1e-12);
    }
}
