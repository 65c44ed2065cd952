package org.credence.language.ner;

import java.util.Arrays;
import java.util.Locale;

/**
 * Feature extraction: each token of a sentence becomes the hashed buckets of its features.
 * Stateless and thread-safe; allocation is a few arrays per sentence.
 *
 * <p>Features: bias; the word, lower-cased, and its shape (X x d runs collapsed); prefixes and
 * suffixes of 1–4 characters; lower-cased neighbours ±1, ±2 and bigrams with them; neighbour
 * shapes and shape bigrams; sentence start and headline (mostly upper-case sentence) conjoined
 * with the shape; how the word is cased elsewhere in the document; gazetteer list marks (B/I) of
 * the token and its neighbours; word-cluster ids of the token and its neighbours when the model
 * has clusters; sentence length ≤ 3. A second stage adds the first stage's tags of the token and
 * its neighbours and, per word, the type the first stage gave it most often across the document
 * (with the share of entity tags), so that a name is typed alike throughout an article; from
 * feature version 2 on, also where the word stood inside the first stage's multi-token entities of
 * the document (first, last or inner token of which type; alone and with the word's first-stage
 * type), or that it never did.
 *
 * <p>A model records the feature version it was trained with ({@code "features"} in its
 * provenance, 1 when absent) and is always tagged with that version, so older model files keep
 * their predictions.
 */
final class NerFeatures {

    /** The feature version new models are trained with. */
    static final int VERSION = 2;

    private static final long P = 0x100000001b3L;

    private NerFeatures() {
    }

    static boolean isHeadline(String[] words) {
        int letters = 0;
        int upper = 0;
        for (String w : words) {
            int c = DocStats.casing(w);
            if (c != 0) {
                letters++;
                if (c == DocStats.UPPER) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper * 10 >= letters * 7;
    }

    static String shape(String w) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int k = 0; k < w.length() && sb.length() < 8; k++) {
            char c = w.charAt(k);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                    : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'l' : c;
            if (s != last) {
                sb.append(s);
                last = s;
            }
        }
        return sb.toString();
    }

