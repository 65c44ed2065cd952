package org.credence.model;

/**
 * A run of the text that is not in English (a Cyrillic caption, a German quote). English models
 * leave it out; reports show it.
 *
 * @param span     where it is in {@link Document#text()}
 * @param script   the Unicode script of most of its letters, lower case ({@code cyrillic},
 *                 {@code latin}, {@code han}, ...)
 * @param reason   why it was judged foreign, in plain words
 */
public record ForeignRun(Span span, String script, String reason) {

    public ForeignRun {
        if (span == null || script == null) {
            throw new IllegalArgumentException("span and script are required");
        }
        reason = reason == null ? "" : reason;
    }
}
