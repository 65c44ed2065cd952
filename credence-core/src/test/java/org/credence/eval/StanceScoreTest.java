package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StanceScoreTest {

    // labels: 0 unrelated, 1 discuss, 2 agree, 3 disagree
    @Test
    void fncScoreWeighsRelatedPairsAsTheCompetitionDoes() {
        int[] gold = {0, 0, 1, 2, 3, 3};
        int[] pred = {0, 2, 1, 1, 0, 3};
        StanceScore s = StanceScore.of(gold, pred);
        // 0.25 (unrelated right) + 0 + 1.0 (discuss right) + 0.25 (agree read as discuss: related right)
        // + 0 (disagree read as unrelated) + 1.0 (disagree right)
        assertEquals(2.5, s.fnc(), 1e-9);
        assertEquals(0.25 * 2 + 4, s.fncMax(), 1e-9);
        assertEquals(100 * 2.5 / 4.5, s.fncPercent(), 1e-9);
    }

    @Test
    void macroF1AveragesTheFourClasses() {
        int[] gold = {0, 0, 1, 2, 3, 3};
        int[] pred = {0, 2, 1, 1, 0, 3};
        StanceScore s = StanceScore.of(gold, pred);
        double f0 = 2.0 * 1 / (2 + 1 + 1); // tp 1, fp 1 (a disagree), fn 1
        double f1 = 2.0 * 1 / (2 + 1 + 0); // tp 1, fp 1 (an agree)
        double f2 = 0;                      // tp 0
        double f3 = 2.0 * 1 / (2 + 0 + 1); // tp 1, fn 1
        assertEquals((f0 + f1 + f2 + f3) / 4, s.macroF1(), 1e-9);
        assertEquals(3.0 / 6, s.accuracy(), 1e-9);
        assertEquals(1, s.confusion()[3][0]);
    }

    @Test
    void perfectAndMajorityPredictions() {
        int[] gold = {0, 0, 0, 1, 2, 3};
        assertEquals(100, StanceScore.of(gold, gold).fncPercent(), 1e-9);
        assertEquals(100 * 0.75 / 3.75, StanceScore.of(gold, new int[6]).fncPercent(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> StanceScore.of(gold, new int[2]));
    }
}
