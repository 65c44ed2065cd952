package org.credence.model;

/**
 * One replacement in a text: the characters of {@code span} become {@code replacement}.
 * An insertion has an empty span; a deletion an empty replacement.
 */
public record TextEdit(Span span, String replacement) {

    public TextEdit {
        if (span == null || replacement == null) {
            throw new IllegalArgumentException("span and replacement are required");
        }
    }

    public static TextEdit replace(int start, int end, String replacement) {
        return new TextEdit(new Span(start, end), replacement);
    }
}
