package org.credence.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which field of a JSON or CSV record holds each of Credence's record fields. By default each
 * field is read under its own name, with common alternatives ({@code body}, {@code content} for
 * text; {@code date} for published; {@code headline} for title; ...).
 */
public final class FieldMapping {

    /** Credence's record fields. */
    public static final List<String> FIELDS =
            List.of("id", "url", "source", "title", "author", "published", "text", "html", "label");

    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "id", List.of("id", "_id", "uuid", "article_id"),
            "url", List.of("url", "link", "uri"),
            "source", List.of("source", "site", "domain", "outlet", "publisher", "portal"),
            "title", List.of("title", "headline"),
            "author", List.of("author", "authors", "byline"),
            "published", List.of("published", "date", "publish_date", "published_at", "datePublished"),
            "text", List.of("text", "body", "content", "article", "maintext", "articleBody"),
            "html", List.of("html", "raw_html", "page"),
            "label", List.of("label", "class", "type"));

    private final Map<String, List<String>> names;

    private FieldMapping(Map<String, List<String>> names) {
        this.names = names;
    }

    public static FieldMapping defaults() {
        return new FieldMapping(DEFAULTS);
    }

    /**
     * Defaults overridden by {@code overrides} (our field name to the input's field name).
     *
     * @throws IllegalArgumentException naming an unknown field
     */
    public static FieldMapping of(Map<String, String> overrides) {
        Map<String, List<String>> m = new LinkedHashMap<>(DEFAULTS);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (!FIELDS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown record field '" + e.getKey()
                        + "' in field mapping; known fields: " + String.join(", ", FIELDS));
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new IllegalArgumentException("field mapping for '" + e.getKey() + "' is empty");
            }
            m.put(e.getKey(), List.of(e.getValue()));
        }
        return new FieldMapping(m);
    }

    /** The input field names tried, in order, for one of our fields. */
    public List<String> namesFor(String field) {
        List<String> n = names.get(field);
        if (n == null) {
            throw new IllegalArgumentException("unknown record field '" + field + "'");
        }
        return n;
    }
}
