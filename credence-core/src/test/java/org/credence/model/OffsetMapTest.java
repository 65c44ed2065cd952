package org.credence.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetMapTest {

    @Test
    void identityMapsEveryOffsetToItself() {
        OffsetMap m = OffsetMap.identity(5);
        for (int i = 0; i <= 5; i++) {
            assertEquals(i, m.toOriginalStart(i));
            assertEquals(i, m.toOriginalEnd(i));
            assertEquals(i, m.toDerivedStart(i));
        }
    }

    @Test
    void replacementWidensSpansThatCutIt() {
        // "caf&eacute; ok" -> "café ok"
        String orig = "caf&eacute; ok";
        TextEdits.Result r = TextEdits.apply(orig, List.of(TextEdit.replace(3, 11, "é")));
        assertEquals("café ok", r.text());
        OffsetMap m = r.map();
        assertEquals(new Span(0, 11), m.toOriginal(new Span(0, 4)));
        assertEquals("caf&eacute;", m.toOriginal(new Span(0, 4)).in(orig));
        assertEquals("&eacute;", m.toOriginal(new Span(3, 4)).in(orig));
        assertEquals("ok", m.toOriginal(new Span(5, 7)).in(orig));
        // and forward
        assertEquals(new Span(3, 4), m.toDerived(new Span(3, 11)));
        assertEquals(new Span(3, 4), m.toDerived(new Span(5, 6)), "a span inside a replacement widens to it");
        assertEquals(new Span(5, 7), m.toDerived(new Span(12, 14)));
    }

    @Test
    void deletionAndInsertion() {
        String orig = "a\u200Bb";
        TextEdits.Result del = TextEdits.apply(orig, List.of(TextEdit.replace(1, 2, "")));
        assertEquals("ab", del.text());
        assertEquals("a", del.map().toOriginal(new Span(0, 1)).in(orig));
        assertEquals("b", del.map().toOriginal(new Span(1, 2)).in(orig));
        assertEquals("a\u200Bb", del.map().toOriginal(new Span(0, 2)).in(orig));

        TextEdits.Result ins = TextEdits.apply("ab", List.of(TextEdit.replace(1, 1, "\n\n")));
        assertEquals("a\n\nb", ins.text());
        assertEquals(new Span(1, 1), ins.map().toOriginal(new Span(1, 3)));
        assertEquals("b", ins.map().toOriginal(new Span(3, 4)).in("ab"));
    }

    @Test
    void chainsComposeInOrder() {
        String a = "x &amp; y";
        TextEdits.Result first = TextEdits.apply(a, List.of(TextEdit.replace(2, 7, "&")));   // "x & y"
        TextEdits.Result second = TextEdits.apply(first.text(), List.of(TextEdit.replace(0, 0, ">> ")));
        assertEquals(">> x & y", second.text());
        OffsetMap chained = second.map().andThen(first.map());
        assertEquals("&amp;", chained.toOriginal(new Span(5, 6)).in(a));
        assertEquals("y", chained.toOriginal(new Span(7, 8)).in(a));
        assertEquals(new Span(7, 8), chained.toDerived(new Span(8, 9)));
    }

    @Test
    void chainingMismatchedMapsFails() {
        assertThrows(IllegalArgumentException.class,
                () -> OffsetMap.identity(3).andThen(OffsetMap.identity(4)));
    }

    @Test
    void offsetsOutsideTheTextAreRejected() {
        OffsetMap m = OffsetMap.identity(3);
        assertThrows(IllegalArgumentException.class, () -> m.toOriginalStart(4));
        assertThrows(IllegalArgumentException.class, () -> m.toOriginalEnd(-1));
    }

    @Test
    void overlappingEditsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TextEdits.apply("abcdef",
                List.of(TextEdit.replace(1, 3, "x"), TextEdit.replace(2, 4, "y"))));
    }

    @Test
    void spanChecksItsBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> Span.of("abc", 1, 4));
        assertEquals("bc", Span.of("abc", 1, 3).in("abc"));
    }
}
