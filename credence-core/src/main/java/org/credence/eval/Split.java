package org.credence.eval;

import java.net.URI;
import java.util.Locale;

/**
 * The fixed dev/test split of a benchmark's pages. Rule: take the page URL's host, lower-cased,
 * without a leading {@code www.}; the page is DEV when {@code host.hashCode()} (Java's
 * specified String hash) is even, TEST when odd. All pages of a domain fall on the same side.
 * Tune only on DEV; report TEST as held out.
 */
public enum Split {
    DEV, TEST, ALL;

    /** The side (DEV or TEST) of a page URL; pages without a host go to TEST. */
    public static Split of(String url) {
        String host = host(url);
        if (host.isEmpty()) {
            return TEST;
        }
        return Math.floorMod(host.hashCode(), 2) == 0 ? DEV : TEST;
    }

    /** True when a page with this URL belongs to this split. */
    public boolean includes(String url) {
        return this == ALL || of(url) == this;
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            String h = URI.create(url.trim().replace(" ", "%20")).getHost();
            if (h == null) {
                return "";
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
