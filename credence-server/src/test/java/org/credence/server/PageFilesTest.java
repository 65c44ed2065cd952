package org.credence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page's files as served: no inline script, no HTML parsing of data, nothing from elsewhere. */
class PageFilesTest {

    @Test
    void filesAreServedWithTheirTypesAndPolicy() {
        try (CredenceServer server = Http.server(Http.options())) {
            Http http = new Http(server);
            for (Map.Entry<String, String[]> f : Page.FILES.entrySet()) {
                HttpResponse<String> r = http.get(f.getKey());
                assertEquals(200, r.statusCode(), f.getKey());
                assertEquals(f.getValue()[1].replace(" ", ""), r.headers().firstValue("Content-Type").orElse("").replace(" ", ""), f.getKey());
                assertEquals(Page.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""), f.getKey());
                assertFalse(r.body().isBlank(), f.getKey());
            }
        }
    }

    @Test
    void scriptBuildsTheDomWithoutParsingHtml() {
        String js = Http.resource("/org/credence/server/page/app.js");
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                "setTimeout('", "createContextualFragment", "DOMParser", ".href = r", "srcdoc")) {
            assertFalse(js.contains(sink), "app.js uses " + sink);
        }
        // attributes are set by name from code only: el(tag, {name: value}) with literal names
        Matcher m = Pattern.compile("setAttribute\\(([^,]+),").matcher(js);
        while (m.find()) {
            assertEquals("k", m.group(1).strip(), "setAttribute with a computed name: " + m.group());
        }
    }

    @Test
    void pageLoadsNothingFromElsewhere() {
        String html = Http.resource("/org/credence/server/page/index.html");
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            for (String a : List.of("src", "href", "action")) {
                String v = e.attr(a);
                assertTrue(v.isEmpty() || v.matches("[a-z0-9.-]+|#[a-z-]+"), "<" + e.tagName() + " " + a + "=" + v + ">");
            }
            e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), "inline handler " + a));
        }
        for (Element s : doc.select("script")) {
            assertTrue(s.data().isBlank() && !s.attr("src").isEmpty(), "inline script");
        }
        assertTrue(doc.select("style, [style]").isEmpty(), "inline style");
        String css = Http.resource("/org/credence/server/page/app.css");
        assertFalse(css.contains("url(") || css.contains("@import"), "app.css loads something");
    }
}
