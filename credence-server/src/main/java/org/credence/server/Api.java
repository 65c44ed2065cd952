package org.credence.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.credence.Analysis;
import org.credence.Credence;
import org.credence.Version;
import org.credence.ingest.InputRecord;
import org.credence.pipeline.Stage;
import org.credence.report.HtmlReport;
import org.credence.report.JsonReport;
import org.credence.signals.SignalInfo;

/** The API's handlers; the routes are in {@link CredenceServer}. */
final class Api {

    static final String JSON_TYPE = "application/json; charset=utf-8";
    /** The standalone report's policy: its inline style only. */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerOptions options;
    private final Credence credence;
    private final AnalysisPool pool;
    private final ModelCatalogue models;
    private final Guard guard;
    private final Instant started = Instant.now();
    private final byte[] openApi;
    private final byte[] signals;

    Api(ServerOptions options, Credence credence, AnalysisPool pool, ModelCatalogue models, Guard guard) {
        this.options = options;
        this.credence = credence;
        this.pool = pool;
        this.models = models;
        this.guard = guard;
        this.openApi = bytes(openApiDocument());
        this.signals = bytes(signalsDocument(credence));
    }

    /** {@code POST /v1/analyze}: the JSON report, or the standalone HTML report with {@code ?format=html}. */
    void analyze(Context ctx) {
        String format = ctx.queryParam("format");
        boolean html = "html".equals(format);
        if (format != null && !html && !"json".equals(format)) {
            throw new ApiException(400, "format.unknown", "format must be json or html, not " + format);
        }
        byte[] body = Bodies.read(ctx.bodyInputStream(), ctx.req().getContentLengthLong(), options.maxBodyBytes());
        InputRecord record = Bodies.record(body, ctx.header("Content-Type"), ctx::queryParam);
        Analysis a = pool.analyze(record);
        if (a instanceof Analysis.Failed) {
            json(ctx, 422, JsonReport.line(a));
            return;
        }
        if (html) {
            ctx.header("Content-Security-Policy", REPORT_CSP);
            ctx.status(200).contentType("text/html; charset=utf-8").result(HtmlReport.render(a));
        } else {
            json(ctx, 200, JsonReport.line(a));
        }
    }

    /** {@code GET /v1/health}: version, load, limits, the pipeline's stages and the models with their provenance. */
    void health(Context ctx) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", "ok");
        o.put("credenceVersion", Version.get());
        o.put("schemaVersion", JsonReport.SCHEMA_VERSION);
        o.put("java", System.getProperty("java.version"));
        o.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
        ObjectNode load = o.putObject("load");
        load.put("running", pool.running());
        load.put("queued", pool.queued());
        load.put("workerThreads", pool.threads());
        load.put("timeouts", pool.timeouts());
        load.put("rejected", pool.rejected());
        ObjectNode limits = o.putObject("limits");
        limits.put("maxBodyBytes", options.maxBodyBytes());
        limits.put("timeoutMillis", options.timeout().toMillis());
        limits.put("workers", options.workers());
        limits.put("queue", options.queue());
        o.put("authRequired", guard.tokenRequired());
        o.put("cors", guard.corsEnabled());
        o.put("fetchesUrls", false);
        ArrayNode stages = o.putArray("stages");
        for (Stage s : credence.pipeline().stages()) {
            stages.add(s.name());
        }
        ArrayNode sig = o.putArray("signals");
        credence.signals().forEach(i -> sig.add(i.id()));
        ArrayNode m = o.putArray("models");
        models.models().forEach(m::add);
        json(ctx, 200, o.toString());
    }

    /** {@code GET /v1/signals}: the catalogue of the signals this server runs. */
    void signals(Context ctx) {
        ctx.status(200).contentType(JSON_TYPE).result(signals);
    }

    /** {@code GET /openapi.json}. */
    void openApi(Context ctx) {
        ctx.status(200).contentType(JSON_TYPE).result(openApi);
    }

    /** Writes an error as {@code {"status":"error","error":{"code":..,"message":..}}}. */
    static void error(Context ctx, ApiException e) {
        if (e.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
        }
        json(ctx, e.status(), errorBody(e.code(), e.getMessage()));
    }

    static String errorBody(String code, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", "error");
        ObjectNode err = o.putObject("error");
        err.put("code", code);
        err.put("message", message);
        return o.toString();
    }

    private static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType(JSON_TYPE).result(body);
    }

    private static ObjectNode signalsDocument(Credence credence) {
        ObjectNode o = JSON.createObjectNode();
        o.put("credenceVersion", Version.get());
        ArrayNode a = o.putArray("signals");
        for (SignalInfo i : credence.signals()) {
            a.add(JSON.valueToTree(i));
        }
        return o;
    }

    /** The hand-written OpenAPI document, with this build's version. */
    static ObjectNode openApiDocument() {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json resource missing");
            }
            JsonNode doc = JSON.readTree(in);
            ((ObjectNode) doc.path("info")).put("version", Version.get());
            return (ObjectNode) doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonNode n) {
        try {
            return JSON.writeValueAsBytes(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
