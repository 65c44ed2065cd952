package org.credence.signals.sloppiness;

import org.credence.language.words.WordList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggesterTest {

    private final WordList list = WordList.of(List.of("government\t500", "the\t9000", "then\t800", "than\t700",
            "tea\t5", "accommodate\t40", "separate\t60", "desperate\t30", "# comment", ""));
    private final Suggester s = new Suggester(list);

    @Test
    void eachKindOfSingleEditIsFound() {
        assertEquals("government", s.suggest("goverment").orElseThrow().word()); // deletion
        assertEquals("government", s.suggest("governmment").orElseThrow().word()); // insertion
        assertEquals("government", s.suggest("govermnent").orElseThrow().word()); // transposition
        assertEquals("government", s.suggest("govornment").orElseThrow().word()); // substitution
        assertEquals(1, s.suggest("goverment").orElseThrow().distance());
    }

    @Test
    void theMoreFrequentWordWinsAtTheSameDistance() {
        assertEquals("the", s.suggest("teh").orElseThrow().word());
        assertEquals("then", s.suggest("thWn".toLowerCase()).orElseThrow().word());
    }

    @Test
    void longWordsAreSearchedAtDistanceTwoWithTheirFirstLetter() {
        var acc = s.suggest("acomodate").orElseThrow();
        assertEquals("accommodate", acc.word());
        assertEquals(2, acc.distance());
        assertTrue(s.suggest("xcomodate").isEmpty(), "distance 2 keeps the first letter");
        assertTrue(s.suggest("qzxv").isEmpty());
    }

    @Test
    void keyboardNeighbours() {
        assertTrue(Suggester.adjacent('q', 'w'));
        assertTrue(Suggester.adjacent('s', 'w'));
        assertTrue(Suggester.adjacent('b', 'g'));
        assertFalse(Suggester.adjacent('q', 'p'));
        assertFalse(Suggester.adjacent('a', 'a'));
    }

    @Test
    void boundedDistance() {
        assertTrue(Suggester.distanceAtMost2("seperate", "separate"));
        assertTrue(Suggester.distanceAtMost2("abcd", "badc"));
        assertFalse(Suggester.distanceAtMost2("abcdef", "xyzdef"));
        assertFalse(Suggester.distanceAtMost2("a", "abcd"));
    }

    @Test
    void anythingButLowerCaseLettersGetsNoSuggestion() {
        assertTrue(s.suggest("Goverment").isEmpty());
        assertTrue(s.suggest("").isEmpty());
    }
}
