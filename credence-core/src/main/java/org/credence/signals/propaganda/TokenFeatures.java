package org.credence.signals.propaganda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.credence.ml.FeatureHashing;
import org.credence.ml.PackedWeights;
import org.credence.ml.SparseVector;
import org.credence.model.Sentence;

/**
 * Features of each token for span identification (is this token inside a propaganda
 * fragment?): the word, a crude stem and its shape, its three-letter prefix and three- and
 * four-letter suffixes; three words either side, the pairs around it and the word with both
 * neighbours; VADER valence of the word and its neighbours; capitals; whether it stands in
 * quotation marks and how long the quotation is; where it sits in the sentence; what the
 * sentence holds (exclamation and question marks, length, polar words, the headline, and a light
 * bag of its words); and whether the word or a pair around it recurs in the article.
 *
 * <p>Feature indexes come from integer mixing of per-token word hashes (no strings are built
 * per token), into {@code 2^bits} dimensions; each vector is scaled by the inverse L2 norm of
 * its raw (index, value) list, duplicates (hash collisions) counted separately, which needs no
 * sorting at prediction time. Training ({@link #sentence}: duplicates summed into one entry)
 * and prediction ({@link #probabilities}) give the same dot products.
 */
final class TokenFeatures {

    private static final int BIAS = kind("bias");
    private static final int W = kind("w");
    private static final int ST = kind("st");
    private static final int SH = kind("sh");
    private static final int W_1 = kind("w-1");
    private static final int W1 = kind("w+1");
    private static final int W_2 = kind("w-2");
    private static final int W2 = kind("w+2");
    private static final int W_3 = kind("w-3");
    private static final int W3 = kind("w+3");
    private static final int BG_ = kind("bg-");
    private static final int BG = kind("bg+");
    private static final int TRI = kind("tri");
    private static final int V = kind("v");
    private static final int V_1 = kind("v-1");
    private static final int V1 = kind("v+1");
    private static final int VWIN = kind("vwin");
    private static final int CAPS = kind("caps");
    private static final int Q = kind("q");
    private static final int QW = kind("qw");
    private static final int QLEN = kind("qlen");
    private static final int POS = kind("pos");
    private static final int REP = kind("rep");
    private static final int REPBG = kind("repbg");
    private static final int SUF3 = kind("suf3");
    private static final int SUF4 = kind("suf4");
    private static final int PRE3 = kind("pre3");
    private static final int S_EX = kind("s!");
    private static final int S_Q = kind("s?");
    private static final int HEAD = kind("head");
    private static final int SLEN = kind("slen");
    private static final int SPOL = kind("spol");
    private static final int SW = kind("sw");
    private static final int START = FeatureHashing.hash("<s>");
    private static final int END = FeatureHashing.hash("</s>");
    private static final int OUT = 5;

    private final int mask;
    private final int dimension;
    private final float bagWeight;

    /**
     * @param bits      hashing bits
     * @param bagWeight value of each sentence-bag feature (0 leaves the bag out)
     */
    TokenFeatures(int bits, double bagWeight) {
        FeatureHashing h = new FeatureHashing(bits);
        this.dimension = h.dimension();
        this.mask = dimension - 1;
        this.bagWeight = (float) bagWeight;
    }

    int dimension() {
        return dimension;
    }

