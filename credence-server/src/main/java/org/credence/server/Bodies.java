package org.credence.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.credence.ingest.FieldMapping;
import org.credence.ingest.IngestItem;
import org.credence.ingest.InputRecord;
import org.credence.ingest.Inputs;
import org.credence.model.Metadata;

/**
 * Turns the body of {@code POST /v1/analyze} into one {@link InputRecord}, by its
 * {@code Content-Type}: {@code text/plain} (an article), {@code text/html} or
 * {@code application/xhtml+xml} (a page), {@code application/json} (one record with the fields
 * {@code id, url, source, title, author, published, text | html, label}), or none /
 * {@code application/octet-stream} (sniffed: JSON, HTML or text). A {@code charset} parameter
 * is a declared charset; otherwise the bytes are decoded from what they say. For text and HTML,
 * the query parameters {@code id, url, source, title, author, published} fill the metadata. A
 * URL is never fetched.
 */
final class Bodies {

    /** Query parameters read as metadata for text and HTML bodies. */
    static final List<String> META_PARAMS = List.of("id", "url", "source", "title", "author", "published");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bodies() {
    }

    /**
     * Reads at most {@code max} bytes of a body.
     *
     * @param declaredLength the {@code Content-Length}, or -1 when unknown (chunked)
     * @throws ApiException 413 {@code body.too-large} past the limit (before reading, when the
     *         declared length says so), 400 {@code body.unreadable} when the stream breaks
     */
    static byte[] read(InputStream in, long declaredLength, long max) {
        if (declaredLength > max) {
            throw tooLarge(max);
        }
        try {
            byte[] data = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            if (data.length > max) {
                throw tooLarge(max);
            }
            return data;
        } catch (IOException e) {
            throw new ApiException(400, "body.unreadable", "cannot read the request body: " + e.getMessage());
        }
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(413, "body.too-large", "the request body is larger than the limit of " + max + " bytes");
    }

    /**
     * The record a body holds.
     *
     * @param contentType the {@code Content-Type} header, or null
     * @param params      query parameter by name (first value), for metadata
     * @throws ApiException 400 for an empty body, invalid JSON, a JSON value that is not one
     *         record; 415 for another media type
     */
    static InputRecord record(byte[] body, String contentType, Function<String, String> params) {
        if (body.length == 0) {
            throw new ApiException(400, "body.empty", "the request body is empty: send the article as text, HTML or a JSON record");
        }
        String type = "";
        String charset = "";
        if (contentType != null) {
            String[] parts = contentType.split(";");
            type = parts[0].strip().toLowerCase(Locale.ROOT);
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    charset = p.substring(8).strip().replace("\"", "");
                }
            }
        }
        return switch (type) {
            case "text/plain" -> bytes(body, charset, false, params);
            case "text/html", "application/xhtml+xml" -> bytes(body, charset, true, params);
            case "application/json" -> json(body);
            case "", "application/octet-stream" -> sniffed(body, params);
            default -> throw new ApiException(415, "media-type.unsupported", "Content-Type " + type
                    + " is not supported: use text/plain, text/html or application/json");
        };
    }

    private static InputRecord bytes(byte[] body, String charset, boolean html, Function<String, String> params) {
        return new InputRecord(metadata(params), new InputRecord.Bytes(body, charset, html));
    }

    private static Metadata metadata(Function<String, String> params) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String p : META_PARAMS) {
            String v = params.apply(p);
            m.put(p, v == null ? "" : v);
        }
        return new Metadata(m.get("id"), m.get("url"), m.get("source"), m.get("title"), m.get("author"),
                m.get("published"), "", "request");
    }

    private static InputRecord json(byte[] body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            int nl = msg.indexOf('\n');
            throw new ApiException(400, "json.invalid", "invalid JSON: " + (nl > 0 ? msg.substring(0, nl) : msg));
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(400, "json.not-object", "expected one JSON object (a record with text or html), found "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        return one(body);
    }

    private static InputRecord sniffed(byte[] body, Function<String, String> params) {
        InputRecord r = one(body);
        // a JSON record carries its own metadata; for sniffed text or HTML it is the query's
        return r.content() instanceof InputRecord.Chars ? r : new InputRecord(metadata(params), r.content());
    }

    /** Reads the body as standard input is read (format sniffed) and expects exactly one record. */
    private static InputRecord one(byte[] body) {
        Inputs inputs = new Inputs(FieldMapping.defaults(), s -> { }, new ByteArrayInputStream(body));
        List<IngestItem> items;
        try (Stream<IngestItem> s = inputs.read(List.of("-"))) {
            items = s.limit(2).toList();
        }
        if (items.size() != 1) {
            throw new ApiException(400, "json.not-one-record", "send one record per request; this body holds several");
        }
        IngestItem item = items.get(0);
        if (item instanceof IngestItem.Failed f) {
            throw new ApiException(400, f.code(), f.message());
        }
        InputRecord r = ((IngestItem.Ok) item).record();
        Metadata m = r.metadata();
        return new InputRecord(new Metadata(m.id().equals("stdin") ? "" : m.id(), m.url(), m.source(), m.title(),
                m.author(), m.published(), m.label(), "request"), r.content());
    }
}
