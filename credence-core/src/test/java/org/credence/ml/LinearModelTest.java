package org.credence.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    private static SparseVector vec(FeatureHashing h, String... words) {
        SparseVector.Builder b = new SparseVector.Builder();
        for (String w : words) {
            b.add(h.index("w", w), 1);
        }
        return b.build(true);
    }

    @Test
    void builderSumsDuplicatesSortsAndNormalises() {
        SparseVector v = new SparseVector.Builder().add(7, 1).add(2, 2).add(7, 1).build(false);
        assertArrayEquals(new int[] {2, 7}, v.index());
        assertArrayEquals(new float[] {2, 2}, v.value());
        SparseVector n = new SparseVector.Builder().add(1, 3).add(4, 4).build(true);
        assertEquals(0.6f, n.value()[0], 1e-6);
        assertEquals(0.8f, n.value()[1], 1e-6);
    }

    @Test
    void hashingIsStable() {
        // fixed values: a change here silently breaks every shipped model
        assertEquals(FeatureHashing.hash("clickbait"), FeatureHashing.hash(new StringBuilder("clickbait")));
        FeatureHashing h = new FeatureHashing(18);
        assertTrue(h.index("w", "you") != h.index("c", "you"));
        assertEquals(h.index("w", "you"), h.index("w", "you"));
    }

    @Test
    void learnsASeparableProblemDeterministicallyAndRoundTrips() throws Exception {
        FeatureHashing h = new FeatureHashing(12);
        String[] pos = {"shocking", "believe", "amazing", "you", "won't"};
        String[] neg = {"senate", "passes", "budget", "minister", "talks"};
        Random r = new Random(1);
        List<SparseVector> xs = new ArrayList<>();
        int[] ys = new int[200];
        for (int i = 0; i < 200; i++) {
            String[] src = i % 2 == 0 ? pos : neg;
            xs.add(vec(h, src[r.nextInt(5)], src[r.nextInt(5)], "the"));
            ys[i] = i % 2 == 0 ? 1 : 0;
        }
        LinearModel m = LogisticTrainer.defaults().train(xs, ys, null, List.of("no", "yes"), h.dimension());
        LinearModel again = LogisticTrainer.defaults().train(xs, ys, null, List.of("no", "yes"), h.dimension());
        assertArrayEquals(m.weights()[1], again.weights()[1]);
        assertTrue(m.probability(vec(h, "shocking", "amazing"), "yes") > 0.9);
        assertTrue(m.probability(vec(h, "senate", "budget"), "yes") < 0.1);
        assertTrue(m.contribution(1, h.index("w", "shocking"), 1) > 0);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ModelFile(m, "{\"data\":\"test\"}").write(bytes);
        ModelFile back = ModelFile.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals("{\"data\":\"test\"}", back.provenance());
        assertEquals(m.labels(), back.model().labels());
        assertArrayEquals(m.weights()[0], back.model().weights()[0]);
        assertArrayEquals(m.bias(), back.model().bias());
    }

    @Test
    void metrics() {
        int[] y = {0, 0, 1, 1};
        double[] p = {0.1, 0.6, 0.4, 0.9};
        assertEquals(0.5, Metrics.accuracy(y, p), 1e-9);
        assertEquals(0.75, Metrics.rocAuc(y, p), 1e-9);
        assertEquals(0.5, Metrics.rocAuc(new int[] {1, 1}, new double[] {0.2, 0.3}), 1e-9);
        assertEquals((0.01 + 0.36 + 0.36 + 0.01) / 4, Metrics.brier(y, p), 1e-9);
        assertEquals(0.5, Metrics.f1(y, p), 1e-9);
        // perfectly calibrated bins give ECE 0
        assertEquals(0, Metrics.ece(new int[] {0, 1, 0, 1}, new double[] {0.5, 0.5, 0.5, 0.5}, 10), 1e-9);
        assertEquals(0.4, Metrics.ece(new int[] {1, 1}, new double[] {0.6, 0.6}, 10), 1e-9);
    }
}
