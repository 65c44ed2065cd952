package org.credence.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.credence.model.Repair;
import org.credence.model.Span;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private final Normalizer normalizer = new Normalizer();

    @Test
    void collapsesSpacesTrimsLinesAndKeepsOneBlankLine() {
        Normalizer.Result r = normalizer.normalize("  Title \r\n\r\n\r\n  First\u00A0\u00A0para  \n  goes on.\n\n\n\nSecond.  ");
        assertEquals("Title\n\nFirst para\ngoes on.\n\nSecond.", r.text());
        assertTrue(r.repairs().isEmpty(), "whitespace is not reported as a repair");
    }

    @Test
    void everyWordMapsBackToTheSameWord() {
        String in = "  Ein  Wort \t und\r\n\r\n\r\nnoch   eins ";
        Normalizer.Result r = normalizer.normalize(in);
        assertEquals("Ein Wort und\n\nnoch eins", r.text());
        for (String w : new String[] {"Ein", "Wort", "und", "noch", "eins"}) {
            int at = r.text().indexOf(w);
            Span orig = r.map().toOriginal(new Span(at, at + w.length()));
            assertEquals(w, orig.in(in), "word " + w);
        }
    }

    @Test
    void decodesEntitiesAndReportsThem() {
        String in = "Rock &amp; roll &#8212; it&#x2019;s &notanentity; & more";
        Normalizer.Result r = normalizer.normalize(in);
        assertEquals("Rock & roll \u2014 it\u2019s &notanentity; & more", r.text());
        assertEquals(3, r.repairs().size());
        Repair amp = r.repairs().get(0);
        assertEquals(Repair.Kind.ENTITY, amp.kind());
        assertEquals("&", amp.span().in(r.text()));
        assertEquals("&amp;", amp.originalSpan().in(in));
        Repair apos = r.repairs().get(2);
        assertEquals("\u2019", apos.span().in(r.text()));
        assertEquals("&#x2019;", apos.originalSpan().in(in));
    }

    @Test
    void composesToNfc() {
        String in = "Cafe\u0301 and  cre\u0300me";
        Normalizer.Result r = normalizer.normalize(in);
        assertEquals("Caf\u00E9 and cr\u00E8me", r.text());
        assertEquals(2, r.repairs().size());
        for (Repair rep : r.repairs()) {
            assertEquals(Repair.Kind.UNICODE, rep.kind());
            assertEquals(rep.from(), rep.originalSpan().in(in));
            assertEquals(rep.to(), rep.span().in(r.text()));
        }
    }

    @Test
    void dropsControlsAndReportsThem() {
        String in = "a\u0007b soft\u00ADhyphen";
        Normalizer.Result r = normalizer.normalize(in);
        assertEquals("ab softhyphen", r.text());
        assertEquals(1, r.repairs().size(), "soft hyphens are routine, bells are not");
        assertEquals("\u0007", r.repairs().get(0).originalSpan().in(in));
    }

    @Test
    void emptyAndBlankInput() {
        assertEquals("", normalizer.normalize("").text());
        assertEquals("", normalizer.normalize(" \n\t\r\n ").text());
    }
}
