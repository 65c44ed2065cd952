package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TechniqueTallyTest {

    @Test
    void aFragmentWithTwoTechniquesTakesTheTwoBestDistinctAnswers() {
        TechniqueTally t = new TechniqueTally();
        t.add(List.of("Doubt", "Loaded_Language"), List.of("Loaded_Language", "Slogans", "Doubt"));
        assertEquals(1, t.correct());
        assertEquals(2, t.total());
        t.add(List.of("Doubt"), List.of("Doubt", "Loaded_Language"));
        assertEquals(2, t.correct());
        assertEquals(2.0 / 3, t.accuracy(), 1e-12);
        Prf doubt = t.perTechnique().get("Doubt");
        assertEquals(1, doubt.tp());
        assertEquals(1, doubt.fn());
        assertEquals(0, doubt.fp());
        Prf slogans = t.perTechnique().get("Slogans");
        assertEquals(1, slogans.fp());
    }

    @Test
    void twoGoldLinesWithTheSameTechniqueNeedOnlyOneAnswerEach() {
        TechniqueTally t = new TechniqueTally();
        t.add(List.of("Repetition", "Repetition"), List.of("Repetition", "Doubt"));
        assertEquals(1, t.correct());
    }
}
