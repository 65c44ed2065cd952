package org.credence.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PriorShiftTest {

    /** Calibrated probabilities at training prior 0.5 for data whose real positive rate is 0.15. */
    @Test
    void findsTheNewBaseRateWithoutLabels() {
        Random rnd = new Random(3);
        int n = 20000;
        double[] p = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rnd.nextDouble() < 0.15 ? 1 : 0;
            double score = (y[i] == 1 ? 1 : -1) + rnd.nextGaussian();
            // the posterior at equal priors for two unit Gaussians at +1 and -1
            p[i] = 1 / (1 + Math.exp(-2 * score));
        }
        PriorShift s = PriorShift.adapt(p, 0.5);
        assertEquals(0.15, s.prior(), 0.02, "estimated base rate");
        assertTrue(Metrics.accuracy(y, s.probabilities()) > Metrics.accuracy(y, p) + 0.03, "adapted beats unadapted");
        assertTrue(Metrics.ece(y, s.probabilities(), 10) < Metrics.ece(y, p, 10));
    }

    @Test
    void badPriorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PriorShift.adapt(new double[] {0.5}, 1));
        assertEquals(0, PriorShift.adapt(new double[0], 0.3).probabilities().length);
    }
}
