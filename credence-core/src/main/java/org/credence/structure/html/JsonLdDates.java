package org.credence.structure.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The publication date a page's JSON-LD gives its article: the {@code datePublished} of the first
 * node typed as an article (NewsArticle, Article, BlogPosting, Report …), looking through
 * {@code @graph} and arrays; else the first {@code datePublished} of any node. Stateless.
 */
final class JsonLdDates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE = Pattern.compile("(?i).*(article|blogposting|posting|report|review|opinion).*");
    private static final int MAX_NODES = 2000;

    private JsonLdDates() {
    }

    /** The date as written, or "" when the script is not JSON or names none. */
    static String articleDate(String script) {
        JsonNode root;
        try {
            root = JSON.readTree(script);
        } catch (IOException | RuntimeException e) {
            return "";
        }
        if (root == null) {
            return "";
        }
        String[] found = {"", ""}; // article's, any node's
        walk(root, found, new int[] {0});
        return found[0].isEmpty() ? found[1] : found[0];
    }

    private static void walk(JsonNode n, String[] found, int[] seen) {
        if (++seen[0] > MAX_NODES || !found[0].isEmpty()) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                walk(c, found, seen);
            }
            return;
        }
        if (!n.isObject()) {
            return;
        }
        JsonNode date = n.get("datePublished");
        if (date != null && date.isTextual()) {
            if (isArticle(n.get("@type"))) {
                found[0] = date.asText();
                return;
            }
            if (found[1].isEmpty()) {
                found[1] = date.asText();
            }
        }
        for (JsonNode c : n) {
            if (c.isContainerNode()) {
                walk(c, found, seen);
            }
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && ARTICLE.matcher(t.asText()).matches()) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE.matcher(type.asText()).matches();
    }
}
