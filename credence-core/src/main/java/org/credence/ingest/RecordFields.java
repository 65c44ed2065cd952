package org.credence.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.credence.model.Metadata;

/**
 * Turns one JSON object, JSON line or flat row into an {@link InputRecord}, or says why it
 * cannot. {@link Inputs} reads files through it; engines that split the input themselves (Spark)
 * call it per record, so both yield the same items for the same records.
 */
public final class RecordFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordFields() {
    }

    /**
     * One line of a JSON-lines input, as {@link Inputs} reads it: a record, or a
     * {@code json.invalid} / {@code json.not-object} / {@code record.no-content} failure. Never
     * throws for bad content. Blank lines are the caller's to skip (inputs skip them).
     *
     * @param line       the line, without its terminator
     * @param lineNumber its 1-based number in its file, for the error message
     * @param mapping    which JSON fields hold the record fields
     * @param origin     where the line is ({@code path:line})
     */
    public static IngestItem fromJsonLine(String line, long lineNumber, FieldMapping mapping, String origin) {
        try {
            return fromJson(JSON.readTree(line), mapping, origin);
        } catch (JsonProcessingException e) {
            return new IngestItem.Failed(origin, "", "json.invalid",
                    "invalid JSON on line " + lineNumber + ": " + Inputs.firstLine(e));
        }
    }

    static IngestItem fromJson(JsonNode node, FieldMapping mapping, String origin) {
        if (node == null || !node.isObject()) {
            return new IngestItem.Failed(origin, "", "json.not-object",
                    "expected a JSON object with text or html, found " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return build(name -> jsonValue(node, mapping.namesFor(name)), origin);
    }

    /**
     * One flat row (a CSV row, a Parquet row) whose columns are read through {@code mapping}; a
     * missing, null or empty column counts as absent.
     */
    public static IngestItem fromRow(Map<String, String> row, FieldMapping mapping, String origin) {
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
