package org.credence.signals.clickbait;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.credence.ml.FeatureHashing;
import org.credence.ml.SparseVector;
import org.junit.jupiter.api.Test;

class HeadlineFeaturesTest {

    private static final HeadlineFeatures F = HeadlineFeatures.standard();

    private static SparseVector v(String s) {
        return F.encode(s).vector();
    }

    private static boolean has(String headline, String prefix, String name) {
        int idx = new FeatureHashing(F.bits()).index(prefix, name);
        return java.util.Arrays.stream(F.encode(headline).index()).anyMatch(i -> i == idx);
    }

    @Test
    void letterCaseDoesNotChangeTheVector() {
        SparseVector title = v("You Won't Believe What This Dog Did Next");
        for (String other : new String[] {"you won't believe what this dog did next", "YOU WON'T BELIEVE WHAT THIS DOG DID NEXT",
                "You won't believe what this dog did next?"}) {
            SparseVector o = v(other);
            assertArrayEquals(title.index(), o.index(), other);
            assertArrayEquals(title.value(), o.value(), other);
        }
        assertNotEquals(java.util.Arrays.toString(title.index()), java.util.Arrays.toString(v("This dog did next").index()));
    }

    @Test
    void vectorsHaveUnitLength() {
        double norm = 0;
        for (float x : v("17 Things Only Teachers Will Understand").value()) {
            norm += x * x;
        }
        assertEquals(1.0, norm, 1e-5);
        assertTrue(v("").size() >= 1, "an empty headline still has its length and boundary features");
    }

    @Test
    void cuesFollowTheWritersWords() {
        assertTrue(has("17 Things Only Teachers Will Understand", "s", "lead-number"));
        assertFalse(has("Five police officers injured in 2007 protest", "s", "lead-number"));
        assertTrue(has("Here's What Your Cat Really Thinks", "s", "second-person"));
        assertTrue(has("Here's What Your Cat Really Thinks", "s", "lead-withholding"));
        assertTrue(has("Which Pizza Are You", "s", "lead-question"));
        assertTrue(has("The Cutest Dogs Of The Year", "s", "superlative"));
        assertFalse(has("Police arrest protest leaders in the west", "s", "superlative"));
        // a quoted "you" is the speaker's, not the writer talking to the reader
        assertFalse(has("Mayor: 'You will see the difference'", "s", "second-person"));
        assertTrue(has("Mayor: 'You will see the difference'", "u", "<quote>"));
        assertTrue(has("Mayor: 'You will see the difference'", "q", "you"));
    }

    @Test
    void everyOccurrenceNamesTokensInsideTheHeadline() {
        HeadlineFeatures.Encoded e = F.encode("The New \"Star Wars\" Trailer Is Here To Give You Chills");
        for (int k = 0; k < e.index().length; k++) {
            assertTrue(e.from()[k] == -1 || (0 <= e.from()[k] && e.from()[k] < e.to()[k] && e.to()[k] <= e.tokens().size()),
                    "occurrence " + k + " covers " + e.from()[k] + ".." + e.to()[k]);
        }
    }

    @Test
    void badCharacterRangesAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new HeadlineFeatures(20, false, 5, 3, 0.3, true, true));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new HeadlineFeatures(40, false, 3, 5, 0.3, true, true));
    }
}
