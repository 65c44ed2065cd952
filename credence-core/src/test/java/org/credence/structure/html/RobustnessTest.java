package org.credence.structure.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.credence.model.Block;
import org.junit.jupiter.api.Test;

/** Inputs that must never throw or hang. */
class RobustnessTest {

    private static void check(String html) {
        Extraction e = HtmlExtractor.standard().extract(html, null);
        assertEquals(e.text().length(), e.toHtml().derivedLength());
        assertEquals(html == null ? 0 : html.length(), e.toHtml().originalLength());
        for (Block b : e.blocks()) {
            assertEquals(e.textOf(b), e.text().substring(b.span().start(), b.span().end()));
        }
    }

    @Test
    void emptyAndNull() {
        check(null);
        check("");
        check("   ");
        assertTrue(HtmlExtractor.standard().extract("", "").problems().stream()
                .anyMatch(p -> p.code().equals("html.empty")));
    }

    @Test
    void brokenMarkup() {
        check("<p>unclosed <b>bold <i>italic</p></div></span><table><td>cell<p>para");
        check("<html><body>&amp &#x; &#99999999; &notanentity; &lt</body>");
        check("<<<>>></p>&&&<!-- unclosed comment");
        check("text\r\nwith\rcarriage\r\n\r\nreturns <br><br> and breaks");
    }

    @Test
    void binaryLooking() {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append((char) r.nextInt(0x3000));
        }
        check(sb.toString());
        Extraction e = HtmlExtractor.standard().extract("\u0000\u0001\u0002\u0003".repeat(100), "");
        assertTrue(e.problems().stream().anyMatch(p -> p.code().equals("html.binary")));
    }

    @Test
    void deepNesting() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            String deep = "<html><body>" + "<div class=x>".repeat(10_000)
                    + "<p>Deep text, with commas, that is long enough to be scored as a paragraph.</p>"
                    + "</div>".repeat(10_000) + "</body></html>";
            check(deep);
            check("<b>".repeat(10_000) + "bold" + "<span><p>x</p>".repeat(5_000));
        });
    }

    @Test
    void hugePageIsCutNotFatal() {
        assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
            String para = "<p>Paragraph text, with commas, repeated to make a very large page.</p>\n";
            StringBuilder sb = new StringBuilder(52_000_000).append("<html><body><div>");
            while (sb.length() < 50_000_000) {
                sb.append(para);
            }
            String html = sb.append("</div></body></html>").toString();
            Extraction e = HtmlExtractor.withMaxChars(2_000_000).extract(html, "");
            assertEquals(html.length(), e.toHtml().originalLength());
            assertTrue(e.problems().stream().anyMatch(p -> p.code().equals("html.truncated")));
            assertTrue(e.mainText().startsWith("Paragraph text"));
        });
    }
}