    private static long seed(int template) {
        long h = (template + 1) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private static final long[] SEED = new long[64];

    static {
        for (int t = 0; t < SEED.length; t++) {
            SEED[t] = seed(t);
        }
    }

    private static long mix(long h, String s) {
        for (int k = 0; k < s.length(); k++) {
            h = (h ^ s.charAt(k)) * P;
        }
        return (h ^ 0xFF) * P;
    }

    private static long mix(long h, long v) {
        return (h ^ v) * P;
    }

    static int bucket(long h, int bits) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) (h >>> (64 - bits));
    }

    /** The feature buckets of each token of {@code words}. */
    static int[][] extract(String[] words, DocStats doc, Gazetteer gaz, WordClusters clusters, int bits) {
        return extract(words, doc, gaz, clusters, bits, null, VERSION);
    }

    /**
     * As above, with a first stage's tags of this sentence ({@code prior}, or null) and of the
     * document (in {@code doc}), in feature version {@code version}.
     */
    static int[][] extract(String[] words, DocStats doc, Gazetteer gaz, WordClusters clusters, int bits, int[] prior,
                           int version) {
        int[][] base = extractBase(words, doc, gaz, clusters, bits);
        if (prior == null) {
            return base;
        }
        int[][] extra = extractPrior(words, doc, bits, prior, version);
        for (int i = 0; i < base.length; i++) {
            int[] row = Arrays.copyOf(base[i], base[i].length + extra[i].length);
            System.arraycopy(extra[i], 0, row, base[i].length, extra[i].length);
            base[i] = row;
        }
        return base;
    }

    /** The buckets of the features that do not read a first stage (all of a first stage's features). */
    static int[][] extractBase(String[] words, DocStats doc, Gazetteer gaz, WordClusters clusters, int bits) {
        int n = words.length;
        String[] lower = new String[n];
        String[] shape = new String[n];
        int[] cluster = clusters == null ? null : new int[n];
        for (int i = 0; i < n; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
            shape[i] = shape(words[i]);
            if (cluster != null) {
                cluster[i] = clusters.of(words[i], lower[i]);
            }
        }
        int[][] marks = gaz.marks(words, lower);
        boolean headline = isHeadline(words);
        int[][] out = new int[n][];
        long[] f = new long[96];
        for (int i = 0; i < n; i++) {
            int k = 0;
            String w = words[i];
            String lw = lower[i];
            f[k++] = SEED[0];
            f[k++] = mix(SEED[1], w);
            f[k++] = mix(SEED[2], lw);
            f[k++] = mix(SEED[3], shape[i]);
            long pre = SEED[4];
            long suf = SEED[5];
            for (int a = 1; a <= 4 && a <= lw.length(); a++) {
                pre = (pre ^ lw.charAt(a - 1)) * P;
                f[k++] = mix(pre, a);
                suf = (suf ^ lw.charAt(lw.length() - a)) * P;
                f[k++] = mix(suf, a);
            }
            String lm1 = i > 0 ? lower[i - 1] : "<s>";
            String lp1 = i + 1 < n ? lower[i + 1] : "</s>";
            String lm2 = i > 1 ? lower[i - 2] : "<s>";
            String lp2 = i + 2 < n ? lower[i + 2] : "</s>";
            String sm1 = i > 0 ? shape[i - 1] : "<s>";
            String sp1 = i + 1 < n ? shape[i + 1] : "</s>";
            f[k++] = mix(SEED[6], lm1);
            f[k++] = mix(SEED[7], lp1);
            f[k++] = mix(SEED[8], lm2);
            f[k++] = mix(SEED[9], lp2);
            f[k++] = mix(mix(SEED[10], lm1), lw);
            f[k++] = mix(mix(SEED[11], lw), lp1);
            f[k++] = mix(SEED[12], sm1);
            f[k++] = mix(SEED[13], sp1);
            f[k++] = mix(mix(SEED[14], sm1), shape[i]);
            f[k++] = mix(mix(SEED[15], shape[i]), sp1);
            f[k++] = mix(mix(mix(SEED[16], sm1), shape[i]), sp1);
            f[k++] = mix(mix(SEED[17], i == 0 ? 1 : 0), shape[i]);
            f[k++] = mix(mix(SEED[18], headline ? 1 : 0), shape[i]);
            if (headline) {
                f[k++] = mix(SEED[19], lw);
            }
            if (i == 0) {
                f[k++] = mix(SEED[20], lw);
            }
            f[k++] = mix(mix(SEED[21], doc.of(lw)), shape[i]);
            f[k++] = mix(mix(SEED[22], n <= 3 ? 1 : 0), shape[i]);
            f[k++] = mix(mix(SEED[23], lm1), shape[i]);
            f[k++] = mix(mix(SEED[24], shape[i]), lp1);
            for (int off = -1; off <= 1; off++) {
                int j = i + off;
                if (j < 0 || j >= n) {
                    continue;
                }
                int b = marks[0][j];
                int in = marks[1][j];
                if ((b | in) == 0) {
                    continue;
                }
                for (int bit = 0; bit < Gazetteer.LISTS && k < f.length - 16; bit++) {
                    if ((b >> bit & 1) != 0) {
                        f[k++] = mix(SEED[30 + off], bit * 2);
                    }
                    if ((in >> bit & 1) != 0) {
                        f[k++] = mix(SEED[30 + off], bit * 2 + 1);
                    }
                }
            }
            if (cluster != null) {
                for (int off = -1; off <= 1; off++) {
                    int j = i + off;
                    int c = j >= 0 && j < n ? cluster[j] : -2;
                    if (c == -1) {
                        continue;
                    }
                    for (int p : WordClusters.PREFIXES) {
                        f[k++] = mix(mix(SEED[40 + off], p), c >>> Math.max(0, WordClusters.DEPTH - p));
                    }
                }
            }
            int[] row = new int[k];
            for (int a = 0; a < k; a++) {
                row[a] = bucket(f[a], bits);
            }
            out[i] = row;
        }
        return out;
    }

    /**
     * The buckets of the features that read a first stage's tags: {@code prior} of this sentence,
     * the rest in {@code doc}; feature version {@code version}.
     */
    static int[][] extractPrior(String[] words, DocStats doc, int bits, int[] prior, int version) {
        int n = words.length;
        int[][] out = new int[n][];
        long[] f = new long[8 + 2 * Integer.SIZE];
        for (int i = 0; i < n; i++) {
            int k = 0;
            String lw = words[i].toLowerCase(Locale.ROOT);
            String shape = shape(words[i]);
            f[k++] = mix(SEED[50], prior[i]);
            f[k++] = mix(SEED[51], i > 0 ? prior[i - 1] : -1);
            f[k++] = mix(SEED[52], i + 1 < n ? prior[i + 1] : -1);
            f[k++] = mix(mix(SEED[53], prior[i]), shape);
            int[] c = doc.predicted(lw);
            if (c != null) {
                int best = 0;
                int ent = 0;
                for (int a = 1; a < c.length; a++) {
                    ent += c[a];
                    if (c[a] > c[best] || best == 0 && c[a] > 0) {
                        best = a;
                    }
                }
                if (ent > 0) {
                    int ratio = ent * 4 / (ent + c[0]);
                    f[k++] = mix(SEED[54], best);
                    f[k++] = mix(mix(SEED[55], best), ratio);
                    f[k++] = mix(mix(SEED[56], best), (prior[i] + 1) / 2);
                }
            }
            if (version >= 2 && DocStats.casing(words[i]) > DocStats.LOWER) {
                int where = doc.partOf(lw);
                if (where == 0) {
                    f[k++] = mix(SEED[60], prior[i]);
                }
                for (int b = 0; where != 0 && b < Integer.SIZE; b++) {
                    if ((where >> b & 1) != 0) {
                        f[k++] = mix(SEED[59], b);
                        f[k++] = mix(mix(SEED[61], b), (prior[i] + 1) / 2);
                    }
                }
            }
            int[] row = new int[k];
            for (int a = 0; a < k; a++) {
                row[a] = bucket(f[a], bits);
            }
            out[i] = row;
        }
        return out;
    }
}
