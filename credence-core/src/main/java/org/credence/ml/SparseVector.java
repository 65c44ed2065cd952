package org.credence.ml;

import java.util.Arrays;

/**
 * A sparse feature vector: sorted, distinct indexes and their values. Immutable once built
 * (the arrays are not exposed for writing by convention: callers must not change them).
 *
 * @param index feature indexes, strictly increasing
 * @param value the value of each index
 */
public record SparseVector(int[] index, float[] value) {

    public SparseVector {
        if (index.length != value.length) {
            throw new IllegalArgumentException("index and value lengths differ");
        }
        for (int i = 1; i < index.length; i++) {
            if (index[i] <= index[i - 1]) {
                throw new IllegalArgumentException("indexes must be strictly increasing");
            }
        }
    }

    public int size() {
        return index.length;
    }

    /** The dot product with a dense weight row. */
    public double dot(float[] weights) {
        double s = 0;
        for (int i = 0; i < index.length; i++) {
            s += weights[index[i]] * value[i];
        }
        return s;
    }

    /** Collects features; indexes may repeat (values add up) and come in any order. */
    public static final class Builder {
        private int[] idx = new int[32];
        private float[] val = new float[32];
        private int n;

        public Builder add(int index, double v) {
            if (index < 0) {
                throw new IllegalArgumentException("negative index " + index);
            }
            if (n == idx.length) {
                idx = Arrays.copyOf(idx, n * 2);
                val = Arrays.copyOf(val, n * 2);
            }
            idx[n] = index;
            val[n] = (float) v;
            n++;
            return this;
        }

        public int count() {
            return n;
        }

        /** The vector, duplicates summed; with {@code normalise}, scaled to unit L2 length. */
        public SparseVector build(boolean normalise) {
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = ((long) idx[i] << 32) | i;
            }
            Arrays.sort(packed);
            int[] outI = new int[n];
            float[] outV = new float[n];
            int m = 0;
            for (int k = 0; k < n; k++) {
                int i = (int) (packed[k] >>> 32);
                float v = val[(int) packed[k]];
                if (m > 0 && outI[m - 1] == i) {
                    outV[m - 1] += v;
                } else {
                    outI[m] = i;
                    outV[m] = v;
                    m++;
                }
            }
            if (normalise) {
                double norm = 0;
                for (int i = 0; i < m; i++) {
                    norm += outV[i] * outV[i];
                }
                if (norm > 0) {
                    float inv = (float) (1 / Math.sqrt(norm));
                    for (int i = 0; i < m; i++) {
                        outV[i] *= inv;
                    }
                }
            }
            return new SparseVector(Arrays.copyOf(outI, m), Arrays.copyOf(outV, m));
        }
    }
}
