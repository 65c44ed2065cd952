package org.credence.structure.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.OffsetMap;
import org.credence.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    static String html;
    static Extraction x;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/structure/html/news-page.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        x = HtmlExtractor.standard().extract(html, "https://example.org/news/bridge");
    }

    private static Optional<Block> blockContaining(String snippet) {
        return x.blocks().stream().filter(b -> x.textOf(b).contains(snippet)).findFirst();
    }

    private static BlockType typeOf(String snippet) {
        return blockContaining(snippet).map(Block::type)
                .orElseThrow(() -> new AssertionError("no block contains '" + snippet + "' in\n" + x.text()));
    }

    @Test
    void typesTheBlocks() {
        assertEquals(BlockType.HEADLINE, typeOf("Council approves river bridge"));
        assertEquals(BlockType.DEK, typeOf("A long-delayed crossing"));
        assertEquals(BlockType.BYLINE, typeOf("By Jane Doe"));
        assertEquals(BlockType.DATE, typeOf("March 5, 2024"));
        assertEquals(BlockType.SHARE, typeOf("Share on Facebook"));
        assertEquals(BlockType.CAPTION, typeOf("The old ferry landing"));
        assertEquals(BlockType.CREDIT, typeOf("Photo: John Roe"));
        assertEquals(BlockType.BODY, typeOf("The city council voted"));
        assertEquals(BlockType.BODY, typeOf("Opposition remains"));
        assertEquals(BlockType.SUBSCRIPTION, typeOf("Sign up for our morning newsletter"));
        assertEquals(BlockType.FUNDRAISING, typeOf("Support our independent journalism"));
        assertEquals(BlockType.SHARE, typeOf("This story is available on"));
        assertEquals(BlockType.RELATED, typeOf("Ferry service to end"));
        assertEquals(BlockType.COMMENTS, typeOf("I have waited years"));
    }

    @Test
    void leavesPageFurnitureOut() {
        assertFalse(x.text().contains("We use cookies"), x.text());
        assertFalse(x.text().contains("Home"), x.text());
        assertFalse(x.text().contains("Sport"), x.text());
        assertFalse(x.text().contains("All rights reserved"), x.text());
        assertFalse(x.text().contains("font-family"), x.text());
    }

    @Test
    void mainTextIsTheBodyOnly() {
        String main = x.mainText();
        assertTrue(main.startsWith("RIVERTOWN \u2014 The city council voted 5\u20134 on Tuesday"), main);
        assertTrue(main.contains("the city\u2019s own figures"), main);
        assertTrue(main.contains("Opposition remains"), main);
        assertTrue(main.endsWith("issued by the state."), main);
        for (String furniture : List.of("newsletter", "Donate", "Share", "Related", "waited years",
                "ferry landing", "Jane Doe", "available on")) {
            assertFalse(main.contains(furniture), furniture + " in\n" + main);
        }
    }

    @Test
    void brBecomesOneNewlineInsideABlock() {
        Block b = blockContaining("Opponents argued").orElseThrow();
        assertTrue(x.textOf(b).contains("meeting.\nOne of them"), x.textOf(b));
    }

    @Test
    void spansAreExactAndInOrder() {
        int prev = -1;
        for (Block b : x.blocks()) {
            Span s = b.span();
            assertTrue(s.start() > prev, "blocks overlap or are out of order at " + s);
            assertEquals(x.textOf(b), x.text().substring(s.start(), s.end()));
            assertFalse(x.textOf(b).isBlank());
            assertTrue(b.confidence() >= 0 && b.confidence() <= 1);
            assertFalse(b.reason().isEmpty(), "reason missing for " + b);
            prev = s.end();
        }
        assertTrue(x.text().contains("\n\n"));
    }

    @Test
    void mapsBackToTheSource() {
        OffsetMap m = x.toHtml();
        assertEquals(x.text().length(), m.derivedLength());
        assertEquals(html.length(), m.originalLength());
        for (String plain : List.of("Opponents argued that the money", "Construction is expected to begin",
                "Opposition remains", "retired engineer")) {
            int at = x.text().indexOf(plain);
            assertTrue(at >= 0, plain);
            Span src = m.toOriginal(new Span(at, at + plain.length()));
            assertEquals(plain, html.substring(src.start(), src.end()));
        }
        // an entity maps to its reference as a whole
        int dash = x.text().indexOf('\u2014');
        Span src = m.toOriginal(new Span(dash, dash + 1));
        assertEquals("&mdash;", html.substring(src.start(), src.end()));
        // a whole body block maps to the source from its first to its last character
        Block b = blockContaining("Construction is expected").orElseThrow();
        Span bs = m.toOriginal(b.span());
        assertTrue(html.substring(bs.start(), bs.end()).startsWith("Construction"));
        assertTrue(html.substring(bs.start(), bs.end()).endsWith("by the state."));
    }

    @Test
    void readsTheFields() {
        assertEquals("Council approves river bridge", x.fields().headline());
        assertEquals("A long-delayed crossing gets the green light after a tense vote.", x.fields().dek());
        assertEquals("Jane Doe", x.fields().byline());
        assertEquals("RIVERTOWN \u2014", x.fields().dateline());
        assertEquals("2024-03-05T09:30:00Z", x.fields().published());
        assertTrue(x.problems().isEmpty(), x.problems().toString());
    }

    @Test
    void ogTitleStandsInForAMissingH1() {
        String page = "<html><head><meta property=\"og:title\" content=\"Tom &amp; Jerry return\"></head>"
                + "<body><div class=content><p>" + "A sentence of the story, with commas, that runs on. ".repeat(8)
                + "</p><p>" + "Another paragraph of the story, with more words. ".repeat(6) + "</p></div></body></html>";
        Extraction e = HtmlExtractor.standard().extract(page, "");
        assertEquals(BlockType.HEADLINE, e.blocks().get(0).type());
        assertEquals("Tom & Jerry return", e.textOf(e.blocks().get(0)));
        Span src = e.toHtml().toOriginal(e.blocks().get(0).span());
        assertEquals("Tom &amp; Jerry return", page.substring(src.start(), src.end()));
        assertTrue(e.mainText().startsWith("A sentence of the story"));
    }
}
