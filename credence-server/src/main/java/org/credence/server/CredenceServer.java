package org.credence.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.credence.Credence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Credence server: the REST API and the page, on Javalin (Jetty).
 *
 * <pre>{@code
 * try (CredenceServer server = CredenceServer.start(ServerOptions.defaults(8080))) {
 *     server.awaitStop();
 * }
 * }</pre>
 *
 * <p>Routes ({@link #ROUTES}; documented in {@code /openapi.json}): {@code POST /v1/analyze},
 * {@code GET /v1/health}, {@code GET /v1/signals}, {@code GET /openapi.json} and the page at
 * {@code /}. Every error is JSON: {@code {"status":"error","error":{"code":..,"message":..}}}.
 * The pipeline is built once, before the server listens.
 */
public final class CredenceServer implements AutoCloseable {

    /** A route: HTTP method and path. */
    public record Route(String method, String path) {
    }

    /** Every route the server answers, page files aside ({@link Page#FILES} other than {@code /}). */
    public static final List<Route> ROUTES = List.of(
            new Route("POST", "/v1/analyze"),
            new Route("GET", "/v1/health"),
            new Route("GET", "/v1/signals"),
            new Route("GET", "/openapi.json"),
            new Route("GET", "/"));

    private static final Logger LOG = LoggerFactory.getLogger(CredenceServer.class);

    private final Javalin app;
    private final AnalysisPool pool;
    private final URI uri;

    private CredenceServer(Javalin app, AnalysisPool pool, String host) {
        this.app = app;
        this.pool = pool;
        String h = host.contains(":") ? "[" + host + "]" : host;
        this.uri = URI.create("http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + app.port());
    }

    /** Builds the standard pipeline (models load now), then starts listening. */
    public static CredenceServer start(ServerOptions options) {
        return start(options, Credence.standard());
    }

    /**
     * Starts a server over the given analyser.
     *
     * @throws IllegalStateException when the port cannot be bound
     */
    public static CredenceServer start(ServerOptions options, Credence credence) {
        AnalysisPool pool = new AnalysisPool(credence, options.workers(), options.queue(), options.timeout());
        Set<String> publicPaths = new LinkedHashSet<>(Page.FILES.keySet());
        publicPaths.add("/v1/health");
        Guard guard = new Guard(options.token(), options.corsOrigins(), publicPaths);
        Api api = new Api(options, credence, pool, ModelCatalogue.shipped(), guard);
        Page page = new Page();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.routes.before(guard::before);
            config.routes.post("/v1/analyze", api::analyze);
            config.routes.get("/v1/health", api::health);
            config.routes.get("/v1/signals", api::signals);
            config.routes.get("/openapi.json", api::openApi);
            for (String p : Page.FILES.keySet()) {
                config.routes.get(p, page::serve);
            }
            if (guard.corsEnabled()) {
                for (Route r : ROUTES) {
                    if (r.path().startsWith("/v1/") || r.path().equals("/openapi.json")) {
                        config.routes.options(r.path(), guard::preflight);
                    }
                }
            }
            config.routes.exception(ApiException.class, (e, ctx) -> Api.error(ctx, e));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    Api.error(ctx, new ApiException(e.getStatus(), "http." + e.getStatus(), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("internal error on {} {}", ctx.method(), ctx.path(), e);
                Api.error(ctx, new ApiException(500, "internal", "internal error: " + e.getClass().getSimpleName()));
            });
            config.routes.error(404, ctx -> Api.error(ctx, new ApiException(404, "not-found",
                    "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /openapi.json)")));
            config.routes.error(405, ctx -> Api.error(ctx, new ApiException(405, "method-not-allowed",
                    ctx.method() + " is not allowed on " + ctx.path())));
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            pool.close();
            throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
        }
        return new CredenceServer(app, pool, options.host());
    }

    /** The port listened on (the free one picked when 0 was asked). */
    public int port() {
        return app.port();
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return uri;
    }

    /** Blocks until the server stops (another thread closes it, or the JVM shuts down). */
    public void awaitStop() throws InterruptedException {
        app.jettyServer().server().join();
    }

    /** Stops listening and the workers; safe to call from an interrupted thread (the flag is kept). */
    @Override
    public void close() {
        boolean interrupted = Thread.interrupted();
        try {
            app.stop();
        } finally {
            pool.close();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Threads of the analysis pool, alive now (for tests: never more than the workers). */
    int analysisThreads() {
        return pool.threads();
    }
}
