package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    @Test
    void tokenizesLikePythonWordRuns() {
        assertEquals(List.of("It", "s", "a", "don", "t", "café_2", "42"),
                ShingleMetric.tokenize("It's a — don't café_2, 42!"));
    }

    @Test
    void identicalTextsScorePerfect() {
        ShingleMetric.PageScore s = ShingleMetric.score("one two three four five", "one two three four five");
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(1.0, s.accuracy());
    }

    @Test
    void countsShinglesAndNormalises() {
        // truth: 6 tokens -> 3 shingles; prediction adds 2 tokens at the end -> 5 shingles, 3 shared
        ShingleMetric.PageScore s = ShingleMetric.score("a b c d e f", "a b c d e f g h");
        assertEquals(3.0 / 5, s.tp(), 1e-9);
        assertEquals(2.0 / 5, s.fp(), 1e-9);
        assertEquals(0, s.fn(), 1e-9);
        assertEquals(0.6, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        assertEquals(0.0, s.accuracy());
    }

    @Test
    void shortTextsAreOneShingleAndEmptyPredictionsSkipPrecision() {
        ShingleMetric.PageScore s = ShingleMetric.score("two words", "two words");
        assertEquals(1.0, s.precision());
        ShingleMetric.PageScore empty = ShingleMetric.score("some real article text here", "");
        assertTrue(Double.isNaN(empty.precision()));
        assertEquals(0.0, empty.recall());
    }

    @Test
    void bootstrapIsReproducible() {
        List<ShingleMetric.PageScore> pages = List.of(ShingleMetric.score("a b c d e", "a b c d e"),
                ShingleMetric.score("a b c d e", "a b c x y"), ShingleMetric.score("p q r s t", ""));
        Scores a = Scores.of(pages);
        Scores b = Scores.of(pages);
        assertEquals(a, b);
        assertTrue(a.f1Std() > 0);
    }

    @Test
    void splitIsByDomain() {
        assertEquals(Split.of("https://www.example.com/a"), Split.of("http://example.com/b/c"));
        assertTrue(Split.ALL.includes("https://anything.org/"));
    }
}
