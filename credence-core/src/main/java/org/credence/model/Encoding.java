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
}
