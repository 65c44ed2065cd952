package org.credence.signals.propaganda;

import java.util.List;
import java.util.Random;
import org.credence.model.Sentence;

/**
 * A multinomial logistic regression over dense token vectors (frozen MiniLM states) with the
 * token model's classes ({@link PropagandaTrainer#TOKEN_CLASSES}: O, S, L). A token's input is
 * its own vector, the mean vector of its sentence and, when {@code context} is set, the mean of
 * its two neighbours' vectors in the sentence; each input dimension is standardised with the
 * training tokens' mean and deviation. Trained by AdaGrad over shuffled tokens; deterministic
 * for a seed. Immutable after training.
 */
final class DenseTokenModel {

    /**
     * Training parameters.
     *
     * @param epochs  passes over the tokens
     * @param rate    AdaGrad rate
     * @param l2      L2 penalty per example
     * @param context whether the neighbours' mean vector is an input too
     * @param seed    shuffling seed
     */
    record Params(int epochs, double rate, double l2, boolean context, long seed) {
    }

    private final int dim;
    private final int inputs;
    private final boolean context;
    private final float[] mean;
    private final float[] scale;
    private final float[][] w;
    private final float[] b;

    private DenseTokenModel(int dim, boolean context, float[] mean, float[] scale, float[][] w, float[] b) {
        this.dim = dim;
        this.context = context;
        this.inputs = mean.length;
        this.mean = mean;
        this.scale = scale;
        this.w = w;
        this.b = b;
    }

    /** Per token of the document: P(propaganda) = 1 − P(O) and P(L); 0 outside the sentences read. */
    record Scores(float[] propaganda, float[] longTechnique) {
    }

    Scores scores(ArticleTokens a, float[][] v) {
        float[] p = new float[a.tokens.size()];
        float[] l = new float[a.tokens.size()];
        float[] x = new float[inputs];
        float[] sm = new float[dim];
        double[] s = new double[w.length];
        for (Sentence sen : a.sentences) {
            sentenceMean(v, sen, sm);
            for (int i = sen.firstToken(); i < sen.endToken(); i++) {
                input(v, sen, i, sm, x);
                softmax(x, s);
                p[i] = (float) (1 - s[0]);
                l[i] = (float) s[2];
            }
        }
        return new Scores(p, l);
    }

