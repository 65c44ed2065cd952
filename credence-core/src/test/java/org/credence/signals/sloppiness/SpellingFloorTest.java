package org.credence.signals.sloppiness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.credence.eval.SpellingEval;
import org.credence.testing.SharedData;
import org.junit.jupiter.api.Test;

/** A floor on held-out Reuters text (CoNLL-2003 eng.testb, first 25 articles); skips without the shared data. */
class SpellingFloorTest {

    @Test
    void fewFalseAlarmsAndMostTyposFound() throws Exception {
        Path testb = SharedData.require("conll2003-en/eng.testb");
        Map<String, Object> m = SpellingEval.run(testb, 1, 25).asMap();
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) m.get("credence");
        @SuppressWarnings("unchecked")
        Map<String, Object> base = (Map<String, Object>) m.get("baselineLowerCase");
        double fa = (Double) c.get("falseAlarmsPer1000Words");
        double recall = (Double) c.get("recall");
        assertTrue(fa < 1.5, "flags per 1,000 words on edited text: " + m);
        assertTrue(fa < (Double) base.get("falseAlarmsPer1000Words") / 10, "far fewer than the baseline: " + m);
        assertTrue(recall > 0.7, "recall on synthetic typos: " + m);
    }
}
