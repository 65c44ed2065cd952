package org.credence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.credence.Version;
import org.junit.jupiter.api.Test;

/** The OpenAPI document, served by a real server, describes exactly the routes it answers. */
class OpenApiTest {

    @Test
    void documentsEveryRouteAndNothingElse() {
        try (CredenceServer server = Http.server(Http.options())) {
            Http http = new Http(server);
            HttpResponse<String> r = http.get("/openapi.json");
            assertEquals(200, r.statusCode());
            JsonNode doc = Http.json(r);
            assertTrue(doc.path("openapi").asText().startsWith("3."), "OpenAPI 3: " + doc.path("openapi"));
            assertEquals(Version.get(), doc.path("info").path("version").asText());
            assertTrue(doc.path("info").path("title").isTextual());
            TreeSet<String> documented = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> p = paths.next();
                for (Iterator<String> methods = p.getValue().fieldNames(); methods.hasNext(); ) {
                    String m = methods.next();
                    JsonNode op = p.getValue().path(m);
                    assertTrue(op.path("responses").size() > 0, p.getKey() + " " + m + " has no responses");
                    documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
                }
            }
            TreeSet<String> served = new TreeSet<>();
            for (CredenceServer.Route route : CredenceServer.ROUTES) {
                served.add(route.method() + " " + route.path());
            }
            assertEquals(served, documented);
            for (CredenceServer.Route route : CredenceServer.ROUTES) {
                HttpRequest.Builder b = HttpRequest.newBuilder(http.base().resolve(route.path()));
                b = route.method().equals("POST") ? b.POST(HttpRequest.BodyPublishers.ofString("Text.")).header("Content-Type", "text/plain") : b.GET();
                HttpResponse<String> answer = http.send(b);
                assertNotEquals(404, answer.statusCode(), route.toString());
                assertNotEquals(405, answer.statusCode(), route.toString());
            }
            List<String> broken = new ArrayList<>();
            refs(doc, doc, broken);
            assertTrue(broken.isEmpty(), "unresolved $ref: " + broken);
        }
    }

    /** Every {@code $ref} of the document points at a node that exists. */
    private static void refs(JsonNode root, JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asText().startsWith("#/") || root.at(ref.asText().substring(1)).isMissingNode())) {
                broken.add(ref.asText());
            }
            node.elements().forEachRemaining(c -> refs(root, c, broken));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(c -> refs(root, c, broken));
        }
    }
}
