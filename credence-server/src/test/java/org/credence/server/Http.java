package org.credence.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.credence.Credence;

/** Test helper: a real server on a free port, and an HTTP client that talks to it. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static Credence standard;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Http(CredenceServer server) {
        this.base = server.uri();
    }

    /** The standard pipeline, built once for all test classes of this JVM. */
    static synchronized Credence standard() {
        if (standard == null) {
            standard = Credence.standard();
        }
        return standard;
    }

    /** A server over the standard pipeline, on a free loopback port. */
    static CredenceServer server(ServerOptions options) {
        return CredenceServer.start(options, standard());
    }

    static ServerOptions options() {
        return ServerOptions.defaults(0);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
    }

    HttpResponse<String> post(String path, String body, String contentType, String... headers) {
        return post(path, body.getBytes(StandardCharsets.UTF_8), contentType, headers);
    }

    HttpResponse<String> post(String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b, headers);
    }

    HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient client() {
        return client;
    }

    URI base() {
        return base;
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (HTTP " + r.statusCode() + "): " + r.body(), e);
        }
    }

    /** The error code of a JSON error response, checking its shape. */
    static String errorCode(HttpResponse<String> r) {
        JsonNode n = json(r);
        if (!"error".equals(n.path("status").asText()) || !n.path("error").path("code").isTextual()
                || !n.path("error").path("message").isTextual()) {
            throw new AssertionError("not an error body: " + r.body());
        }
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new AssertionError("error is not JSON: " + r.headers().map());
        }
        return n.path("error").path("code").asText();
    }

    static String resource(String name) {
        try (InputStream in = Http.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
