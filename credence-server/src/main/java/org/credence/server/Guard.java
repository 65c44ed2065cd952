package org.credence.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every request passes first: security headers, CORS (off unless origins are configured)
 * and the bearer token (when one is configured) on every path except the public ones: health
 * and the page's own files, which hold no data (the page asks for the token and sends it with
 * its API calls). Paths are public only by exact match; everything else needs the token.
 */
final class Guard {

    /** API responses: nothing may load, nothing may frame them. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final byte[] tokenDigest;
    private final List<String> origins;
    private final Set<String> publicPaths;

    /**
     * @param token       the bearer token, or null for none
     * @param origins     origins allowed by CORS (empty: CORS off)
     * @param publicPaths paths served without the token
     */
    Guard(String token, List<String> origins, Set<String> publicPaths) {
        this.tokenDigest = token == null ? null : sha256(token);
        this.origins = List.copyOf(origins);
        this.publicPaths = Set.copyOf(publicPaths);
    }

    /** Runs before every handler. */
    void before(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Content-Security-Policy", API_CSP);
        ctx.header("Cache-Control", "no-store");
        String origin = ctx.header("Origin");
        if (origin != null && allowed(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Expose-Headers", "Retry-After");
        }
        if (!origins.isEmpty()) {
            ctx.header("Vary", "Origin");
        }
        if (ctx.method() == HandlerType.OPTIONS || tokenDigest == null || publicPaths.contains(ctx.path())) {
            return;
        }
        String auth = ctx.header("Authorization");
        if (auth == null || auth.isBlank()) {
            throw unauthorized(ctx, "auth.required", "this endpoint needs a bearer token: send Authorization: Bearer <token>");
        }
        String[] parts = auth.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")
                || !MessageDigest.isEqual(sha256(parts[1].strip()), tokenDigest)) {
            throw unauthorized(ctx, "auth.invalid", "the bearer token is wrong");
        }
    }

    /** Answers a CORS preflight: 204 with what may be sent when the origin is allowed, 403 otherwise. */
    void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !allowed(origin)) {
            throw new ApiException(403, "cors.origin-not-allowed", "origin " + (origin == null ? "(none)" : origin)
                    + " may not call this API; the operator allows origins with --cors-origin");
        }
        ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
    }

    boolean corsEnabled() {
        return !origins.isEmpty();
    }

    boolean tokenRequired() {
        return tokenDigest != null;
    }

    private boolean allowed(String origin) {
        return origins.contains(origin);
    }

    private static ApiException unauthorized(Context ctx, String code, String message) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"credence\"");
        return new ApiException(401, code, message);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
