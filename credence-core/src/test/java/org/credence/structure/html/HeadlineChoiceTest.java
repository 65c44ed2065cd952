package org.credence.structure.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.credence.model.Block;
import org.credence.model.BlockType;
import org.junit.jupiter.api.Test;

/** Which heading of a page is the headline: not the site's logo, and the title's heading when there is no h1. */
class HeadlineChoiceTest {

    private static final String STORY = """
            <p>ROTTERDAM, March 14 (Harbour Wire) - Dock workers at the port extended a walkout into a third day
            on Thursday, leaving dozens of bulk carriers waiting offshore and pushing up freight rates, agents said.</p>
            <p>The union representing crane operators said negotiations with the terminal operators had broken down
            over a proposed change to shift patterns that would cut overtime pay by about a fifth.</p>
            <p>The employers' association said it remained open to talks and had offered a mediator to both sides.</p>
            """;

    private static String headline(String html) {
        Extraction x = HtmlExtractor.standard().extract(html, "https://example.org/a");
        return x.blocks().stream().filter(b -> b.type() == BlockType.HEADLINE).map(x::textOf).findFirst().orElse("");
    }

    private static Extraction extract(String html) {
        return HtmlExtractor.standard().extract(html, "https://example.org/a");
    }

    @Test
    void theSiteLogoIsNotTheHeadline() {
        String html = "<html><head><title>Port strike delays grain | Harbour Wire</title></head><body>"
                + "<header><h1 class=\"site-title\"><a href=\"/\">Harbour Wire</a></h1><nav><a href=\"/\">Home</a>"
                + " <a href=\"/world\">World</a></nav></header><main><article><h1>Port strike delays grain shipments</h1>"
                + STORY + "</article></main></body></html>";
        assertEquals("Port strike delays grain shipments", headline(html));
        Extraction x = extract(html);
        for (Block b : x.blocks()) {
            assertFalse(b.type() == BlockType.BODY && x.textOf(b).contains("Port strike"), "headline typed as body");
        }
    }

    @Test
    void withoutAnH1TheHeadingThatMatchesTheTitle() {
        String html = "<html><head><title>Flood warnings issued for river towns | Northern Ledger</title></head><body>"
                + "<div class=\"story\"><h2 class=\"story-title\">Flood warnings issued for river towns</h2>"
                + STORY + "</div></body></html>";
        assertEquals("Flood warnings issued for river towns", headline(html));
    }

    @Test
    void aRealH1BeforeTheArticleStaysTheHeadline() {
        String html = "<html><head><title>Port strike delays grain | Harbour Wire</title></head><body>"
                + "<h1>Port strike delays grain shipments</h1><div class=\"body\">" + STORY + "</div></body></html>";
        assertEquals("Port strike delays grain shipments", headline(html));
    }

    @Test
    void aBylineInAGenericMetaContainerIsABylineField() {
        String html = "<html><head><title>Port strike delays grain | Harbour Wire</title></head><body><article>"
                + "<h1>Port strike delays grain shipments</h1><div class=\"entry-meta\"><span class=\"byline\">By "
                + "<a href=\"/a/mk\">Marta Kellner</a> and <a href=\"/a/ja\">Jon Abara</a></span> <time datetime=\"2024-03-14\">"
                + "March 14, 2024</time></div>" + STORY + "</article></body></html>";
        Extraction x = extract(html);
        Block byline = x.blocks().stream().filter(b -> b.type() == BlockType.BYLINE).findFirst().orElseThrow();
        assertEquals("By Marta Kellner and Jon Abara March 14, 2024", x.textOf(byline));
    }

    @Test
    void aContributorIsABylineAndTheAuthorBioIsNot() {
        String html = "<html><head><title>Why our town needs the ferry | Harbour Wire</title></head><body><article>"
                + "<h1>Why our town needs the ferry</h1><div class=\"contributor\">By Helen Park</div>" + STORY
                + "<div class=\"author-box\">Helen Park is a retired teacher and a former president of the harbour society."
                + " She lives in Lakeside.</div></article></body></html>";
        Extraction x = extract(html);
        assertEquals("Helen Park", x.fields().byline());
        for (Block b : x.blocks()) {
            assertFalse(b.type() == BlockType.FUNDRAISING, "typed as fundraising: " + x.textOf(b));
            if (x.textOf(b).startsWith("Helen Park is")) {
                assertFalse(b.type().isArticle(), "bio typed " + b.type());
            }
        }
    }

    @Test
    void aWireReportingLineIsNotBody() {
        String html = "<html><head><title>Port strike delays grain | Harbour Wire</title></head><body><article>"
                + "<h1>Port strike delays grain shipments</h1>" + STORY
                + "<p>(Reporting by Marta Kellner; Editing by Jon Abara)</p></article></body></html>";
        org.credence.model.Document doc = org.credence.testing.Analyzed.credence().analyzeHtml(html, "https://example.org/a");
        Block line = doc.blocks().stream().filter(b -> doc.textOf(b.span()).startsWith("(Reporting by")).findFirst().orElseThrow();
        assertFalse(line.type() == BlockType.BODY, "typed " + line.type());
    }

    @Test
    void thePagesDatelineFieldHasNoDash() {
        String html = "<html><head><title>Port strike delays grain | Harbour Wire</title></head><body><article>"
                + "<h1>Port strike delays grain shipments</h1><p>ROTTERDAM &mdash; Dock workers at the port extended a "
                + "walkout into a third day on Thursday, leaving dozens of bulk carriers waiting offshore, agents said.</p>"
                + STORY + "</article></body></html>";
        org.credence.model.Document doc = org.credence.testing.Analyzed.credence().analyzeHtml(html, "https://example.org/a");
        assertEquals("ROTTERDAM", doc.fields().dateline());
    }
}
