package org.credence.model;

/**
 * A piece of text a signal points at to justify itself.
 *
 * @param span    where, in {@link Document#text()}
 * @param excerpt the covered text, exactly {@code span.in(document.text())}; the document
 *                checks this when the signal is added, so an excerpt can always be found again
 * @param note    what this piece shows, in plain words (may be empty)
 */
public record Evidence(Span span, String excerpt, String note) {

    public Evidence {
        if (span == null || excerpt == null || note == null) {
            throw new IllegalArgumentException("span, excerpt and note are required");
        }
        if (excerpt.length() != span.length()) {
            throw new IllegalArgumentException("excerpt length " + excerpt.length()
                    + " does not match span " + span);
        }
    }

    /** Evidence over {@code span} of {@code text}, its excerpt taken from the text. */
    public static Evidence of(CharSequence text, Span span, String note) {
        return new Evidence(span, span.in(text), note);
    }

    /** Throws unless the excerpt is exactly what the span covers in {@code text}. */
    public Evidence checkedIn(CharSequence text) {
        if (!span.in(text).equals(excerpt)) {
            throw new IllegalArgumentException("evidence excerpt \"" + excerpt
                    + "\" is not the text at " + span);
        }
        return this;
    }
}
