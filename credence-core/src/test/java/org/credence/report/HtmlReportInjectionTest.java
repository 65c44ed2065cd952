package org.credence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credence.Analysis;
import org.credence.Credence;
import org.credence.ingest.InputRecord;
import org.credence.model.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every injection string, placed in the article text and in every metadata field, comes out of
 * the HTML report as text: the parsed report has only the report's own elements and attributes.
 */
class HtmlReportInjectionTest {

    private static final List<String> ALLOWED = List.of("html", "head", "meta", "title", "style", "body", "header",
            "h1", "h2", "dl", "dt", "dd", "main", "p", "div", "span", "mark", "br", "section", "table", "thead",
            "tbody", "tr", "th", "td", "ul", "li", "code", "footer");

    @Test
    void injectionCorpusStaysText() throws IOException {
        List<String> corpus = Files.readAllLines(Path.of("src/test/resources/report/injections.txt"), StandardCharsets.UTF_8);
        Credence credence = Credence.standard();
        for (String inj : corpus) {
            String text = inj + "\n\nA paragraph that mentions " + inj + " in the middle of a sentence about the harbour.\n\n" + inj;
            Metadata m = new Metadata(inj, inj, inj, inj, inj, inj, inj, inj);
            Analysis a = credence.analyze(InputRecord.text(m, text));
            String html = HtmlReport.render(a);
            var doc = Jsoup.parse(html);
            assertEquals(1, doc.select("style").size(), "only the report's own style element, case " + inj);
            assertEquals(3, doc.select("meta").size(), "only the report's own meta elements, case " + inj);
            for (Element e : doc.getAllElements()) {
                if (e.tagName().startsWith("#")) {
                    continue;
                }
                assertTrue(ALLOWED.contains(e.tagName()), "unexpected element <" + e.tagName() + "> for case " + inj);
                for (Attribute at : e.attributes()) {
                    assertFalse(at.getKey().toLowerCase().startsWith("on"), "event handler " + at + " for case " + inj);
                    assertTrue(List.of("class", "title", "lang", "charset", "name", "content", "http-equiv", "role",
                                    "aria-valuemin", "aria-valuemax", "aria-valuenow", "aria-label", "style").contains(at.getKey()),
                            "unexpected attribute " + at + " for case " + inj);
                    if (at.getKey().equals("style")) {
                        assertTrue(at.getValue().matches("width:\\d{1,3}%"), "only the score bar's width is inline style: " + at);
                    }
                    if (at.getKey().startsWith("aria-value")) {
                        assertTrue(at.getValue().matches("\\d{1,3}"), "aria values are numbers: " + at);
                    }
                }
            }
            assertTrue(doc.text().contains(inj.strip()) || inj.contains("&lt;"), "the string is shown as text, case " + inj);
        }
    }

    @Test
    void failedAnalysisIsEscapedToo() {
        String inj = "<script>alert(1)</script>";
        String html = HtmlReport.render(new Analysis.Failed(inj, inj, inj, inj));
        assertFalse(html.contains(inj));
        assertTrue(Jsoup.parse(html).select("script").isEmpty());
    }
}
