package org.credence.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmTest {

    private static int[][] ranges(String[] tokens, int size) {
        return MiniLm.windows(tokens, size).toArray(new int[0][]);
    }

    @Test
    void windowsCoverEveryTokenOnceAndNeverSplitAWord() {
        String[] t = {"the", "un", "##believ", "##able", "story", "of", "a", "##b"};
        int[][] w = ranges(t, 3);
        // [the un ##believ] would split "unbelievable": the window backs up to [the]
        assertArrayEquals(new int[] {0, 1}, w[0]);
        assertArrayEquals(new int[] {1, 4}, w[1]);
        assertArrayEquals(new int[] {4, 6}, w[2]);
        assertArrayEquals(new int[] {6, 8}, w[3]);
        assertEquals(4, w.length);
    }

    @Test
    void aWordLongerThanAWindowIsCutRatherThanLooping() {
        String[] t = {"a", "##b", "##c", "##d", "##e"};
        int[][] w = ranges(t, 2);
        int covered = 0;
        for (int[] r : w) {
            assertTrue(r[1] > r[0]);
            assertEquals(covered, r[0]);
            covered = r[1];
        }
        assertEquals(t.length, covered);
    }

    @Test
    void noTokensNoWindows() {
        assertEquals(List.of(), MiniLm.windows(new String[0], 254));
    }

    @Test
    void normalisedHasUnitLengthAndKeepsZero() {
        float[] v = MiniLm.normalised(new float[] {3, 4});
        assertEquals(0.6f, v[0], 1e-6);
        assertEquals(0.8f, v[1], 1e-6);
        assertArrayEquals(new float[2], MiniLm.normalised(new float[2]));
    }

    /** Loads the real model (about a second): texts on one topic are closer than texts on two. */
    @Test
    void embedsLongTextsInWindowsAndKeepsMeaning() {
        try (MiniLm m = new MiniLm()) {
            MiniLm.Embedding a = m.embed("The senator voted against the new health care bill on Tuesday.");
            MiniLm.Embedding b = m.embed("On Tuesday the health care bill lost the senator's vote.");
            MiniLm.Embedding c = m.embed("Heavy rain flooded the football stadium before kick-off.");
            assertEquals(1, a.windows());
            assertArrayEquals(a.head(), a.mean(), 1e-6f);
            assertEquals(1.0, dot(a.head(), a.head()), 1e-4);
            assertTrue(dot(a.head(), b.head()) > dot(a.head(), c.head()) + 0.2,
                    "paraphrase " + dot(a.head(), b.head()) + " vs other topic " + dot(a.head(), c.head()));

            String sentence = "The committee published its report on the budget and the schools. ";
            MiniLm.Embedding longText = m.embed(sentence.repeat(20) + "Then a storm hit the coast and the town flooded. ".repeat(40));
            assertTrue(longText.wordpieces() > 2 * (MiniLm.WINDOW - 2), "wordpieces " + longText.wordpieces());
            assertTrue(longText.windows() >= 3);
            assertEquals(1.0, dot(longText.mean(), longText.mean()), 1e-4);
            // the head reads only the budget part; the mean reads the storm too
            assertTrue(dot(longText.mean(), c.head()) > dot(longText.head(), c.head()));

            MiniLm.Embedding empty = m.embed("");
            assertEquals(0, empty.windows());
            assertArrayEquals(new float[MiniLm.DIM], empty.mean());
        }
    }

    private static double dot(float[] x, float[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
