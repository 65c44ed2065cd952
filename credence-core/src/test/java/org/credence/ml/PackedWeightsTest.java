package org.credence.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedWeightsTest {

    @Test
    void scoresEqualTheModelsIncludingAllZeroClasses() {
        Random r = new Random(7);
        int dim = 64;
        float[][] w = new float[4][dim];
        for (int c = 1; c < 4; c++) {
            if (c == 2) {
                continue;
            }
            for (int i = 0; i < dim; i++) {
                w[c][i] = (float) r.nextGaussian();
            }
        }
        LinearModel m = new LinearModel(List.of("a", "b", "c", "d"), w, new float[] {0.5f, -1f, 2f, 0f});
        PackedWeights p = PackedWeights.of(m);
        for (int t = 0; t < 20; t++) {
            SparseVector.Builder b = new SparseVector.Builder();
            for (int k = 0; k < 6; k++) {
                b.add(r.nextInt(dim), r.nextDouble());
            }
            SparseVector x = b.build(true);
            assertArrayEquals(m.scores(x), p.scores(x), 1e-5);
            assertArrayEquals(m.probabilities(x), p.probabilities(x), 1e-6);
        }
        assertEquals(List.of("a", "b", "c", "d"), p.labels());
        double[] s = {1, 2, 3};
        PackedWeights.softmaxInPlace(s);
        assertEquals(1.0, s[0] + s[1] + s[2], 1e-12);
    }
}
