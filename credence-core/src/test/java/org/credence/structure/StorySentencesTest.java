package org.credence.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.credence.Credence;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Sentences of the story that happen to use a furniture word ("subscribe", "copyright",
 * "donation", "By midday", "Contact tracing") stay body text, in pages and in plain text, while
 * the page's real furniture keeps its type.
 */
class StorySentencesTest {

    private static final Credence CREDENCE = Credence.standard();

    private static final List<String> STORY = List.of(
            "The operator changed its privacy policy in 2022",
            "About 900,000 people subscribe to its loyalty scheme",
            "By midday, the operator's shares had fallen",
            "Investigators said a data broker syndicate",
            "A separate copyright dispute",
            "Contact tracing of the leaked files",
            "The founder, who made a donation",
            "invited the public to join the discussion",
            "Popular routes to the islands",
            "Published in 1998 as a short guide",
            "From Helsinki to Gdansk, passengers");

    private static BlockType typeOf(Document doc, String snippet) {
        for (Block b : doc.blocks()) {
            if (doc.textOf(b.span()).contains(snippet)) {
                return b.type();
            }
        }
        throw new AssertionError("no block contains " + snippet);
    }

    private static Document page() throws IOException {
        try (InputStream in = StorySentencesTest.class.getResourceAsStream("/structure/story-words.html")) {
            return CREDENCE.analyzeHtml(new String(in.readAllBytes(), StandardCharsets.UTF_8), "");
        }
    }

    @Test
    void storySentencesOfAPageStayBody() throws IOException {
        Document doc = page();
        for (String s : STORY) {
            assertEquals(BlockType.BODY, typeOf(doc, s), s);
        }
        assertEquals("Ines Navarro", doc.fields().byline());
    }

    @Test
    void theFurnitureOfAPageKeepsItsType() throws IOException {
        Document doc = page();
        assertEquals(BlockType.SHARE, typeOf(doc, "Share on Facebook"));
        assertEquals(BlockType.SUBSCRIPTION, typeOf(doc, "Sign up for our morning newsletter"));
        assertEquals(BlockType.FUNDRAISING, typeOf(doc, "Please donate today"));
        assertEquals(BlockType.CONTACT, typeOf(doc, "Contact the reporter"));
        assertFalse(typeOf(doc, "originally published by Harbour Watch").isArticle());
        assertFalse(typeOf(doc, "All rights reserved").isArticle());
    }

    @Test
    void storySentencesOfAPlainTextStayBody() {
        StringBuilder text = new StringBuilder("Ferry operator fined over passenger data\n\nBy Ines Navarro\n\n"
                + "Regulators on Thursday fined the ferry operator Baltline 3.1 million euros for passing passenger lists"
                + " to marketing firms without consent.\n\n");
        String page = """
                The operator changed its privacy policy in 2022 without telling passengers, the regulator found.
                About 900,000 people subscribe to its loyalty scheme, most of them commuters on the island routes.
                By midday, the operator's shares had fallen 4 percent in Tallinn.
                Investigators said a data broker syndicate had bought the lists and sold them on to at least 30 firms.
                A separate copyright dispute over the operator's timetable app is still before the courts.
                Contact tracing of the leaked files showed they had passed through servers in two countries.
                The founder, who made a donation of 200,000 euros to a maritime charity last year, declined to comment.
                The regulator said it would publish its findings next month and invited the public to join the discussion on new rules.
                Popular routes to the islands will keep running while the operator appeals.
                Published in 1998 as a short guide, the company's first timetable listed four crossings a day.
                From Helsinki to Gdansk, passengers have complained about marketing calls for two years.
                """;
        page.lines().forEach(l -> text.append(l).append("\n\n"));
        text.append("Sign up for our morning newsletter to get the harbour news in your inbox.\n\n")
                .append("We are reader-funded and independent. Please donate today to keep our reporting free.\n\n")
                .append("Copyright 2025 Harbour Watch. All rights reserved.\n");
        Document doc = CREDENCE.analyzeText(text.toString());
        for (String s : STORY) {
            assertEquals(BlockType.BODY, typeOf(doc, s), s);
        }
        assertEquals(BlockType.SUBSCRIPTION, typeOf(doc, "Sign up for our morning newsletter"));
        assertEquals(BlockType.FUNDRAISING, typeOf(doc, "Please donate today"));
        assertTrue(!typeOf(doc, "All rights reserved").isArticle());
        assertEquals("Ines Navarro", doc.fields().byline());
    }
}
