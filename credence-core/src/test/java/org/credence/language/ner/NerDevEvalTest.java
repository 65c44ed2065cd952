package org.credence.language.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.eval.NerEval;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the CoNLL-2003 evaluation when the shared data is there ({@code -Dcredence.shared.data=DIR}).
 * The shipped model is retrained on eng.train + eng.testa, so the floor is checked on eng.testb
 * (a regression check on a set never used for a choice, not a tuning target).
 */
class NerDevEvalTest {

    static Path data() {
        String dir = System.getProperty("credence.shared.data", "../../shared/data");
        return Path.of(dir);
    }

    @Test
    void testF1AboveFloor() throws Exception {
        Path dev = data().resolve("conll2003-en/eng.testb");
        Assumptions.assumeTrue(Files.isRegularFile(dev), "no shared data at " + dev + " (set credence.shared.data)");
        long t0 = System.nanoTime();
        EntityRecognizer r = new EntityRecognizer(NerModel.loadDefault());
        System.out.printf("NER model load: %.2f s, heap used %d MB%n", (System.nanoTime() - t0) / 1e9,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        NerEval eval = NerEval.evaluate(dev, NerCorpus.Format.CONLL2003, r);
        System.out.print(eval.table());
        double f1 = eval.model().overall().f1();
        assertTrue(f1 > 0.875, "eng.testb F1 " + f1);
        assertTrue(eval.baseline().overall().f1() < f1, "beats the baseline");
        // confidences calibrated on eng.testa (model trained on eng.train) carry over to eng.testb
        double ece = (double) eval.confidence().get("ece");
        assertTrue(ece < 0.06, "eng.testb confidence ECE " + ece);
    }
}
