package org.credence.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page for fact-checkers: static files read once from this module's resources
 * ({@code org/credence/server/page/}) and served with a content security policy that lets the
 * page load and call nothing but this server.
 */
final class Page {

    /** The page's policy: its own files and API only; no inline script, no plug-ins, no framing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Path served → resource file and media type. */
    static final Map<String, String[]> FILES = files();

    private final Map<String, byte[]> bodies = new LinkedHashMap<>();

    Page() {
        FILES.forEach((path, f) -> bodies.put(path, load(f[0])));
    }

    private static Map<String, String[]> files() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("/", new String[] {"index.html", "text/html; charset=utf-8"});
        m.put("/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"});
        m.put("/app.css", new String[] {"app.css", "text/css; charset=utf-8"});
        m.put("/favicon.svg", new String[] {"favicon.svg", "image/svg+xml"});
        return java.util.Collections.unmodifiableMap(m);
    }

    void serve(Context ctx) {
        String[] f = FILES.get(ctx.path());
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(f[1]);
        ctx.result(bodies.get(ctx.path()));
    }

    private static byte[] load(String name) {
        try (InputStream in = Page.class.getResourceAsStream("page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("page resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
