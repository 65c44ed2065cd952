package org.credence.transformer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WindowsTest {

    @Test
    void noPiecesNoWindow() {
        assertEquals(0, Windows.plan(0, 4, 1).size());
    }

    @Test
    void aShortRunIsOneWindow() {
        Windows w = Windows.plan(3, 4, 1);
        assertArrayEquals(new int[] {0}, w.starts());
        assertArrayEquals(new int[] {3}, w.ends());
        assertArrayEquals(new int[] {0, 0, 0}, w.owner());
    }

    @Test
    void eachPieceComesFromTheWindowWhereItIsFarthestFromAnInnerEdge() {
        // [0,4) [3,7) [6,10): piece 3 is on the edge of both its windows (tie: the earlier one),
        // piece 6 too; the text's own start and end are no edge
        Windows w = Windows.plan(10, 4, 1);
        assertArrayEquals(new int[] {0, 3, 6}, w.starts());
        assertArrayEquals(new int[] {4, 7, 10}, w.ends());
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 2, 2, 2}, w.owner());
    }

    @Test
    void theLastWindowEndsAtTheEnd() {
        Windows w = Windows.plan(5, 4, 2);
        assertArrayEquals(new int[] {0, 2}, w.starts());
        assertArrayEquals(new int[] {4, 5}, w.ends());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1}, w.owner());
    }

    @Test
    void badPlansAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Windows.plan(5, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> Windows.plan(5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Windows.plan(-1, 4, 1));
    }
}