    /** Trains on the read sentences of {@code articles}, whose token vectors are {@code vectors}. */
    static DenseTokenModel train(List<Prepared> articles, List<float[][]> vectors, Params p) {
        int dim = org.credence.bench.MiniLmTokenEmbedder.DIM;
        int inputs = dim * (p.context() ? 3 : 2);
        DenseTokenModel probe = new DenseTokenModel(dim, p.context(), new float[inputs], new float[inputs], new float[0][], new float[0]);
        int count = 0;
        for (Prepared a : articles) {
            for (Sentence s : a.tokens().sentences) {
                count += s.tokenCount();
            }
        }
        int[] art = new int[count];
        int[] tok = new int[count];
        int[] sen = new int[count];
        double[] sum = new double[inputs];
        double[] sq = new double[inputs];
        float[] x = new float[inputs];
        float[] sm = new float[dim];
        int k = 0;
        for (int ai = 0; ai < articles.size(); ai++) {
            ArticleTokens t = articles.get(ai).tokens();
            for (int si = 0; si < t.sentences.size(); si++) {
                Sentence s = t.sentences.get(si);
                probe.sentenceMean(vectors.get(ai), s, sm);
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    art[k] = ai;
                    tok[k] = i;
                    sen[k] = si;
                    k++;
                    probe.raw(vectors.get(ai), s, i, sm, x);
                    for (int d = 0; d < inputs; d++) {
                        sum[d] += x[d];
                        sq[d] += (double) x[d] * x[d];
                    }
                }
            }
        }
        float[] mean = new float[inputs];
        float[] scale = new float[inputs];
        for (int d = 0; d < inputs; d++) {
            double m = sum[d] / Math.max(1, count);
            double var = sq[d] / Math.max(1, count) - m * m;
            mean[d] = (float) m;
            scale[d] = (float) (1 / Math.sqrt(Math.max(var, 1e-8)));
        }
        int classes = PropagandaTrainer.TOKEN_CLASSES.size();
        float[][] w = new float[classes][inputs];
        float[] b = new float[classes];
        DenseTokenModel m = new DenseTokenModel(dim, p.context(), mean, scale, w, b);
        float[][] g2 = new float[classes][inputs];
        float[] gb = new float[classes];
        int[][] ys = new int[articles.size()][];
        for (int ai = 0; ai < articles.size(); ai++) {
            ys[ai] = articles.get(ai).tokenClasses();
        }
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Random random = new Random(p.seed());
        double[] s = new double[classes];
        float[][][] means = new float[articles.size()][][];
        for (int ai = 0; ai < articles.size(); ai++) {
            means[ai] = m.sentenceMeans(articles.get(ai).tokens(), vectors.get(ai));
        }
        for (int epoch = 0; epoch < p.epochs(); epoch++) {
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int n : order) {
                int ai = art[n];
                Sentence sn = articles.get(ai).tokens().sentences.get(sen[n]);
                m.input(vectors.get(ai), sn, tok[n], means[ai][sen[n]], x);
                m.softmax(x, s);
                int y = ys[ai][tok[n]];
                for (int c = 0; c < classes; c++) {
                    double err = s[c] - (y == c ? 1 : 0);
                    float[] wc = w[c];
                    float[] gc = g2[c];
                    for (int d = 0; d < inputs; d++) {
                        double g = err * x[d] + p.l2() * wc[d];
                        gc[d] += (float) (g * g);
                        wc[d] -= (float) (p.rate() * g / Math.sqrt(gc[d] + 1e-8));
                    }
                    gb[c] += (float) (err * err);
                    b[c] -= (float) (p.rate() * err / Math.sqrt(gb[c] + 1e-8));
                }
            }
        }
        return m;
    }

    private float[][] sentenceMeans(ArticleTokens t, float[][] v) {
        float[][] out = new float[t.sentences.size()][dim];
        for (int si = 0; si < out.length; si++) {
            sentenceMean(v, t.sentences.get(si), out[si]);
        }
        return out;
    }

    private void sentenceMean(float[][] v, Sentence s, float[] out) {
        java.util.Arrays.fill(out, 0);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            for (int d = 0; d < dim; d++) {
                out[d] += v[i][d];
            }
        }
        float inv = 1f / Math.max(1, s.tokenCount());
        for (int d = 0; d < dim; d++) {
            out[d] *= inv;
        }
    }

    /** The unstandardised input of token {@code i}. */
    private void raw(float[][] v, Sentence s, int i, float[] sentenceMean, float[] x) {
        System.arraycopy(v[i], 0, x, 0, dim);
        System.arraycopy(sentenceMean, 0, x, dim, dim);
        if (context) {
            boolean left = i > s.firstToken();
            boolean right = i + 1 < s.endToken();
            int n = (left ? 1 : 0) + (right ? 1 : 0);
            for (int d = 0; d < dim; d++) {
                float sum = (left ? v[i - 1][d] : 0) + (right ? v[i + 1][d] : 0);
                x[2 * dim + d] = n == 0 ? 0 : sum / n;
            }
        }
    }

    private void input(float[][] v, Sentence s, int i, float[] sentenceMean, float[] x) {
        raw(v, s, i, sentenceMean, x);
        for (int d = 0; d < inputs; d++) {
            x[d] = (x[d] - mean[d]) * scale[d];
        }
    }

    private void softmax(float[] x, double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double z = b[c];
            float[] wc = w[c];
            for (int d = 0; d < inputs; d++) {
                z += wc[d] * x[d];
            }
            s[c] = z;
            max = Math.max(max, z);
        }
        double total = 0;
        for (int c = 0; c < s.length; c++) {
            s[c] = Math.exp(s[c] - max);
            total += s[c];
        }
        for (int c = 0; c < s.length; c++) {
            s[c] /= total;
        }
    }
}
