package org.credence.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.credence.model.Metadata;

/** Turns one JSON object or CSV row into an {@link InputRecord}, or says why it cannot. */
final class RecordFields {

    private RecordFields() {
    }

    static IngestItem fromJson(JsonNode node, FieldMapping mapping, String origin) {
        if (node == null || !node.isObject()) {
            return new IngestItem.Failed(origin, "", "json.not-object",
                    "expected a JSON object with text or html, found " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return build(name -> jsonValue(node, mapping.namesFor(name)), origin);
    }

    static IngestItem fromRow(Map<String, String> row, FieldMapping mapping, String origin) {
        return build(name -> {
            for (String n : mapping.namesFor(name)) {
                String v = row.get(n);
                if (v != null && !v.isEmpty()) {
                    return v;
                }
            }
            return "";
        }, origin);
    }

    private static IngestItem build(Function<String, String> get, String origin) {
        String text = get.apply("text");
        String html = get.apply("html");
        Metadata meta = new Metadata(get.apply("id"), get.apply("url"), get.apply("source"),
                get.apply("title"), get.apply("author"), get.apply("published"), get.apply("label"), origin);
        if (text.isBlank() && html.isBlank()) {
            return new IngestItem.Failed(origin, meta.id(), "record.no-content",
                    "record has neither text nor html (or both are empty)");
        }
        return new IngestItem.Ok(html.isBlank() ? InputRecord.text(meta, text) : InputRecord.html(meta, html));
    }

    private static String jsonValue(JsonNode node, List<String> names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
                return String.join(", ", parts);
            }
            String s = v.isValueNode() ? v.asText() : v.toString();
            if (!s.isEmpty()) {
                return s;
            }
        }
        return "";
    }
}
