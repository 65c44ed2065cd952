package org.credence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.credence.Version;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.model.SignalResult;
import org.credence.report.JsonReport;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;
import org.credence.signals.Signals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API over HTTP, against a real server on a free port. */
class ApiTest {

    static CredenceServer server;
    static Http http;
    static final String ARTICLE = Http.resource("article.txt");

    @BeforeAll
    static void start() {
        server = Http.server(Http.options());
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void analysesPlainTextIntoTheJsonReport() {
        HttpResponse<String> r = http.post("/v1/analyze", ARTICLE, "text/plain; charset=utf-8");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode n = Http.json(r);
        assertEquals(JsonReport.SCHEMA_VERSION, n.path("schemaVersion").asText());
        assertEquals("ok", n.path("status").asText());
        assertEquals("request", n.path("origin").asText());
        assertEquals("You Won't Believe What The Mayor Did Next", n.path("fields").path("headline").asText());
        assertTrue(n.path("text").asText().contains("water treatment plant"));
        assertEquals(Signals.catalogue().size(), n.path("signals").size());
        assertTrue(n.path("scores").isArray());
        assertTrue(n.path("language").path("quotes").size() > 0, "quotes read");
    }

    @Test
    void queryParametersAreTheMetadataOfTextAndNeverFetched() {
        HttpResponse<String> r = http.post("/v1/analyze?id=a1&url=http://10.255.255.1/unreachable&source=Example%20News",
                ARTICLE, "text/plain");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode n = Http.json(r);
        assertEquals("a1", n.path("id").asText());
        assertEquals("http://10.255.255.1/unreachable", n.path("metadata").path("url").asText());
        assertEquals("Example News", n.path("metadata").path("source").asText());
    }

    @Test
    void analysesAnHtmlPage() {
        String html = "<!DOCTYPE html><html><head><title>Council approves plant</title></head><body><article>"
                + "<h1>Council approves water plant</h1><p>By Jane Doe</p>"
                + "<p>The city council voted on Tuesday to approve a $45 million contract for a new water plant, "
                + "ending months of debate over the cost.</p><p>\"It is a good day,\" the mayor said.</p></article>"
                + "<footer>Share this article</footer></body></html>";
        HttpResponse<String> r = http.post("/v1/analyze", html, "text/html");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode n = Http.json(r);
        assertEquals("html", n.path("format").asText());
        assertEquals("Council approves water plant", n.path("fields").path("headline").asText());
    }

    @Test
    void analysesAJsonRecordWithItsOwnMetadata() throws Exception {
        ObjectNode rec = Http.JSON.createObjectNode();
        rec.put("id", "rec-7");
        rec.put("title", "Council approves plant");
        rec.put("url", "https://news.example/plant");
        rec.put("text", "The city council voted on Tuesday to approve the contract, officials said.");
        HttpResponse<String> r = http.post("/v1/analyze", rec.toString(), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode n = Http.json(r);
        assertEquals("rec-7", n.path("id").asText());
        assertEquals("https://news.example/plant", n.path("metadata").path("url").asText());
        assertTrue(n.path("text").asText().startsWith("Council approves plant"), "title becomes the first paragraph");
    }

    @Test
    void sniffsABodyWithoutContentType() {
        HttpResponse<String> json = http.post("/v1/analyze", "{\"id\":\"s1\",\"text\":\"A short text. It has two sentences.\"}", null);
        assertEquals(200, json.statusCode(), json.body());
        assertEquals("s1", Http.json(json).path("id").asText());
        HttpResponse<String> html = http.post("/v1/analyze", "<html><body><p>A paragraph of a page.</p></body></html>", null);
        assertEquals("html", Http.json(html).path("format").asText());
        HttpResponse<String> text = http.post("/v1/analyze", "Just text.", null);
        assertEquals("text", Http.json(text).path("format").asText());
    }

    @Test
    void honoursADeclaredCharset() {
        byte[] latin = "Caf\u00e9 owners said prices rose.".getBytes(Charset.forName("windows-1252"));
        HttpResponse<String> r = http.post("/v1/analyze", latin, "text/plain; charset=windows-1252");
        JsonNode n = Http.json(r);
        assertTrue(n.path("text").asText().startsWith("Caf\u00e9"), r.body());
        assertEquals("http", n.path("encoding").path("method").asText());
    }

    @Test
    void returnsTheStandaloneHtmlReport() {
        HttpResponse<String> r = http.post("/v1/analyze?format=html", ARTICLE, "text/plain");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(Api.REPORT_CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(r.body().startsWith("<!DOCTYPE html>"));
        assertTrue(r.body().contains("water treatment plant"));
    }

    @Test
    void badRequestsGetJsonErrors() {
        List<String> failures = new ArrayList<>();
        expect(failures, http.post("/v1/analyze", "", "text/plain"), 400, "body.empty");
        expect(failures, http.post("/v1/analyze?format=pdf", ARTICLE, "text/plain"), 400, "format.unknown");
        expect(failures, http.post("/v1/analyze", "{\"text\": ", "application/json"), 400, "json.invalid");
        expect(failures, http.post("/v1/analyze", "[{\"text\":\"a\"},{\"text\":\"b\"}]", "application/json"), 400, "json.not-object");
        expect(failures, http.post("/v1/analyze", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", "application/json"), 400, "json.not-one-record");
        expect(failures, http.post("/v1/analyze", "{\"id\":\"x\"}", "application/json"), 400, "record.no-content");
        expect(failures, http.post("/v1/analyze", "\"just a string\"", "application/json"), 400, "json.not-object");
        expect(failures, http.post("/v1/analyze", ARTICLE, "application/pdf"), 415, "media-type.unsupported");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7 % 32);
        }
        expect(failures, http.post("/v1/analyze", binary, "text/plain"), 422, "input.binary");
        expect(failures, http.get("/v1/nothing"), 404, "not-found");
        expect(failures, http.get("/v1/analyze"), 405, "method-not-allowed");
        expect(failures, http.post("/v1/health", "x", "text/plain"), 405, "method-not-allowed");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void expect(List<String> failures, HttpResponse<String> r, int status, String code) {
        String got;
        try {
            got = Http.errorCode(r);
        } catch (AssertionError e) {
            failures.add(r.request().method() + " " + r.uri() + ": " + e.getMessage());
            return;
        }
        if (r.statusCode() != status || !got.equals(code)) {
            failures.add(r.request().method() + " " + r.uri() + ": expected " + status + " " + code + ", got "
                    + r.statusCode() + " " + r.body());
        }
    }

    @Test
    void healthSaysVersionStagesAndModelsWithProvenance() {
        HttpResponse<String> r = http.get("/v1/health");
        assertEquals(200, r.statusCode());
        JsonNode n = Http.json(r);
        assertEquals("ok", n.path("status").asText());
        assertEquals(Version.get(), n.path("credenceVersion").asText());
        assertFalse(n.path("fetchesUrls").asBoolean(true));
        List<String> stages = new ArrayList<>();
        n.path("stages").forEach(s -> stages.add(s.asText()));
        assertTrue(stages.containsAll(List.of("extract", "repair", "structure", "signals")), stages.toString());
        List<String> models = new ArrayList<>();
        for (JsonNode m : n.path("models")) {
            models.add(m.path("name").asText());
            assertTrue(m.path("provenance").isObject() && m.path("provenance").size() > 0, m.toString());
            assertTrue(m.path("files").size() > 0, m.toString());
        }
        assertTrue(models.containsAll(List.of("ner-conll2003", "clickbait-headline", "check-worthy")), models.toString());
        JsonNode ner = find(n.path("models"), "ner-conll2003");
        assertTrue(ner.path("provenance").path("data").has("conll2003-en/eng.train"), "NER provenance names its data");
        assertEquals(ServerOptions.DEFAULT_MAX_BODY, n.path("limits").path("maxBodyBytes").asLong());
    }

    private static JsonNode find(JsonNode models, String name) {
        for (JsonNode m : models) {
            if (m.path("name").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no model " + name);
    }

    @Test
    void signalsListTheCatalogue() {
        HttpResponse<String> r = http.get("/v1/signals");
        assertEquals(200, r.statusCode());
        List<String> ids = new ArrayList<>();
        for (JsonNode s : Http.json(r).path("signals")) {
            ids.add(s.path("id").asText());
            assertFalse(s.path("detects").asText().isBlank(), s.toString());
        }
        assertEquals(Signals.catalogue().stream().map(i -> i.id()).toList(), ids);
    }

    @Test
    void signalsAndHealthDescribeTheSignalsTheServerRuns() {
        SignalInfo replaced = new SignalInfo("fundraising", "Fundraising (replaced)", "test",
                "a replacement signal's own method", "none", "none");
        Signal signal = new Signal() {
            @Override public SignalInfo info() { return replaced; }
            @Override public Set<Layer> requires() { return EnumSet.of(Layer.STRUCTURE); }
            @Override public SignalResult judge(Document doc) { return SignalResult.cannotJudge("fundraising", "test"); }
        };
        try (CredenceServer other = CredenceServer.start(Http.options(), Http.standard().withSignal(signal))) {
            Http h = new Http(other);
            JsonNode catalogue = Http.json(h.get("/v1/signals")).path("signals");
            assertEquals(Signals.catalogue().size(), catalogue.size());
            JsonNode entry = null;
            for (JsonNode s : catalogue) {
                if (s.path("id").asText().equals("fundraising")) {
                    entry = s;
                }
            }
            assertEquals("Fundraising (replaced)", entry.path("name").asText(), catalogue.toString());
            assertEquals(catalogue.size(), Http.json(h.get("/v1/health")).path("signals").size());
        }
    }
}
