package org.credence.scoring;

import java.util.Arrays;

/**
 * Collects an article's term occurrences (hash and span) and turns them into sorted distinct
 * hashes with their counts and the span of each one's first occurrence. Primitive arrays only:
 * one sort, no boxing. Not thread-safe; one per article.
 */
final class Terms {

    private long[] keys = new long[256];
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int n;

    /** Adds one occurrence; occurrences must come in text order. */
    void add(int hash, int start, int end) {
        if (n == keys.length) {
            keys = Arrays.copyOf(keys, n * 2);
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
        }
        keys[n] = ((long) hash << 32) | n;
        starts[n] = start;
        ends[n] = end;
        n++;
    }

    /**
     * The distinct hashes in ascending order, their counts, and the start and end of each one's
     * first occurrence, as {@code {hashes, starts, ends}} and {@code counts}.
     */
    Packed pack() {
        long[] k = Arrays.copyOf(keys, n);
        Arrays.sort(k);
        int[] hashes = new int[n];
        float[] counts = new float[n];
        int[] firstStart = new int[n];
        int[] firstEnd = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int h = (int) (k[i] >> 32);
            if (m > 0 && hashes[m - 1] == h) {
                counts[m - 1]++;
            } else {
                int occurrence = (int) k[i];
                hashes[m] = h;
                counts[m] = 1;
                firstStart[m] = starts[occurrence];
                firstEnd[m] = ends[occurrence];
                m++;
            }
        }
        return new Packed(Arrays.copyOf(hashes, m), Arrays.copyOf(counts, m), Arrays.copyOf(firstStart, m),
                Arrays.copyOf(firstEnd, m));
    }

    /** Distinct sorted hashes, their counts, and their first occurrence's span. */
    record Packed(int[] hashes, float[] counts, int[] starts, int[] ends) {
    }
}
