package org.credence.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.credence.Analysis;
import org.credence.Version;
import org.credence.internal.Texts;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.model.Metadata;
import org.credence.model.Problem;
import org.credence.model.Repair;
import org.credence.model.Span;

/**
 * The JSON report: one object per analysis, its fields documented in {@code docs/REPORT.md}.
 * Every span is a pair of UTF-16 offsets {@code start}, {@code end} into the report's
 * {@code text}; {@code sourceStart}, {@code sourceEnd} point into the decoded input.
 * Thread-safe.
 */
public final class JsonReport {

    /** Version of the report's layout; bumped on any change a reader could notice. */
    public static final String SCHEMA_VERSION = "1.2";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(Analysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("credenceVersion", Version.get());
        if (analysis instanceof Analysis.Failed f) {
            root.put("status", "error");
            root.put("id", f.id());
            root.put("origin", f.origin());
            ObjectNode err = root.putObject("error");
            err.put("code", f.code());
            err.put("message", f.message());
            return root;
        }
        Document doc = ((Analysis.Ok) analysis).document();
        boolean failed = doc.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        root.put("status", failed ? "partial" : "ok");
        Metadata m = doc.metadata();
        root.put("id", m.id());
        root.put("origin", m.origin());
        ObjectNode meta = root.putObject("metadata");
        meta.put("url", m.url());
        meta.put("source", m.source());
        meta.put("title", m.title());
        meta.put("author", m.author());
        meta.put("published", m.published());
        meta.put("label", m.label());
        root.put("format", doc.format().key());
        ObjectNode enc = root.putObject("encoding");
        enc.put("charset", doc.encoding().charset());
        enc.put("method", doc.encoding().method());
        enc.put("confidence", round(doc.encoding().confidence()));
        ObjectNode fields = root.putObject("fields");
        fields.put("headline", doc.fields().headline());
        fields.put("dek", doc.fields().dek());
        fields.put("byline", doc.fields().byline());
        fields.put("dateline", doc.fields().dateline());
        fields.put("published", doc.fields().published());
        root.put("text", doc.text());
        ArrayNode blocks = root.putArray("blocks");
        Map<BlockType, Integer> counts = new EnumMap<>(BlockType.class);
        for (Block b : doc.blocks()) {
            ObjectNode o = blocks.addObject();
            o.put("type", b.type().key());
            o.put("article", b.type().isArticle());
            span(o, b.span(), doc);
            o.put("confidence", round(b.confidence()));
            o.put("reason", b.reason());
            o.put("text", doc.textOf(b.span()));
            counts.merge(b.type(), 1, Integer::sum);
        }
        ArrayNode repairs = root.putArray("repairs");
        for (Repair r : doc.repairs()) {
            ObjectNode o = repairs.addObject();
            o.put("kind", r.kind().key());
            o.put("start", r.span().start());
            o.put("end", r.span().end());
            o.put("sourceStart", r.originalSpan().start());
            o.put("sourceEnd", r.originalSpan().end());
            o.put("from", r.from());
            o.put("to", r.to());
            if (!r.decodedAs().isEmpty()) {
                o.put("decodedAs", r.decodedAs());
                o.put("encodedAs", r.encodedAs());
            }
            o.put("confidence", round(r.confidence()));
        }
        ArrayNode problems = root.putArray("problems");
        for (Problem p : doc.problems()) {
            ObjectNode o = problems.addObject();
            o.put("code", p.code());
            o.put("severity", p.severity().key());
            o.put("message", p.message());
            if (p.span() != null) {
                o.put("start", p.span().start());
                o.put("end", p.span().end());
            }
        }
        LanguageJson.write(root.putObject("language"), doc);
        SignalsJson.write(root.putArray("signals"), doc);
        ScoresJson.writeScores(root.putArray("scores"), doc);
        ScoresJson.writeSourceRatings(root.putArray("sourceRatings"), doc);
        ObjectNode stats = root.putObject("stats");
        stats.put("characters", doc.text().length());
        stats.put("words", words(doc.text()));
        stats.put("sentences", doc.language().sentences().size());
        ObjectNode bc = stats.putObject("blocks");
        counts.forEach((t, n) -> bc.put(t.key(), n));
        ArrayNode layers = root.putArray("layers");
        for (Layer l : doc.layers()) {
            layers.add(l.name().toLowerCase(java.util.Locale.ROOT));
        }
        return root;
    }

    /** The report as one line of JSON (for JSON lines output). */
    public static String line(Analysis analysis) {
        try {
            return MAPPER.writeValueAsString(tree(analysis));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as indented JSON. */
    public static String pretty(Analysis analysis) {
        try {
            return MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree(analysis));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void span(ObjectNode o, Span s, Document doc) {
        o.put("start", s.start());
        o.put("end", s.end());
        Span src = doc.toSource().toOriginal(s);
        o.put("sourceStart", src.start());
        o.put("sourceEnd", src.end());
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    static int words(String s) {
        return Texts.words(s);
    }
}
