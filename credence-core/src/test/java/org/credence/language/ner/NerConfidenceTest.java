package org.credence.language.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How an entity's Viterbi margin becomes its confidence. */
class NerConfidenceTest {

    @Test
    void aModelWithoutCalibrationKeepsTheOldMapping() {
        NerConfidence c = NerConfidence.of(Map.of());
        assertEquals(0.5, c.apply(0), 1e-12);
        assertEquals(1 / (1 + Math.exp(-2.0)), c.apply(8), 1e-12);
        assertEquals("uncalibrated", c.source());
    }

    @Test
    void theOldMarginScaleIsStillRead() {
        NerConfidence c = NerConfidence.of(Map.of("marginScale", 2.0));
        assertEquals(1 / (1 + Math.exp(-4.0)), c.apply(8), 1e-12);
    }

    @Test
    void aCalibratedModelUsesItsSlopeAndOffset() {
        Map<String, Object> prov = Map.of("confidence", Map.of("a", 0.1, "b", 0.5, "source", "eng.testa"));
        NerConfidence c = NerConfidence.of(prov);
        assertEquals(1 / (1 + Math.exp(-(0.1 * 10 + 0.5))), c.apply(10), 1e-12);
        assertEquals("eng.testa", c.source());
    }

    @Test
    void aMalformedCalibrationIsRefusedNotGuessed() {
        Map<String, Object> prov = Map.of("confidence", Map.of("a", "steep", "b", 0.5));
        assertThrows(IllegalArgumentException.class, () -> NerConfidence.of(prov));
    }

    @Test
    void aCalibrationWithAWrongWaySlopeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NerConfidence(-0.1, 0, "x"));
    }

    @Test
    void fittingRecoversTheRateOfCorrectEntitiesAtEachMargin() {
        // entities are right with probability sigmoid(0.2 m - 1): at margin 5 half of them
        Random rnd = new Random(7);
        int n = 20_000;
        double[] m = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            m[i] = 40 * rnd.nextDouble();
            y[i] = rnd.nextDouble() < 1 / (1 + Math.exp(-(0.2 * m[i] - 1))) ? 1 : 0;
        }
        NerConfidence c = NerConfidence.fit(m, y, "synthetic");
        assertEquals(0.5, c.apply(5), 0.03);
        assertEquals(1 / (1 + Math.exp(-7.0)), c.apply(40), 0.01);
        assertTrue(c.apply(1) < c.apply(2), "monotone");
    }

    @Test
    void itsProvenanceEntryReadsBack() {
        NerConfidence c = new NerConfidence(0.15, -0.4, "eng.testa, model trained on eng.train");
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("confidence", c.asMap());
        NerConfidence back = NerConfidence.of(prov);
        assertEquals(c.apply(12), back.apply(12), 1e-12);
        assertEquals(c.source(), back.source());
    }
}
