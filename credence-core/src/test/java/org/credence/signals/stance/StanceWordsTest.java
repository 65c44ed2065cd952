package org.credence.signals.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceWordsTest {

    @Test
    void contractionsAndPossessivesAreRead() {
        assertEquals("not", StanceWords.normalise("Don't"));
        assertEquals("not", StanceWords.normalise("isn’t"));
        assertEquals("obama", StanceWords.normalise("Obama's"));
        assertEquals("students", StanceWords.normalise("students'"));
    }

    @Test
    void inflectionsShareAStem() {
        assertEquals(StanceWords.stem("deny"), StanceWords.stem("denied"));
        assertEquals(StanceWords.stem("deny"), StanceWords.stem("denies"));
        assertEquals(StanceWords.stem("story"), StanceWords.stem("stories"));
        assertEquals(StanceWords.stem("kill"), StanceWords.stem("killing"));
        assertEquals(StanceWords.stem("stop"), StanceWords.stem("stopped"));
        assertEquals(StanceWords.stem("spider"), StanceWords.stem("spiders"));
        assertEquals("virus", StanceWords.stem("virus"));
        assertEquals("bus", StanceWords.stem("bus"));
        assertEquals("glass", StanceWords.stem("glass"));
    }

    @Test
    void listsAreLoaded() {
        StanceWords w = StanceWords.standard();
        assertTrue(w.is(StanceWords.Kind.REFUTE, "hoax"));
        assertTrue(w.is(StanceWords.Kind.HEDGE, "reportedly"));
        assertTrue(w.is(StanceWords.Kind.NEGATION, "not"));
        assertTrue(w.is(StanceWords.Kind.STOP, "the"));
        assertFalse(w.is(StanceWords.Kind.REFUTE, "spider"));
    }

    @Test
    void textKeepsSentencesWordsAndTerms() {
        StanceText t = StanceText.parse("The mayor didn't deny it. Were 25,000 people there?");
        assertEquals(2, t.parts().size());
        assertEquals(List.of("the", "mayor", "did", "not", "deny", "it"), t.parts().get(0).words());
        assertEquals(List.of("mayor", "not", "deny"), t.parts().get(0).terms());
        assertTrue(t.parts().get(1).terms().contains("25000"));
        assertTrue(t.parts().get(1).question());
        assertFalse(t.parts().get(0).question());
    }
}
