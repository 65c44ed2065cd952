package org.credence.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into one named text.
 *
 * <p>{@code text.substring(start, end)} is the covered text. The constructor only checks that
 * the offsets are ordered and non-negative; {@link #checkedIn(CharSequence)} and
 * {@link #of(CharSequence, int, int)} also check them against the text they point into. Spans
 * never split a surrogate pair when made by Credence's stages.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Returns a span over {@code text}, checked to lie inside it. */
    public static Span of(CharSequence text, int start, int end) {
        return new Span(start, end).checkedIn(text);
    }

    /** Returns this span after checking that it lies inside {@code text}. */
    public Span checkedIn(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException(
                    "span [" + start + ", " + end + ") outside text of length " + text.length());
        }
        return this;
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** The text this span covers in {@code text}. */
    public String in(CharSequence text) {
        checkedIn(text);
        return text.subSequence(start, end).toString();
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
