package org.credence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page at {@code /}, end to end: a headless Debian Chromium against the real server. An
 * article is pasted and sent with the keyboard alone, the report is read on the page
 * (highlights with their reasons on focus, scores, quotes, entities, non-article blocks),
 * downloads work, nothing outside the server is requested, the page fits a phone's width, and
 * a report with scores renders them. Screenshots go to {@code target/screenshots/}.
 */
class PageBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    static CredenceServer server;
    static Http http;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.launch(Path.of("target", "chromium.log"));
        server = Http.server(Http.options());
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private Chromium.Tab open() throws InterruptedException {
        Chromium.Tab tab = browser.newTab();
        tab.call("Network.enable", null);
        tab.call("Log.enable", null);
        tab.call("Runtime.enable", null);
        tab.call("Page.enable", null);
        tab.viewport(1200, 900, false);
        tab.navigate(server.uri() + "/");
        return tab;
    }

    @Test
    void pasteAnArticleAndReadTheReportWithTheKeyboard() throws Exception {
        Chromium.Tab tab = open();
        String article = Http.resource("article.txt");
        assertTrue(tab.tabUntil("e.id === 'text'", 4) <= 4, "the textarea is among the first stops");
        tab.type(article);
        tab.tabUntil("e.id === 'analyze'", 10);
        tab.press("Enter", false);
        tab.waitUntil("document.querySelector('#report:not([hidden]) #part-article mark.ev')", 60);

        JsonNode report = Http.json(http.post("/v1/analyze", article, "text/plain; charset=utf-8"));
        int marks = tab.eval("document.querySelectorAll('#part-article mark.ev').length").asInt();
        assertTrue(marks >= 5, "evidence marks: " + marks);
        assertEquals("0", tab.eval("document.querySelector('#part-article mark.ev').getAttribute('tabindex')").asText());
        assertTrue(tab.eval("document.querySelectorAll('.signals .signal.fired').length").asInt() >= 3);
        String scores = tab.eval("document.querySelector('#part-scores').textContent").asText();
        int cards = tab.eval("document.querySelectorAll('#part-scores .score').length").asInt();
        if (report.path("scores").size() > 0) {
            assertEquals(report.path("scores").size(), cards, "one card per score");
            for (JsonNode s : report.path("scores")) {
                assertTrue(scores.contains(s.path("name").asText()), s.toString());
            }
        } else {
            assertEquals(0, cards);
            assertTrue(scores.contains("No scores"), scores);
        }
        String quotes = tab.eval("document.querySelector('#part-quotes').textContent").asText();
        assertTrue(quotes.contains("Ellen Park") && quotes.contains("Tom Reyes"), quotes);
        String entities = tab.eval("document.querySelector('#part-entities').textContent").asText();
        assertTrue(entities.contains("Springfield") || entities.contains("Ellen Park"), entities);
        String furniture = tab.eval("document.querySelector('#part-furniture').textContent").asText();
        assertTrue(furniture.contains("fundraising") && furniture.contains("donate today"), furniture);
        assertTrue(tab.eval("document.querySelector('#part-repairs') !== null").asBoolean());

        // the reason of a mark shows on keyboard focus, and Escape hides it
        tab.tabUntil("e.classList && e.classList.contains('ev')", 200);
        JsonNode tip = tab.eval("({hidden: document.getElementById('tip').hidden, text: document.getElementById('tip').textContent,"
                + " want: document.activeElement.getAttribute('data-tip').replace(/\\n/g, ''),"
                + " described: document.activeElement.getAttribute('aria-describedby')})");
        assertFalse(tip.path("hidden").asBoolean(), "tooltip shown on focus");
        assertEquals(tip.path("want").asText(), tip.path("text").asText());
        assertTrue(tip.path("text").asText().contains(":"), "names the signal and the reason: " + tip);
        assertEquals("tip", tip.path("described").asText());
        tab.press("Escape", false);
        assertTrue(tab.eval("document.getElementById('tip').hidden").asBoolean());
        tab.screenshot(SHOTS.resolve("page-report-desktop.png"));

        downloads(tab);

        // a phone's width: nothing wider than the screen
        tab.viewport(375, 812, true);
        Thread.sleep(200);
        assertFitsWidth(tab, 375);
        tab.screenshot(SHOTS.resolve("page-report-phone.png"));

        assertOnlyOwnRequests(tab, 3);
    }

    private void downloads(Chromium.Tab tab) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "downloads").toAbsolutePath());
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        browser.call(null, "Browser.setDownloadBehavior", Chromium.obj().put("behavior", "allow")
                .put("downloadPath", dir.toString()).put("eventsEnabled", true));
        tab.eval("document.getElementById('download-json').click()");
        Path json = waitForFile(dir, ".json");
        JsonNode saved = Http.JSON.readTree(json.toFile());
        assertEquals("1.2", saved.path("schemaVersion").asText());
        assertTrue(saved.path("text").asText().contains("water treatment plant"));
        tab.eval("document.getElementById('download-html').click()");
        Path html = waitForFile(dir, ".html");
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("Credence report"), "standalone report saved");
    }

    private static Path waitForFile(Path dir, String suffix) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    if (p.getFileName().toString().endsWith(suffix) && Files.size(p) > 0) {
                        return p;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + suffix + " download within 30 s in " + dir);
    }

    @Test
    void rendersScoresBandsAndReasonsFromAReport() throws Exception {
        Chromium.Tab tab = open();
        String fixture = Http.resource("report-with-scores.json");
        tab.eval("window.credence.render(" + fixture + "), true");
        assertEquals(3, tab.eval("document.querySelectorAll('#part-scores .score').length").asInt());
        JsonNode cards = tab.eval("[...document.querySelectorAll('#part-scores .score')].map(c => ({cls: c.className,"
                + " text: c.textContent, reasons: c.querySelectorAll('.reasons li').length}))");
        assertEquals("score band-high", cards.get(0).path("cls").asText());
        assertTrue(cards.get(0).path("text").asText().contains("Unreliable"));
        assertTrue(cards.get(0).path("text").asText().contains("82 %"), cards.get(0).toString());
        assertTrue(cards.get(0).path("text").asText().contains("high concern"));
        assertTrue(cards.get(0).path("text").asText().contains("The headline teases rather than informs"));
        assertTrue(cards.get(0).path("text").asText().contains("Shock claim"), "a reason's evidence is quoted");
        assertEquals(3, cards.get(0).path("reasons").asInt());
        assertEquals("score band-mixed", cards.get(1).path("cls").asText());
        assertEquals("score band-cannot-score", cards.get(2).path("cls").asText());
        assertTrue(cards.get(2).path("text").asText().contains("cannot score"));
        assertTrue(tab.eval("document.querySelector('#part-sources').textContent").asText().contains("news.example"));
        // evidence of overlapping signals is split, never nested, and every mark's text is the text's own
        JsonNode marks = tab.eval("[...document.querySelectorAll('#part-article mark.ev')].map(m => m.textContent)");
        List<String> texts = new ArrayList<>();
        marks.forEach(m -> texts.add(m.asText()));
        assertTrue(texts.containsAll(List.of("Shock claim", "Some say", "it is believed", "Donate now to keep us independent.")), texts.toString());
        assertEquals(0, tab.eval("document.querySelectorAll('mark mark').length").asInt());
        assertTrue(tab.eval("document.querySelector('#part-repairs').textContent").asText().contains("CafÃ©"));
        tab.screenshot(SHOTS.resolve("page-scores-desktop.png"));
        tab.viewport(375, 812, true);
        Thread.sleep(200);
        assertFitsWidth(tab, 375);
        tab.screenshot(SHOTS.resolve("page-scores-phone.png"));
        assertOnlyOwnRequests(tab, 2);
    }

    @Test
    void injectedArticleTextStaysTextOnThePage() throws Exception {
        Chromium.Tab tab = open();
        tab.eval("document.getElementById('text').focus(), true");
        tab.type(InjectionTest.article());
        tab.eval("document.getElementById('analyze').click(), true");
        tab.waitUntil("document.querySelector('#report:not([hidden]) #part-article')", 60);
        assertTrue(tab.eval("typeof window.__pwned === 'undefined'").asBoolean(), "an injection ran");
        JsonNode live = tab.eval("(() => {"
                + " const allowed = new Set(['SECTION','H2','H3','DL','DT','DD','DIV','BUTTON','P','ARTICLE','SPAN','OL','UL','LI','Q',"
                + "   'STRONG','EM','MARK','TABLE','THEAD','TBODY','TR','TH','TD','CODE']);"
                + " const bad = [];"
                + " for (const e of document.querySelectorAll('#report *')) {"
                + "   if (!allowed.has(e.tagName)) bad.push('element ' + e.tagName);"
                + "   for (const a of e.attributes) {"
                + "     if (a.name.startsWith('on') || ['href','src','srcdoc','action','formaction','style','data'].includes(a.name))"
                + "       bad.push('attribute ' + a.name + ' on ' + e.tagName);"
                + "   }"
                + " }"
                + " if (document.scripts.length !== 1) bad.push(document.scripts.length + ' scripts');"
                + " if (document.querySelectorAll('base, iframe, object, embed, form:not(#input)').length) bad.push('live elements');"
                + " return bad; })()");
        assertEquals(0, live.size(), live.toString());
        String shown = tab.eval("document.querySelector('#part-article').textContent").asText();
        for (String s : InjectionTest.INJECTIONS) {
            assertTrue(InjectionTest.shows(shown, s), "not shown as text on the page: " + s);
        }
        assertOnlyOwnRequests(tab, 3);
    }

    /** Nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
    private static void assertFitsWidth(Chromium.Tab tab, int width) {
        JsonNode wide = tab.eval("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                + width + " + 0.5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
        int scroll = tab.eval("document.documentElement.scrollWidth").asInt();
        assertTrue(scroll <= width && wide.size() == 0, "page is " + scroll + " px wide at " + width + " px: " + wide);
    }

    /** Every request the tab made went to this server, and no content security policy was broken. */
    private void assertOnlyOwnRequests(Chromium.Tab tab, int atLeast) {
        String own = server.uri().toString();
        List<String> urls = new ArrayList<>();
        for (JsonNode e : tab.events("Network.requestWillBeSent")) {
            urls.add(e.path("request").path("url").asText());
        }
        assertTrue(urls.size() >= atLeast, "requests seen: " + urls);
        assertTrue(urls.stream().anyMatch(u -> u.equals(own + "/app.js")), "the monitor saw the page's script: " + urls);
        List<String> foreign = urls.stream().filter(u -> !u.startsWith(own + "/") && !u.startsWith("blob:" + own + "/")
                && !u.equals("about:blank")).toList();
        assertTrue(foreign.isEmpty(), "requests outside the server: " + foreign);
        List<String> violations = new ArrayList<>();
        for (JsonNode e : tab.events("Log.entryAdded")) {
            String text = e.path("entry").path("text").asText();
            if (text.contains("Content Security Policy") || e.path("entry").path("level").asText().equals("error")) {
                violations.add(text);
            }
        }
        for (JsonNode e : tab.events("Runtime.exceptionThrown")) {
            violations.add(e.path("exceptionDetails").toString());
        }
        assertTrue(violations.isEmpty(), "console errors: " + violations);
    }
}
