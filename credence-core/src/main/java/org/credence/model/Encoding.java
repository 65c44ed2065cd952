package org.credence.model;

/**
 * How the input bytes were decoded.
 *
 * @param charset    the Java charset name used, e.g. {@code UTF-8}, {@code windows-1251}
 * @param method     how it was chosen: {@code bom}, {@code http}, {@code meta}, {@code utf-8},
 *                   {@code statistical}, {@code ascii}, or {@code text} when the input was
 *                   already characters
 * @param confidence how sure the choice is, in [0, 1]
 */
public record Encoding(String charset, String method, double confidence) {

    public static final Encoding ALREADY_TEXT = new Encoding("UTF-16", "text", 1.0);

    public Encoding {
        if (charset == null || method == null) {
            throw new IllegalArgumentException("charset and method are required");
        }
    }

    /**
     * For people: {@code "UTF-8 (meta, confidence 0.99)"}, or {@code "already text (no bytes
     * decoded)"} when the input came as characters (a JSON field, a library call).
     */
    public String describe() {
        if (method.equals(ALREADY_TEXT.method())) {
            return "already text (no bytes decoded)";
        }
        return String.format(java.util.Locale.ROOT, "%s (%s, confidence %.2f)", charset, method, confidence);
    }
}
