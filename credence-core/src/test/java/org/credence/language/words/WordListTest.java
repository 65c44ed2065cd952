package org.credence.language.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void theShippedListHasBothSpellingsAndCounts() {
        WordList w = WordList.standard();
        assertTrue(w.size() > 120_000, "forms: " + w.size());
        for (String s : List.of("organise", "organize", "colour", "color", "governments", "government's", "Paris", "mln")) {
            assertTrue(w.contains(s), s);
        }
        assertFalse(w.contains("goverment"));
        assertFalse(w.contains("paris"), "lookup is case-sensitive");
        assertTrue(w.count("government") > w.count("governor"), "counts rank suggestions");
        assertEquals(-1, w.count("goverment"));
    }

    @Test
    void linesWithCountsCommentsAndBlanks() {
        WordList w = WordList.of(List.of("# a comment", "", "alpha\t3", "beta", "alpha\t7"));
        assertEquals(2, w.size());
        assertEquals(7, w.count("alpha"));
        assertEquals(0, w.count("beta"));
        assertEquals(List.of("alpha"), List.of(w.startingWith('a', 5)));
    }
}
