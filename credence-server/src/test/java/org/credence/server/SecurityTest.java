package org.credence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bearer token, CORS, security headers and option checks, against a real server. */
class SecurityTest {

    private static final String TOKEN = "s3cret-token-for-tests";

    @Test
    void tokenIsRequiredEverywhereButHealthAndThePage() {
        try (CredenceServer server = Http.server(Http.options().withToken(TOKEN))) {
            Http http = new Http(server);
            assertEquals(200, http.get("/v1/health").statusCode());
            assertTrue(Http.json(http.get("/v1/health")).path("authRequired").asBoolean());
            for (String page : Page.FILES.keySet()) {
                assertEquals(200, http.get(page).statusCode(), page);
            }
            for (String path : List.of("/v1/signals", "/openapi.json", "/v1/nothing")) {
                HttpResponse<String> r = http.get(path);
                assertEquals(401, r.statusCode(), path);
                assertEquals("auth.required", Http.errorCode(r));
                assertEquals("Bearer realm=\"credence\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
            }
            HttpResponse<String> none = http.post("/v1/analyze", "Some text.", "text/plain");
            assertEquals(401, none.statusCode());
            for (String bad : List.of("Bearer wrong", "Bearer " + TOKEN + "x", "Basic " + TOKEN, TOKEN, "Bearer")) {
                HttpResponse<String> r = http.post("/v1/analyze", "Some text.", "text/plain", "Authorization", bad);
                assertEquals(401, r.statusCode(), bad);
                assertEquals("auth.invalid", Http.errorCode(r), bad);
            }
            assertEquals(200, http.post("/v1/analyze", "Some text.", "text/plain", "Authorization", "Bearer " + TOKEN).statusCode());
            assertEquals(200, http.post("/v1/analyze", "Some text.", "text/plain", "Authorization", "bearer  " + TOKEN).statusCode());
            assertEquals(200, http.get("/v1/signals", "Authorization", "Bearer " + TOKEN).statusCode());
            assertEquals(200, http.get("/openapi.json", "Authorization", "Bearer " + TOKEN).statusCode());
        }
    }

    @Test
    void corsIsOffByDefault() {
        try (CredenceServer server = Http.server(Http.options())) {
            Http http = new Http(server);
            HttpResponse<String> r = http.get("/v1/signals", "Origin", "https://elsewhere.example");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpResponse<String> pre = preflight(http, "https://elsewhere.example");
            assertTrue(pre.statusCode() >= 400, "preflight answered " + pre.statusCode());
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            assertFalse(Http.json(http.get("/v1/health")).path("cors").asBoolean(true));
        }
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        String ok = "https://newsroom.example";
        try (CredenceServer server = Http.server(Http.options().withCorsOrigins(List.of(ok)).withToken(TOKEN))) {
            Http http = new Http(server);
            HttpResponse<String> pre = preflight(http, ok);
            assertEquals(204, pre.statusCode(), pre.body());
            assertEquals(ok, pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
            HttpResponse<String> other = preflight(http, "https://evil.example");
            assertEquals(403, other.statusCode());
            assertEquals("cors.origin-not-allowed", Http.errorCode(other));
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpResponse<String> post = http.post("/v1/analyze", "Some text.", "text/plain", "Origin", ok, "Authorization", "Bearer " + TOKEN);
            assertEquals(200, post.statusCode());
            assertEquals(ok, post.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            HttpResponse<String> evil = http.get("/v1/health", "Origin", "https://evil.example");
            assertTrue(evil.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    private static HttpResponse<String> preflight(Http http, String origin) {
        return http.send(HttpRequest.newBuilder(http.base().resolve("/v1/analyze"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type"));
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        try (CredenceServer server = Http.server(Http.options())) {
            Http http = new Http(server);
            HttpResponse<String> api = http.get("/v1/health");
            assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(Guard.API_CSP, api.headers().firstValue("Content-Security-Policy").orElse(""));
            HttpResponse<String> page = http.get("/");
            assertEquals(Page.CSP, page.headers().firstValue("Content-Security-Policy").orElse(""));
            assertTrue(Page.CSP.startsWith("default-src 'self'"));
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
            HttpResponse<String> missing = http.get("/nothing");
            assertEquals(404, missing.statusCode());
            assertEquals("nosniff", missing.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    void badOptionsNameTheParameter() {
        ServerOptions d = ServerOptions.defaults(0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults(70000)).getMessage().contains("port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withMaxBodyBytes(0)).getMessage().contains("maxBodyBytes"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withTimeout(Duration.ZERO)).getMessage().contains("timeout"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withConcurrency(0, 1)).getMessage().contains("workers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withConcurrency(1, -1)).getMessage().contains("queue"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withToken("  ")).getMessage().contains("token"));
        for (String bad : List.of("*", "newsroom.example", "https://newsroom.example/", "ftp://x.example", "https://a.example/path")) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withCorsOrigins(List.of(bad))).getMessage().contains(bad), bad);
        }
        d.withCorsOrigins(List.of("https://newsroom.example", "http://localhost:3000"));
    }
}
