package org.credence.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies a list of {@link TextEdit}s to a text and records the offset map back to it. */
public final class TextEdits {

    private TextEdits() {
    }

    /** A text after edits, with the map from it back to the text before them. */
    public record Result(String text, OffsetMap map) {
    }

    /**
     * Applies non-overlapping edits (any order) to {@code text}.
     *
     * @throws IllegalArgumentException if two edits overlap or one lies outside the text
     */
    public static Result apply(String text, List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return new Result(text, OffsetMap.identity(text.length()));
        }
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing(TextEdit::span));
        StringBuilder out = new StringBuilder(text.length());
        OffsetMap.Builder map = new OffsetMap.Builder();
        int pos = 0;
        for (TextEdit e : sorted) {
            Span s = e.span().checkedIn(text);
            if (s.start() < pos) {
                throw new IllegalArgumentException("overlapping edits at " + s);
            }
            out.append(text, pos, s.start());
            map.copy(s.start() - pos);
            out.append(e.replacement());
            map.replace(s.length(), e.replacement().length());
            pos = s.end();
        }
        out.append(text, pos, text.length());
        map.copy(text.length() - pos);
        return new Result(out.toString(), map.build());
    }
}
