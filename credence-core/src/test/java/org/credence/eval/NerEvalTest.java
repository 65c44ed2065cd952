package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.credence.language.ner.EntityRecognizer;
import org.credence.language.ner.NerCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NER evaluation's tally of confidences, on a small file written here. */
class NerEvalTest {

    private static final String FILE = """
            -DOCSTART- -X- -X- O

            Maria NNP B-NP B-PER
            Keller NNP I-NP I-PER
            flew VBD B-VP O
            to TO B-PP O
            Lisbon NNP B-NP B-LOC
            on IN B-PP O
            Monday NNP B-NP O
            . . O O

            The DT B-NP O
            Harbour NNP I-NP B-ORG
            Authority NNP I-NP I-ORG
            thanked VBD B-VP O
            Keller NNP B-NP B-LOC
            . . O O
            """;

    @Test
    void theConfidenceTallyCountsTheEntitiesTheScoreCounts(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("small.conll");
        Files.writeString(f, FILE);
        NerEval e = NerEval.evaluate(f, NerCorpus.Format.CONLL2003, EntityRecognizer.standard());
        Prf p = e.model().overall();
        Map<String, Object> c = e.confidence();
        assertEquals((int) (p.tp() + p.fp()), c.get("entities"));
        // "right" is exact match, as the score's true positives (the last gold entity is wrong on purpose)
        assertEquals(Math.round(10_000.0 * p.tp() / (p.tp() + p.fp())) / 10_000.0, (double) c.get("shareRight"), 1e-9);
        double ece = (double) c.get("ece");
        assertTrue(ece >= 0 && ece <= 1, "ECE " + ece);
        assertTrue(e.table().contains("confidence of the " + c.get("entities") + " entities found"), e.table());
        assertEquals(c, e.asMap().get("confidence"));
    }
}
