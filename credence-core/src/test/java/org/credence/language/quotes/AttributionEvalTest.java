package org.credence.language.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.credence.eval.AttributionEval;
import org.credence.testing.SharedData;
import org.junit.jupiter.api.Test;

/** PolNeAR dev figures (skipped without the shared data); floors a little under what the rules reach. */
class AttributionEvalTest {

    @Test
    void polnearDev() throws Exception {
        Path dir = SharedData.require("polnear/data/" + System.getProperty("credence.quotes.compartment", "dev"));
        AttributionEval eval = AttributionEval.evaluate(dir, new QuoteExtractor());
        System.out.println(eval.table());
        AttributionEval.Figures f = eval.system();
        if (!Boolean.getBoolean("credence.quotes.noFloor")) {
            assertTrue(f.content().f1() > 0.48, "content F1 " + f.content().f1());
            assertTrue(f.cue().f1() > 0.52, "cue F1 " + f.cue().f1());
            assertTrue(f.source().f1() > 0.47, "source F1 " + f.source().f1());
            assertTrue(f.speakerAccuracy() > 0.75, "direct speaker match " + f.speakerAccuracy());
        }
    }
}
