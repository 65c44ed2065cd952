package org.credence.model;

import java.util.Arrays;

/**
 * Maps offsets in a derived text (repaired, normalised or extracted) back to the text it came
 * from, and forward again.
 *
 * <p>The derived text is a sequence of segments, each either copied unchanged from the original
 * (offsets map one to one) or replaced (a run of original characters became a run of derived
 * characters, possibly of another length; an insertion or a deletion is a replacement with one
 * side empty). A span that starts or ends inside a replaced segment widens to the whole
 * segment: {@link #toOriginal(Span)} never cuts a repair in half.
 *
 * <p>Instances are immutable. Maps chain with {@link #andThen(OffsetMap)}: if {@code a} maps
 * text C to B and {@code b} maps B to A, {@code a.andThen(b)} maps C to A.
 */
public sealed interface OffsetMap permits OffsetMap.Segments, OffsetMap.Chain {

    /** Length of the derived text. */
    int derivedLength();

    /** Length of the original text. */
    int originalLength();

    /** Maps an offset used as a span start (rounds down inside a replaced segment). */
    int toOriginalStart(int derived);

    /** Maps an offset used as a span end (rounds up inside a replaced segment). */
    int toOriginalEnd(int derived);

    /** Maps an original offset used as a span start into the derived text. */
    int toDerivedStart(int original);

    /** Maps an original offset used as a span end into the derived text. */
    int toDerivedEnd(int original);

    default Span toOriginal(Span derived) {
        int s = toOriginalStart(derived.start());
        int e = toOriginalEnd(derived.end());
        return new Span(s, Math.max(s, e));
    }

    default Span toDerived(Span original) {
        int s = toDerivedStart(original.start());
        int e = toDerivedEnd(original.end());
        return new Span(s, Math.max(s, e));
    }

    /** This map followed by {@code next}, which maps this map's original to an older text. */
    default OffsetMap andThen(OffsetMap next) {
        if (next.derivedLength() != originalLength()) {
            throw new IllegalArgumentException("cannot chain: original length " + originalLength()
                    + " != next derived length " + next.derivedLength());
        }
        if (next instanceof Segments s && s.isIdentity()) {
            return this;
        }
        if (this instanceof Segments s && s.isIdentity()) {
            return next;
        }
        return new Chain(this, next);
    }

    /** The identity map over a text of {@code length} characters. */
    static OffsetMap identity(int length) {
        return new Builder().copy(length).build();
    }

    /** Two maps applied one after the other. */
    record Chain(OffsetMap first, OffsetMap second) implements OffsetMap {
        @Override public int derivedLength() { return first.derivedLength(); }
        @Override public int originalLength() { return second.originalLength(); }
        @Override public int toOriginalStart(int d) { return second.toOriginalStart(first.toOriginalStart(d)); }
        @Override public int toOriginalEnd(int d) { return second.toOriginalEnd(first.toOriginalEnd(d)); }
        @Override public int toDerivedStart(int o) { return first.toDerivedStart(second.toDerivedStart(o)); }
        @Override public int toDerivedEnd(int o) { return first.toDerivedEnd(second.toDerivedEnd(o)); }
    }

    /**
     * The segment list. Segment {@code k} covers derived {@code [d[k], d[k+1])} and original
     * {@code [o[k], o[k+1])}; {@code copied[k]} says whether it is an unchanged copy.
     */
    final class Segments implements OffsetMap {
        private final int[] d;
        private final int[] o;
        private final boolean[] copied;
        private final int count;

        private Segments(int[] d, int[] o, boolean[] copied, int count) {
            this.d = d;
            this.o = o;
            this.copied = copied;
            this.count = count;
        }

        boolean isIdentity() {
            for (int k = 0; k < count; k++) {
                if (!copied[k]) {
                    return false;
                }
            }
            return true;
        }

        /** Number of replaced (not copied) segments. */
        public int replacedSegments() {
            int n = 0;
            for (int k = 0; k < count; k++) {
                if (!copied[k]) {
                    n++;
                }
            }
            return n;
        }

