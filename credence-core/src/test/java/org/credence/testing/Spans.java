package org.credence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.credence.model.Block;
import org.credence.model.Document;
import org.credence.model.Repair;
import org.credence.model.Span;

/**
 * The shared span check: every span of a document lies in its text, every excerpt a report
 * shows equals the text its span covers, and every span maps back into the source.
 */
public final class Spans {

    private Spans() {
    }

    public static void check(Document doc, String caseName) {
        String text = doc.text();
        int prevEnd = 0;
        for (Block b : doc.blocks()) {
            Span s = b.span();
            assertTrue(s.end() <= text.length(), caseName + ": block " + b + " outside text");
            assertTrue(s.start() >= prevEnd, caseName + ": blocks overlap or are out of order at " + s);
            assertTrue(!s.isEmpty(), caseName + ": empty block " + b);
            assertEquals(s.in(text), doc.textOf(s), caseName);
            Span src = doc.toSource().toOriginal(s);
            assertTrue(src.end() <= doc.source().length(), caseName + ": block maps outside source " + src);
            prevEnd = s.end();
        }
        for (Repair r : doc.repairs()) {
            assertTrue(r.span().end() <= text.length(), caseName + ": repair outside text " + r);
            assertEquals(r.to(), r.span().in(text), caseName + ": repair 'to' is not its span's text");
            assertTrue(r.originalSpan().end() <= doc.source().length(), caseName + ": repair outside source " + r);
            if (doc.format() == Document.Format.TEXT) {
                assertEquals(r.from(), r.originalSpan().in(doc.source()), caseName + ": repair 'from' is not its source text");
            }
        }
    }
}
