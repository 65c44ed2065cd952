package org.credence.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.credence.model.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmTokenEmbedderTest {

    private static MiniLmTokenEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new MiniLmTokenEmbedder(16, 4, 1);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    private static float[] constant(float x) {
        float[] v = new float[MiniLmTokenEmbedder.DIM];
        java.util.Arrays.fill(v, x);
        return v;
    }

    @Test
    void spanTakesTheMeanOfTheWordpiecesItTouchesAndZerosWhenNone() {
        // pieces "un" [0,2) "believ" [2,8) "able" [8,12), a special piece without offsets, "news" [13,17)
        MiniLmTokenEmbedder.Pieces p = new MiniLmTokenEmbedder.Pieces(new int[] {0, 2, 8, -1, 13},
                new int[] {2, 8, 12, -1, 17},
                new float[][] {constant(1), constant(2), constant(6), constant(100), constant(5)});
        float[][] v = MiniLmTokenEmbedder.map(p, List.of(new Span(0, 12), new Span(12, 13), new Span(13, 17),
                new Span(20, 22)));
        assertEquals(3f, v[0][0], 1e-6);
        assertEquals(3f, v[0][MiniLmTokenEmbedder.DIM - 1], 1e-6);
        assertEquals(0f, v[1][0]);
        assertEquals(5f, v[2][7], 1e-6);
        assertEquals(0f, v[3][0]);
    }

    @Test
    void codePointOffsetsOnlyWhenTheTextHasSurrogatePairs() {
        assertNull(MiniLmTokenEmbedder.codePointOffsets("plain text"));
        assertArrayEquals(new int[] {0, 2, 3, 4}, MiniLmTokenEmbedder.codePointOffsets("\uD83D\uDE00 a"));
    }

    @Test
    void wordpieceOffsetsAreUtf16OffsetsOfTheText() {
        String text = "\uD83D\uDE00 Unbelievable news, \u00E9t\u00E9 \uD83D\uDE00 today.";
        MiniLmTokenEmbedder.Pieces p = embedder.pieces(text);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (p.start()[i] >= 0) {
                seen.add(text.substring(p.start()[i], p.end()[i]));
            }
            assertEquals(MiniLmTokenEmbedder.DIM, p.vectors()[i].length);
        }
        assertTrue(seen.contains("news"), seen.toString());
        assertTrue(seen.contains("today"), seen.toString());
        assertTrue(seen.contains("."), seen.toString());
    }

    @Test
    void longTextsRunInOverlappingWindowsAndEveryPieceGetsAVector() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append("word").append(i).append(' ');
        }
        String text = b.toString().trim();
        MiniLmTokenEmbedder.Pieces p = embedder.pieces(text);
        assertTrue(p.size() > 40, "pieces " + p.size());
        for (float[] v : p.vectors()) {
            assertEquals(MiniLmTokenEmbedder.DIM, v.length);
        }
        // context matters: the same word in another sentence gets another vector
        float[] a = embedder.spans("The senator lied again.", List.of(new Span(4, 11)))[0];
        float[] c = embedder.spans("The senator spoke today.", List.of(new Span(4, 11)))[0];
        assertNotEquals(a[0], c[0]);
    }
}