    /** One vector per token of read sentence {@code si}, in token order (for training). */
    List<SparseVector> sentence(ArticleTokens a, int si) {
        Sentence s = a.sentences.get(si);
        int[] bag = bag(a, s.firstToken(), s.endToken());
        int[] facts = facts(a, si);
        Scratch x = new Scratch();
        List<SparseVector> out = new ArrayList<>(s.tokenCount());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            token(a, i, s.firstToken(), s.endToken(), facts, bag, x);
            x.scale();
            x.sortAndMerge();
            out.add(new SparseVector(Arrays.copyOf(x.idx, x.n), Arrays.copyOf(x.val, x.n)));
        }
        return out;
    }

    /** Writes 1 − P(outside) of every token of read sentence {@code si} into {@code out} (indexed by token). */
    void probabilities(ArticleTokens a, int si, PackedWeights model, float[] out) {
        probabilities(a, si, model, out, null, -1);
    }

    /**
     * As {@link #probabilities(ArticleTokens, int, PackedWeights, float[])}, and when
     * {@code classOut} is not null, writes the probability of class {@code cls} there too.
     */
    void probabilities(ArticleTokens a, int si, PackedWeights model, float[] out, float[] classOut, int cls) {
        Sentence s = a.sentences.get(si);
        int[] bag = bag(a, s.firstToken(), s.endToken());
        int[] facts = facts(a, si);
        Scratch x = new Scratch();
        double[] scores = new double[model.classes()];
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            token(a, i, s.firstToken(), s.endToken(), facts, bag, x);
            x.scale();
            model.scores(x.idx, x.val, x.n, scores);
            PackedWeights.softmaxInPlace(scores);
            out[i] = (float) (1 - scores[0]);
            if (classOut != null && cls >= 0) {
                classOut[i] = (float) scores[cls];
            }
        }
    }

    private void token(ArticleTokens a, int i, int from, int to, int[] facts, int[] bag, Scratch x) {
        x.n = 0;
        int w = a.wordHash[i];
        x.add(idx(BIAS, 0), 1);
        x.add(idx(W, w), 1);
        x.add(idx(ST, a.stemHash[i]), 1);
        x.add(idx(SH, a.shapeHash[i]), 1);
        int p1 = word(a, i - 1, from, to);
        int n1 = word(a, i + 1, from, to);
        x.add(idx(W_1, p1), 1);
        x.add(idx(W1, n1), 1);
        x.add(idx(W_2, word(a, i - 2, from, to)), 1);
        x.add(idx(W2, word(a, i + 2, from, to)), 1);
        x.add(idx(W_3, word(a, i - 3, from, to)), 1);
        x.add(idx(W3, word(a, i + 3, from, to)), 1);
        x.add(idx(BG_, pair(p1, w)), 1);
        x.add(idx(BG, pair(w, n1)), 1);
        x.add(idx(TRI, pair(pair(p1, w), n1)), 1);
        x.add(idx(V, a.valenceBucket[i]), 1);
        x.add(idx(V_1, i - 1 >= from ? a.valenceBucket[i - 1] : OUT), 1);
        x.add(idx(V1, i + 1 < to ? a.valenceBucket[i + 1] : OUT), 1);
        int polarNear = 0;
        for (int k = Math.max(from, i - 3); k < Math.min(to, i + 4); k++) {
            if (Math.abs(a.valence[k]) >= 1.5f) {
                polarNear++;
            }
        }
        x.add(idx(VWIN, Math.min(polarNear, 3)), 1);
        if (a.caps[i]) {
            x.add(idx(CAPS, 0), 1);
        }
        if (a.quoted[i]) {
            x.add(idx(Q, 0), 1);
            x.add(idx(QW, w), 1);
            int qs = i;
            while (qs > from && a.quoted[qs - 1]) {
                qs--;
            }
            int qe = i;
            while (qe + 1 < to && a.quoted[qe + 1]) {
                qe++;
            }
            x.add(idx(QLEN, Math.min(qe - qs + 1, 9)), 1);
        }
        int len = to - from;
        int pos = i - from;
        x.add(idx(POS, pos == 0 ? 10 : pos == len - 1 ? 11 : 4 * pos / len), 1);
        if (a.content[i]) {
            x.add(idx(REP, Math.min(a.count(a.lower[i]), 4)), 1);
        }
        int rb = Math.max(a.bigramCount(i - 1), a.bigramCount(i));
        if (rb > 1) {
            x.add(idx(REPBG, Math.min(rb, 3)), 1);
        }
        if (a.affixes[i] != null) {
            x.add(idx(SUF3, a.affixes[i][0]), 1);
            x.add(idx(SUF4, a.affixes[i][1]), 1);
            x.add(idx(PRE3, a.affixes[i][2]), 1);
        }
        for (int f : facts) {
            x.add(f, 1);
        }
        if (bagWeight > 0) {
            for (int f : bag) {
                x.add(f, bagWeight);
            }
        }
    }

    /** Indexes of what a sentence holds: exclamation and question marks, headline, length, polar words. */
    private int[] facts(ArticleTokens a, int si) {
        Sentence s = a.sentences.get(si);
        boolean ex = false;
        boolean q = false;
        int polar = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!a.word[i]) {
                ex |= a.lower[i].indexOf('!') >= 0;
                q |= a.lower[i].indexOf('?') >= 0;
            }
            if (Math.abs(a.valence[i]) >= 1.5f) {
                polar++;
            }
        }
        int[] f = new int[5];
        int n = 0;
        if (ex) {
            f[n++] = idx(S_EX, 0);
        }
        if (q) {
            f[n++] = idx(S_Q, 0);
        }
        if (a.headline[si]) {
            f[n++] = idx(HEAD, 0);
        }
        int len = s.tokenCount();
        f[n++] = idx(SLEN, len <= 3 ? len : len <= 5 ? 4 : len <= 8 ? 5 : len <= 15 ? 6 : len <= 30 ? 7 : 8);
        f[n++] = idx(SPOL, Math.min(polar, 4));
        return Arrays.copyOf(f, n);
    }

    /** Indexes of the sentence's distinct content words (not function words). */
    private int[] bag(ArticleTokens a, int from, int to) {
        if (bagWeight <= 0) {
            return new int[0];
        }
        int[] b = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (a.word[i] && !Lexicon.functionWord(a.lower[i])) {
                b[n++] = idx(SW, a.wordHash[i]);
            }
        }
        b = Arrays.copyOf(b, n);
        Arrays.sort(b);
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (m == 0 || b[m - 1] != b[k]) {
                b[m++] = b[k];
            }
        }
        return Arrays.copyOf(b, m);
    }

    private static int word(ArticleTokens a, int i, int from, int to) {
        return i < from ? START : i >= to ? END : a.wordHash[i];
    }

    private int idx(int kind, int value) {
        return fmix(kind ^ (value * 0x9E3779B1)) & mask;
    }

    private static int pair(int a, int b) {
        return fmix(a * 0x85EBCA6B + b);
    }

    private static int kind(String name) {
        return FeatureHashing.hash(name);
    }

    private static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** A reusable buffer of (index, value) pairs for one token. */
    private static final class Scratch {
        int[] idx = new int[96];
        float[] val = new float[96];
        int n;

        void add(int i, float v) {
            if (n == idx.length) {
                idx = Arrays.copyOf(idx, n * 2);
                val = Arrays.copyOf(val, n * 2);
            }
            idx[n] = i;
            val[n] = v;
            n++;
        }

        /** Scales the values by the inverse L2 norm of the list as it stands. */
        void scale() {
            double norm = 0;
            for (int k = 0; k < n; k++) {
                norm += val[k] * val[k];
            }
            if (norm > 0) {
                float inv = (float) (1 / Math.sqrt(norm));
                for (int k = 0; k < n; k++) {
                    val[k] *= inv;
                }
            }
        }

        /** Sorts by index and sums duplicates (the dot product with any weights stays the same). */
        void sortAndMerge() {
            for (int k = 1; k < n; k++) {
                int i = idx[k];
                float v = val[k];
                int j = k - 1;
                while (j >= 0 && idx[j] > i) {
                    idx[j + 1] = idx[j];
                    val[j + 1] = val[j];
                    j--;
                }
                idx[j + 1] = i;
                val[j + 1] = v;
            }
            int m = 0;
            for (int k = 0; k < n; k++) {
                if (m > 0 && idx[m - 1] == idx[k]) {
                    val[m - 1] += val[k];
                } else {
                    idx[m] = idx[k];
                    val[m] = val[k];
                    m++;
                }
            }
            n = m;
        }
    }
}
