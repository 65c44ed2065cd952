package org.credence.server;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How a {@link CredenceServer} listens and what it allows.
 *
 * @param host          address to bind, e.g. {@code 127.0.0.1} (loopback only) or {@code 0.0.0.0}
 * @param port          TCP port; 0 picks a free one
 * @param maxBodyBytes  largest request body accepted; a larger one gets 413
 * @param timeout       time limit of one analysis, queue wait included; past it the analysis is
 *                      cancelled and the request gets 503
 * @param workers       analyses that run at once
 * @param queue         requests that may wait for a worker; beyond them a request gets 503 with
 *                      {@code Retry-After}
 * @param token         bearer token required on every endpoint but health and the page's files,
 *                      or {@code null} for none
 * @param corsOrigins   origins allowed to call the API from another site's pages (exact
 *                      {@code scheme://host[:port]}); empty: CORS off
 */
public record ServerOptions(String host, int port, long maxBodyBytes, Duration timeout, int workers, int queue,
                            String token, List<String> corsOrigins) {

    /** Default body limit: 10 MiB. */
    public static final long DEFAULT_MAX_BODY = 10L << 20;
    /** Default time limit of one analysis. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Default queue length. */
    public static final int DEFAULT_QUEUE = 32;

    /**
     * @throws IllegalArgumentException naming the parameter and its value when one is out of range
     */
    public ServerOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535: " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative: " + queue);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank (leave it out for no authentication)");
        }
        corsOrigins = List.copyOf(corsOrigins == null ? List.of() : corsOrigins);
        for (String o : corsOrigins) {
            checkOrigin(o);
        }
    }

    /** Loopback on {@code port}, default limits, no token, CORS off; as many workers as cores. */
    public static ServerOptions defaults(int port) {
        return new ServerOptions("127.0.0.1", port, DEFAULT_MAX_BODY, DEFAULT_TIMEOUT,
                Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE, null, List.of());
    }

    public ServerOptions withHost(String h) {
        return new ServerOptions(h, port, maxBodyBytes, timeout, workers, queue, token, corsOrigins);
    }

    public ServerOptions withMaxBodyBytes(long n) {
        return new ServerOptions(host, port, n, timeout, workers, queue, token, corsOrigins);
    }

    public ServerOptions withTimeout(Duration t) {
        return new ServerOptions(host, port, maxBodyBytes, t, workers, queue, token, corsOrigins);
    }

    public ServerOptions withConcurrency(int w, int q) {
        return new ServerOptions(host, port, maxBodyBytes, timeout, w, q, token, corsOrigins);
    }

    public ServerOptions withToken(String t) {
        return new ServerOptions(host, port, maxBodyBytes, timeout, workers, queue, t, corsOrigins);
    }

    public ServerOptions withCorsOrigins(List<String> origins) {
        return new ServerOptions(host, port, maxBodyBytes, timeout, workers, queue, token, origins);
    }

    /** An origin is {@code http(s)://host[:port]} with nothing after it. */
    private static void checkOrigin(String o) {
        String why = null;
        try {
            URI u = new URI(o);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                why = "scheme must be http or https";
            } else if (u.getHost() == null || u.getRawPath() != null && !u.getRawPath().isEmpty()
                    || u.getRawQuery() != null || u.getRawFragment() != null || u.getRawUserInfo() != null) {
                why = "an origin is scheme://host[:port], with no path";
            }
        } catch (java.net.URISyntaxException e) {
            why = e.getMessage();
        }
        if (why != null) {
            throw new IllegalArgumentException("bad CORS origin '" + o + "': " + why);
        }
    }
}
