package org.credence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.credence.model.Span;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void overlappingMarksNestPieceByPiece() {
        String text = "Smith said <b> it works";
        StringBuilder sb = new StringBuilder();
        Highlighter.render(sb, text, new Span(0, text.length()), Highlighter.sorted(List.of(
                new Highlighter.Mark(new Span(6, 14), "entity", "e<\""),
                new Highlighter.Mark(new Span(0, 10), "quote", "q"))));
        String html = sb.toString();
        assertEquals("<mark class=\"quote\" title=\"q\">Smith </mark>"
                + "<mark class=\"quote\" title=\"q\"><mark class=\"entity\" title=\"e&lt;&quot;\">said</mark></mark>"
                + "<mark class=\"entity\" title=\"e&lt;&quot;\"> &lt;b&gt;</mark> it works", html);
        assertEquals(text, Jsoup.parse(html).text());
    }

    @Test
    void marksOutsideTheStretchAreIgnored() {
        StringBuilder sb = new StringBuilder();
        Highlighter.render(sb, "abc def", new Span(4, 7), List.of(new Highlighter.Mark(new Span(0, 3), "x", "")));
        assertEquals("def", sb.toString());
    }
}
