package org.credence.structure.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which date of a page is the article's publication date. */
class PublishedDateTest {

    private static final String STORY = """
            <p>The county board voted on Tuesday to close the old landfill by the end of next year and to open
            a recycling centre on the same site, ending a dispute that began three years ago.</p>
            <p>Residents near the site had complained about smells and trucks for years, and two lawsuits are pending.</p>
            <p>The board said the recycling centre would employ about forty people once it opens.</p>
            """;

    private static String published(String html) {
        return HtmlExtractor.standard().extract(html, "https://example.org/a").fields().published();
    }

    @Test
    void theArticlesOwnDateBeatsATimeInThePageHeader() {
        String html = "<html><body><header><div class=\"topbar\"><time datetime=\"2025-06-30\">Monday, June 30, 2025</time>"
                + "</div></header><article><h1>County votes to close landfill</h1>"
                + "<p class=\"date\">Published March 2, 2023</p>" + STORY + "</article></body></html>";
        assertEquals("2023-03-02", published(html));
    }

    @Test
    void aTimeInsideTheArticleBeatsOneOutside() {
        String html = "<html><body><header><time datetime=\"2025-06-30\">June 30, 2025</time></header>"
                + "<article><h1>County votes to close landfill</h1><time datetime=\"2023-03-02T08:00:00Z\">March 2, 2023</time>"
                + STORY + "</article></body></html>";
        assertEquals("2023-03-02T08:00:00Z", published(html));
    }

    @Test
    void jsonLdTakesTheArticlesDateNotTheWebPages() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"datePublished\":\"2019-01-01T00:00:00Z\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"County votes\",\"datePublished\":\"2024-11-02T10:00:00Z\"}]}"
                + "</script></head><body><article><h1>County votes to close landfill</h1>" + STORY + "</article></body></html>";
        assertEquals("2024-11-02T10:00:00Z", published(html));
    }

    @Test
    void brokenJsonLdFallsBackToItsText() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2024-11-02\", oops}</script></head><body><article><h1>County votes to close landfill</h1>" + STORY
                + "</article></body></html>";
        assertEquals("2024-11-02", published(html));
    }

    @Test
    void aShortSentenceWithADateIsNotTheDateLine() {
        String html = "<html><body><article><h1>County votes to close landfill</h1>" + STORY
                + "<p>Jury selection begins Sept. 15, 2025.</p></article></body></html>";
        assertEquals("", published(html));
    }

    @Test
    void aDateLineInAnotherLanguage() {
        String html = "<html lang=\"de\"><body><article><h1>Stadtrat beschließt neue Brücke</h1>"
                + "<p class=\"autor\">Von Jonas Weber</p><p>12. März 2024, 18:30 Uhr</p>"
                + "<p>Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Main beschlossen, nachdem die "
                + "Anwohner jahrelang über den Verkehr in der Altstadt geklagt hatten.</p>"
                + "<p>Die Arbeiten sollen im kommenden Frühjahr beginnen und zwei Jahre dauern, sagte der Bürgermeister.</p>"
                + "<p>Die Kosten werden auf rund vierzig Millionen Euro geschätzt.</p></article></body></html>";
        assertEquals("2024-03-12", published(html));
    }
}
