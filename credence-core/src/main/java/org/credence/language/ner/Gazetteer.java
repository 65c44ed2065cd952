package org.credence.language.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases (sequences of lower-cased tokens) with a bit mask of the lists they are on, stored
 * only as 64-bit hashes: the shipped file holds no readable names. Immutable and thread-safe.
 *
 * <p>A phrase matches in a sentence when its tokens equal the sentence's tokens lower-cased and
 * the first matched token holds an upper-case letter or a digit. {@link #marks} gives every token
 * the lists of the longest match of each list that starts at it (B) or covers it (I).
 */
public final class Gazetteer {

    /** Bits of the lists. */
    public static final int COUNTRY = 1, CITY = 1 << 1, REGION = 1 << 2, DEMONYM = 1 << 3,
            PER = 1 << 4, ORG = 1 << 5, GPE = 1 << 6, LOC = 1 << 7, NORP = 1 << 8, FAC = 1 << 9,
            MISC = 1 << 10, FIRST_NAME = 1 << 11, LAST_NAME = 1 << 12, PLACE = 1 << 13;
    /** Number of list bits. */
    public static final int LISTS = 14;

    private static final long EMPTY = 0L;

    private final long[] keys;
    private final int[] masks;
    private final int size;
    private final int maxLength;

    private Gazetteer(long[] sortedKeys, int[] sortedMasks, int maxLength) {
        this.size = sortedKeys.length;
        this.maxLength = maxLength;
        int cap = Integer.highestOneBit(Math.max(4, size * 2)) << 1;
        keys = new long[cap];
        masks = new int[cap];
        for (int i = 0; i < size; i++) {
            int slot = slot(sortedKeys[i]);
            while (keys[slot] != EMPTY) {
                slot = (slot + 1) & (cap - 1);
            }
            keys[slot] = sortedKeys[i];
            masks[slot] = sortedMasks[i];
        }
    }

    /** An empty gazetteer. */
    public static Gazetteer empty() {
        return new Gazetteer(new long[0], new int[0], 0);
    }

    public int size() {
        return size;
    }

    public int maxLength() {
        return maxLength;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (keys.length - 1);
    }

    /** The hash of the lower-cased tokens {@code [from, to)} of {@code lower}. */
    static long key(String[] lower, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            if (i > from) {
                h = (h ^ ' ') * 0x100000001b3L;
            }
            String s = lower[i];
            for (int k = 0; k < s.length(); k++) {
                h = (h ^ s.charAt(k)) * 0x100000001b3L;
            }
        }
        h ^= h >>> 31;
        return h == EMPTY ? 1 : h;
    }

    /** The lists holding tokens {@code [from, to)} of {@code lower} (already lower-cased), or 0. */
    public int lookup(String[] lower, int from, int to) {
        if (size == 0 || to - from > maxLength || to <= from) {
            return 0;
        }
        return find(key(lower, from, to));
    }

    private int find(long k) {
        int slot = slot(k);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == k) {
                return masks[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return 0;
    }

    /**
     * For each token, {@code [0]} the lists whose longest match starts there and {@code [1]} the
     * lists whose match covers it without starting there.
     */
    int[][] marks(String[] words, String[] lower) {
        int n = words.length;
        int[][] out = new int[2][n];
        if (size == 0) {
            return out;
        }
        long[] hashes = new long[maxLength + 1];
        for (int i = 0; i < n; i++) {
            if (!startsName(words[i])) {
                continue;
            }
            int seen = 0;
            int max = Math.min(maxLength, n - i);
            long h = 0xcbf29ce484222325L;
            for (int len = 1; len <= max; len++) {
                if (len > 1) {
                    h = (h ^ ' ') * 0x100000001b3L;
                }
                String s = lower[i + len - 1];
                for (int k = 0; k < s.length(); k++) {
                    h = (h ^ s.charAt(k)) * 0x100000001b3L;
                }
                long f = h ^ (h >>> 31);
                hashes[len] = f == EMPTY ? 1 : f;
            }
            for (int len = max; len >= 1; len--) {
                int m = find(hashes[len]) & ~seen;
                if (m == 0) {
                    continue;
                }
                seen |= m;
                out[0][i] |= m;
                for (int j = i + 1; j < i + len; j++) {
                    out[1][j] |= m;
                }
            }
        }
        return out;
    }

    private static boolean startsName(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
            if (Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gazetteer g && maxLength == g.maxLength && Arrays.equals(keys, g.keys)
                && Arrays.equals(masks, g.masks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys);
    }

    void write(DataOutputStream out) throws IOException {
        long[] sorted = new long[size];
        int[] sortedMasks = new int[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                sorted[n++] = keys[i];
            }
        }
        Arrays.sort(sorted);
        for (int i = 0; i < size; i++) {
            int slot = slot(sorted[i]);
            while (keys[slot] != sorted[i]) {
                slot = (slot + 1) & (keys.length - 1);
            }
            sortedMasks[i] = masks[slot];
        }
        out.writeInt(maxLength);
        out.writeInt(size);
        long prev = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            Varints.writeLong(out, sorted[i] - prev);
            Varints.writeInt(out, sortedMasks[i]);
            prev = sorted[i];
        }
    }

    static Gazetteer read(DataInputStream in) throws IOException {
        int maxLength = in.readInt();
        int size = in.readInt();
        long[] k = new long[size];
        int[] m = new int[size];
        long prev = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            prev += Varints.readLong(in);
            k[i] = prev;
            m[i] = Varints.readInt(in);
        }
        return new Gazetteer(k, m, maxLength);
    }

    /** Collects phrases; not thread-safe. */
    public static final class Builder {
        private final Map<Long, Integer> entries = new HashMap<>();
        private int maxLength;

        /** Adds the phrase made of {@code tokens} (any case) to the lists {@code bits}. */
        public Builder add(List<String> tokens, int bits) {
            if (tokens.isEmpty() || tokens.size() > 8) {
                return this;
            }
            String[] lower = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toArray(String[]::new);
            entries.merge(key(lower, 0, lower.length), bits, (a, b) -> a | b);
            maxLength = Math.max(maxLength, lower.length);
            return this;
        }

        public Gazetteer build() {
            long[] k = entries.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            int[] m = new int[k.length];
            for (int i = 0; i < k.length; i++) {
                m[i] = entries.get(k[i]);
            }
            return new Gazetteer(k, m, maxLength);
        }
    }
}
