package org.credence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.credence.report.HtmlReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Article text with script, attribute and URL injections, sent through the real server as text,
 * as an HTML page and as a JSON record: the standalone HTML report shows every string as text
 * and holds nothing live (the page is checked in a browser by {@link PageBrowserTest}).
 */
class InjectionTest {

    /** The injection corpus (test resource {@code injections.txt}). */
    static final List<String> INJECTIONS = Http.resource("injections.txt").lines()
            .filter(l -> !l.isBlank() && !l.startsWith("# ")).toList();

    /** Every element the HTML report writes, and every attribute. */
    private static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body", "header", "h1", "h2",
            "dl", "dt", "dd", "main", "p", "mark", "div", "span", "section", "table", "thead", "tbody", "tr", "th", "td",
            "ul", "li", "code", "footer", "br");
    private static final Set<String> ATTRIBUTES = Set.of("class", "title", "lang", "charset", "name", "content", "http-equiv",
            "role", "aria-label", "aria-valuemin", "aria-valuemax", "aria-valuenow", "style");

    static CredenceServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = Http.server(Http.options());
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An article whose headline, byline, quotes and paragraphs carry the injections. */
    static String article() {
        StringBuilder sb = new StringBuilder();
        sb.append("Mayor says ").append(INJECTIONS.get(0)).append(" plan is sound\n\n");
        sb.append("By ").append(INJECTIONS.get(1)).append("\n\n");
        for (String s : INJECTIONS) {
            sb.append("Officials said on Tuesday that ").append(s).append(" was in the contract, sources say.\n\n");
            sb.append("\"").append(s).append("\" the mayor said.\n\n");
        }
        return sb.toString();
    }

    @Test
    void theCheckCatchesLiveMarkup() {
        assertTrue(INJECTIONS.size() >= 20, "corpus: " + INJECTIONS.size());
        String head = "<!DOCTYPE html><html><head><meta charset=utf-8><meta name=a content=b><meta http-equiv=c content=d>"
                + "<title>t</title><style>p{}</style></head><body>";
        assertTrue(inert(head + "<p class=x>fine</p></body></html>").isEmpty());
        for (String live : List.of("<img src=x onerror=alert(1)>", "<p onclick=alert(1)>x</p>", "<a href=javascript:alert(1)>x</a>",
                "<script>alert(1)</script>", "<p style=\"background:url(http://evil.example/)\">x</p>", "<base href=/x/>")) {
            assertTrue(!inert(head + live + "</body></html>").isEmpty(), live);
        }
    }

    @Test
    void plainTextIsShownAsTextInTheHtmlReport() {
        HttpResponse<String> r = http.post("/v1/analyze?format=html", article(), "text/plain; charset=utf-8");
        assertEquals(200, r.statusCode());
        List<String> problems = inert(r.body());
        String shown = Jsoup.parse(r.body()).body().text();
        for (String s : INJECTIONS) {
            if (!shows(shown, s)) {
                problems.add("not shown as text: " + s);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // and the JSON report carries each string intact
        String text = Http.json(http.post("/v1/analyze", article(), "text/plain; charset=utf-8")).path("text").asText();
        for (String s : INJECTIONS) {
            assertTrue(shows(text, s), "JSON text lost: " + s);
        }
    }

    @Test
    void htmlPageWithEscapedInjectionsShowsThemAsText() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>")
                .append(HtmlReport.escape(INJECTIONS.get(9))).append("</title></head><body><article><h1>")
                .append(HtmlReport.escape(INJECTIONS.get(0))).append("</h1>");
        for (String s : INJECTIONS) {
            page.append("<p>The council said ").append(HtmlReport.escape(s)).append(" on Tuesday.</p>");
        }
        page.append("</article></body></html>");
        HttpResponse<String> r = http.post("/v1/analyze?format=html", page.toString(), "text/html; charset=utf-8");
        assertEquals(200, r.statusCode());
        List<String> problems = inert(r.body());
        String shown = Jsoup.parse(r.body()).body().text();
        for (String s : INJECTIONS) {
            if (!shows(shown, s)) {
                problems.add("escaped text not shown as text: " + s);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void htmlPageWithLiveInjectionsStaysInert() {
        List<String> problems = new ArrayList<>();
        for (String s : INJECTIONS) {
            String page = "<!DOCTYPE html><html><head><title>Council " + s + "</title></head><body><article><h1>Council "
                    + s + " approves plant</h1><p>The council said " + s + " on Tuesday, officials said.</p>"
                    + "<p>\"It is " + s + " a good day,\" the mayor said.</p></article></body></html>";
            HttpResponse<String> r = http.post("/v1/analyze?format=html", page, "text/html; charset=utf-8");
            if (r.statusCode() != 200) {
                problems.add(r.statusCode() + " for " + s + ": " + r.body());
                continue;
            }
            problems.addAll(inert(r.body()).stream().map(p -> s + ": " + p).toList());
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Whether the shown text holds the string, as written or with its character references
     * decoded (the repair stage decodes references left in text: {@code &lt;} shows as {@code <}).
     */
    static boolean shows(String shown, String s) {
        return shown.contains(s.strip()) || shown.contains(Parser.unescapeEntities(s, false).strip());
    }

    @Test
    void jsonRecordFieldsStayInert() {
        List<String> problems = new ArrayList<>();
        for (String s : INJECTIONS) {
            ObjectNode rec = Http.JSON.createObjectNode();
            rec.put("id", s);
            rec.put("title", "Headline " + s);
            rec.put("author", s);
            rec.put("url", s.contains("javascript:") ? s : "javascript:window.__pwned=99");
            rec.put("source", s);
            rec.put("published", s);
            rec.put("text", "The council said " + s + " on Tuesday. \"" + s + "\" the mayor said.");
            HttpResponse<String> r = http.post("/v1/analyze?format=html", rec.toString(), "application/json");
            if (r.statusCode() != 200) {
                problems.add(r.statusCode() + " for " + s + ": " + r.body());
                continue;
            }
            problems.addAll(inert(r.body()).stream().map(p -> s + ": " + p).toList());
            if (!shows(Jsoup.parse(r.body()).body().text(), "Headline " + s)) {
                problems.add("headline not shown as text: " + s);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** What in an HTML report could be live: unknown elements or attributes, scripts, handlers, URLs. */
    static List<String> inert(String html) {
        List<String> problems = new ArrayList<>();
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            String tag = e.tagName();
            if (tag.equals("#root")) {
                continue;
            }
            if (!TAGS.contains(tag)) {
                problems.add("element <" + tag + ">");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                if (!ATTRIBUTES.contains(name)) {
                    problems.add("attribute " + name + " on <" + tag + ">");
                }
                if (name.equals("style") && !a.getValue().matches("width:[0-9.]+%;?")) {
                    problems.add("style attribute " + a.getValue());
                }
            }
        }
        int styles = doc.select("style").size();
        int metas = doc.select("meta").size();
        if (styles != 1 || metas != 3 || doc.select("head > style").size() != 1) {
            problems.add("head changed: " + styles + " style, " + metas + " meta elements");
        }
        if (doc.select("title").size() != 1) {
            problems.add(doc.select("title").size() + " title elements");
        }
        return problems;
    }
}
