package org.credence.language.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Hierarchical word clusters: each known word has a path of {@link #DEPTH} bits (its leaf in a
 * binary tree of clusters); features use path prefixes so that rare words share weights with
 * distributionally similar ones. Words are stored only as 64-bit hashes. Immutable, thread-safe.
 */
final class WordClusters {

    static final int DEPTH = 10;
    static final int[] PREFIXES = {4, 7, 10};

    private final long[] keys;
    private final short[] paths;

    private WordClusters(long[] sortedKeys, short[] paths) {
        this.keys = sortedKeys;
        this.paths = paths;
    }

    static WordClusters of(Map<String, Integer> pathByWord) {
        long[] k = new long[pathByWord.size()];
        int n = 0;
        java.util.HashMap<Long, Integer> byKey = new java.util.HashMap<>();
        for (Map.Entry<String, Integer> e : pathByWord.entrySet()) {
            long h = hash(e.getKey());
            if (byKey.putIfAbsent(h, e.getValue()) == null) {
                k[n++] = h;
            }
        }
        k = Arrays.copyOf(k, n);
        Arrays.sort(k);
        short[] p = new short[n];
        for (int i = 0; i < n; i++) {
            p[i] = (short) (int) byKey.get(k[i]);
        }
        return new WordClusters(k, p);
    }

    int size() {
        return keys.length;
    }

    static long hash(String w) {
        long h = 0x84222325cbf29ce4L;
        for (int i = 0; i < w.length(); i++) {
            h = (h ^ w.charAt(i)) * 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    /** The cluster path of {@code word} (tried as is, then lower-cased), or -1 if unknown. */
    int of(String word) {
        return of(word, word.toLowerCase(Locale.ROOT));
    }

    /** As {@link #of(String)}, given the word lower-cased too. */
    int of(String word, String lower) {
        int i = Arrays.binarySearch(keys, hash(word));
        if (i < 0 && !lower.equals(word)) {
            i = Arrays.binarySearch(keys, hash(lower));
        }
        return i < 0 ? -1 : paths[i] & 0xFFFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordClusters c && Arrays.equals(keys, c.keys) && Arrays.equals(paths, c.paths);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(keys.length);
        long prev = Long.MIN_VALUE;
        for (int i = 0; i < keys.length; i++) {
            Varints.writeLong(out, keys[i] - prev);
            out.writeShort(paths[i]);
            prev = keys[i];
        }
    }

    static WordClusters read(DataInputStream in) throws IOException {
        int n = in.readInt();
        long[] k = new long[n];
        short[] p = new short[n];
        long prev = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            prev += Varints.readLong(in);
            k[i] = prev;
            p[i] = in.readShort();
        }
        return new WordClusters(k, p);
    }
}
