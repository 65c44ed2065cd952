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
        int prevToken = 0;
        for (org.credence.model.Token t : doc.language().tokens()) {
            assertTrue(t.start() >= prevToken && t.end() <= text.length(), caseName + ": token out of order or outside text " + t);
            prevToken = t.end();
        }
        for (org.credence.model.Sentence se : doc.language().sentences()) {
            assertTrue(se.span().end() <= text.length(), caseName + ": sentence outside text " + se);
            if (se.endToken() > se.firstToken()) {
                assertEquals(doc.language().tokens().get(se.firstToken()).start(), se.span().start(), caseName + ": sentence start");
                assertEquals(doc.language().tokens().get(se.endToken() - 1).end(), se.span().end(), caseName + ": sentence end");
            }
        }
        for (org.credence.model.EntityChain c : doc.language().chains()) {
            for (org.credence.model.NominalMention n : c.nominals()) {
                assertTrue(n.span().end() <= text.length() && n.evidence().end() <= text.length(),
                        caseName + ": nominal mention or its evidence outside text " + n);
            }
        }
        for (org.credence.model.ForeignRun f : doc.language().foreign()) {
            assertTrue(f.span().end() <= text.length(), caseName + ": foreign run outside text " + f);
        }
        for (org.credence.model.SignalResult sr : doc.signals()) {
            if (sr.fired()) {
                assertTrue(!sr.evidence().isEmpty(), caseName + ": signal " + sr.id() + " fired without evidence");
            }
            for (org.credence.model.Evidence e : sr.evidence()) {
                assertEquals(e.span().in(text), e.excerpt(), caseName + ": signal " + sr.id() + " excerpt is not its span's text");
                assertTrue(doc.toSource().toOriginal(e.span()).end() <= doc.source().length(), caseName + ": evidence maps outside source");
            }
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
