package org.credence.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattTest {

    @Test
    void recoversTheScalingThatMadeTheLabels() {
        Random rnd = new Random(7);
        int n = 20000;
        double[] s = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = rnd.nextGaussian() * 3;
            y[i] = rnd.nextDouble() < Platt.sigmoid(0.5 * s[i] - 1) ? 1 : 0;
        }
        Platt p = Platt.fit(s, y);
        assertEquals(0.5, p.a(), 0.05, p.toString());
        assertEquals(-1, p.b(), 0.08, p.toString());
    }

    @Test
    void separableScoresStayFiniteAndOrdered() {
        double[] s = {-3, -2, -1, 1, 2, 3};
        int[] y = {0, 0, 0, 1, 1, 1};
        Platt p = Platt.fit(s, y);
        assertTrue(p.a() > 0, p.toString());
        assertTrue(p.apply(3) < 1 && p.apply(-3) > 0, "smoothed targets keep probabilities off 0 and 1");
        assertTrue(p.apply(1) > p.apply(-1));
    }

    @Test
    void oneClassGivesItsSmoothedRate() {
        double[] s = {0.1, 0.2, 0.3, 0.4};
        int[] y = {0, 0, 0, 0};
        Platt p = Platt.fit(s, y);
        assertTrue(p.apply(0.25) < 0.25, p.toString());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Platt.fit(new double[0], new int[0]));
        assertThrows(IllegalArgumentException.class, () -> Platt.fit(new double[] {1}, new int[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> new Platt(Double.NaN, 0));
    }
}
