package org.credence.sources;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Outlet names as lookups see them: a lower-case host without {@code www.}, {@code m.} or
 * {@code amp.}, optionally followed by a path prefix. Pure functions, thread-safe.
 */
public final class Outlets {

    private Outlets() {
    }

    /** An outlet key: host and path prefix ({@code ""} for the whole host). */
    public record Key(String host, String path) {
        /** {@code host} or {@code host/path}, as shown to readers. */
        public String display() {
            return path.isEmpty() ? host : host + path;
        }
    }

    /**
     * The outlet of a URL or a domain-like string ({@code https://www.BBC.co.uk/news/x},
     * {@code bbc.co.uk}, {@code www.breitbart.com/politics}); {@code null} when it holds no host
     * (an outlet name such as "Reuters" or an empty string).
     */
    public static Key parse(String urlOrDomain) {
        if (urlOrDomain == null) {
            return null;
        }
        String s = urlOrDomain.strip();
        if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        if (!s.contains("://")) {
            s = "http://" + s;
        }
        String host;
        String path;
        try {
            URI uri = new URI(s);
            host = uri.getHost();
            path = uri.getRawPath() == null ? "" : uri.getRawPath();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        if (host == null || host.indexOf('.') < 0 || host.startsWith(".") || host.endsWith(".")) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("www.", "m.", "amp.", "mobile.")) {
            if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                host = host.substring(prefix.length());
            }
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new Key(host, path.toLowerCase(Locale.ROOT));
    }

    /**
     * The hosts to try for a host, most specific first: {@code news.example.co.uk},
     * {@code example.co.uk}, {@code co.uk} is never tried (at least two labels, and not a bare
     * two-letter second level such as {@code co.uk}).
     */
    static List<String> hostAndParents(String host) {
        List<String> out = new ArrayList<>();
        String h = host;
        while (true) {
            out.add(h);
            int dot = h.indexOf('.');
            String parent = h.substring(dot + 1);
            int parentDots = (int) parent.chars().filter(c -> c == '.').count();
            if (parentDots == 0) {
                break;
            }
            if (parentDots == 1 && parent.indexOf('.') <= 3 && parent.length() - parent.indexOf('.') - 1 <= 2) {
                break; // co.uk, com.au, org.uk: a public suffix, not an outlet
            }
            h = parent;
        }
        return out;
    }
}