        @Override public int derivedLength() { return d[count]; }
        @Override public int originalLength() { return o[count]; }
        @Override public int toOriginalStart(int i) { return mapStart(d, o, i); }
        @Override public int toOriginalEnd(int i) { return mapEnd(d, o, i); }
        @Override public int toDerivedStart(int i) { return mapStart(o, d, i); }
        @Override public int toDerivedEnd(int i) { return mapEnd(o, d, i); }

        private int mapStart(int[] from, int[] to, int i) {
            check(from, i);
            if (i == from[count]) {
                return to[count];
            }
            int k = lastAtOrBefore(from, i);
            return copied[k] ? to[k] + (i - from[k]) : to[k];
        }

        private int mapEnd(int[] from, int[] to, int i) {
            check(from, i);
            if (i == 0) {
                return to[0];
            }
            int k = lastAtOrBefore(from, i - 1);
            return copied[k] ? to[k] + (i - from[k]) : to[k + 1];
        }

        private void check(int[] from, int i) {
            if (i < 0 || i > from[count]) {
                throw new IllegalArgumentException("offset " + i + " outside [0, " + from[count] + "]");
            }
        }

        /** Last non-empty segment k with from[k] <= i (segments empty on this side are skipped). */
        private int lastAtOrBefore(int[] from, int i) {
            int lo = 0;
            int hi = count - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (from[mid] <= i) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            // from[lo] <= i < from[lo+1] holds unless segment lo is empty on this side,
            // in which case a later segment with the same start is the one covering i.
            while (lo + 1 < count && from[lo + 1] <= i) {
                lo++;
            }
            return lo;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("OffsetMap[");
            for (int k = 0; k < count; k++) {
                if (!copied[k]) {
                    sb.append(" d[").append(d[k]).append(',').append(d[k + 1]).append(")<-o[")
                            .append(o[k]).append(',').append(o[k + 1]).append(')');
                }
            }
            return sb.append(" ]").toString();
        }
    }

    /** Builds a {@link Segments} map left to right. Adjacent copies merge. */
    final class Builder {
        private int[] d = new int[8];
        private int[] o = new int[8];
        private boolean[] copied = new boolean[8];
        private int count;
        private int dPos;
        private int oPos;

        /** {@code n} characters copied unchanged. */
        public Builder copy(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("n = " + n);
            }
            if (n == 0) {
                return this;
            }
            if (count > 0 && copied[count - 1]) {
                dPos += n;
                oPos += n;
                return this;
            }
            return add(n, n, true);
        }

        /** {@code originalLength} original characters became {@code derivedLength} derived ones. */
        public Builder replace(int originalLength, int derivedLength) {
            if (originalLength < 0 || derivedLength < 0) {
                throw new IllegalArgumentException("lengths " + originalLength + ", " + derivedLength);
            }
            if (originalLength == 0 && derivedLength == 0) {
                return this;
            }
            return add(originalLength, derivedLength, false);
        }

        private Builder add(int oLen, int dLen, boolean isCopy) {
            if (count + 2 > d.length) {
                int n = d.length * 2;
                d = Arrays.copyOf(d, n);
                o = Arrays.copyOf(o, n);
                copied = Arrays.copyOf(copied, n);
            }
            d[count] = dPos;
            o[count] = oPos;
            copied[count] = isCopy;
            count++;
            dPos += dLen;
            oPos += oLen;
            return this;
        }

        public int derivedLength() {
            return dPos;
        }

        public int originalLength() {
            return oPos;
        }

        public Segments build() {
            if (count == 0) {
                add(0, 0, true);
                count = 1;
            }
            int[] dd = Arrays.copyOf(d, count + 1);
            int[] oo = Arrays.copyOf(o, count + 1);
            dd[count] = dPos;
            oo[count] = oPos;
            return new Segments(dd, oo, Arrays.copyOf(copied, count), count);
        }
    }
}
