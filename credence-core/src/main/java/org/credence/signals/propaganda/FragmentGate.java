package org.credence.signals.propaganda;

import java.util.ArrayList;
import java.util.List;
import org.credence.ml.FeatureHashing;
import org.credence.ml.LinearModel;
import org.credence.ml.LogisticTrainer;
import org.credence.ml.PackedWeights;
import org.credence.ml.SparseVector;
import org.credence.model.Sentence;
import org.credence.model.Span;

/**
 * The fragment gate: a binary logistic regression that rescores each candidate fragment the
 * token model decoded (P that it touches a gold fragment) from what the token probabilities say
 * around it, so that candidates in sentences and articles where the token model is less reliable
 * can be dropped. Features (binned, a few crossed): the fragment's highest and mean token
 * probability, the mean probability of the rest of its sentence, its length and share of the
 * sentence, the sentence's length, position, headline, quotation marks and ! or ?, the
 * neighbouring sentences' highest probabilities, and the article's mean sentence maximum and
 * share of sentences with a confident token. It reads no words, so it generalises across topics.
 *
 * <p>Trained on out-of-fold token probabilities ({@link PropagandaTrainer}), so that it sees
 * probabilities as unseen articles get them. Immutable.
 */
final class FragmentGate {

    /** Hashing bits of the gate's features. */
    static final int BITS = 14;
    /** Labels of the gate's classes: the candidate touches no gold fragment, or it does. */
    static final List<String> CLASSES = List.of("no", "yes");

    private static final FeatureHashing HASH = new FeatureHashing(BITS);

    private FragmentGate() {
    }

    /** Per read sentence, its highest token probability. */
    static double[] sentenceMax(ArticleTokens a, float[] p) {
        double[] m = new double[a.sentences.size()];
        for (int si = 0; si < m.length; si++) {
            Sentence s = a.sentences.get(si);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                m[si] = Math.max(m[si], p[i]);
            }
        }
        return m;
    }

    /** Article-level facts the features share: mean sentence maximum, share of sentences with a token at 0.3 or more. */
    static double[] articleFacts(double[] sentenceMax) {
        double mean = 0;
        int confident = 0;
        for (double v : sentenceMax) {
            mean += v;
            confident += v >= 0.3 ? 1 : 0;
        }
        int n = Math.max(1, sentenceMax.length);
        return new double[] {mean / n, (double) confident / n};
    }

    /** The features of candidate {@code span} (offsets of the document's text, inside one read sentence). */
    static SparseVector features(ArticleTokens a, float[] p, Span span, double[] sentenceMax, double[] article) {
        int[] r = a.tokensIn(span);
        int si = a.sentenceOf(r[0]);
        Sentence s = a.sentences.get(si);
        double max = 0;
        double sum = 0;
        int strong = 0;
        int quoted = 0;
        int n = r[1] - r[0];
        for (int i = r[0]; i < r[1]; i++) {
            max = Math.max(max, p[i]);
            sum += p[i];
            strong += p[i] >= 0.5 ? 1 : 0;
            quoted += a.quoted[i] ? 1 : 0;
        }
        double mean = sum / Math.max(1, n);
        double outside = 0;
        int outsideN = 0;
        boolean exclamation = false;
        boolean question = false;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (i < r[0] || i >= r[1]) {
                outside += p[i];
                outsideN++;
            }
            if (!a.word[i]) {
                exclamation |= a.lower[i].indexOf('!') >= 0;
                question |= a.lower[i].indexOf('?') >= 0;
            }
        }
        int sentences = sentenceMax.length;
        double amean = article[0];
        SparseVector.Builder b = new SparseVector.Builder();
        b.add(HASH.index("bias"), 1);
        int maxBin = bin(max, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8);
        b.add(index("max", maxBin), 1);
        b.add(HASH.index("max-value"), max);
        b.add(index("mean", bin(mean, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6)), 1);
        b.add(HASH.index("mean-value"), mean);
        b.add(index("outside", outsideN == 0 ? 99 : bin(outside / outsideN, 0.05, 0.1, 0.15, 0.2)), 1);
        b.add(index("tokens", bin(n, 2, 3, 4, 6, 9, 13, 20, 30)), 1);
        b.add(index("share", Math.min(4, 5 * n / Math.max(1, s.tokenCount()))), 1);
        b.add(index("sentence-tokens", bin(s.tokenCount(), 6, 10, 15, 22, 30, 45)), 1);
        b.add(index("strong", Math.min(strong, 4)), 1);
        b.add(index("article-mean", bin(amean, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)), 1);
        b.add(HASH.index("article-mean-value"), amean);
        b.add(index("article-confident", bin(article[1], 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)), 1);
        b.add(index("previous", si == 0 ? 99 : bin(sentenceMax[si - 1], 0.2, 0.3, 0.4, 0.5)), 1);
        b.add(index("next", si + 1 >= sentences ? 99 : bin(sentenceMax[si + 1], 0.2, 0.3, 0.4, 0.5)), 1);
        b.add(index("position", Math.min(si, 5)), 1);
        b.add(index("relative-position", 5 * si / Math.max(1, sentences)), 1);
        b.add(index("article-sentences", bin(sentences, 10, 20, 30, 45, 70)), 1);
        if (a.headline[si]) {
            b.add(HASH.index("headline"), 1);
        }
        b.add(index("quoted", quoted == 0 ? 0 : quoted == n ? 2 : 1), 1);
        if (exclamation) {
            b.add(HASH.index("exclamation"), 1);
        }
        if (question) {
            b.add(HASH.index("question"), 1);
        }
        int coarse = bin(max, 0.3, 0.4, 0.5, 0.65);
        b.add(index("max*article-mean", coarse * 10 + bin(amean, 0.2, 0.27, 0.35)), 1);
        b.add(index("max*tokens", coarse * 10 + bin(n, 3, 6, 12, 25)), 1);
        b.add(index("max*sentence-tokens", coarse * 10 + bin(s.tokenCount(), 10, 20, 35)), 1);
        b.add(index("mean*tokens", bin(mean, 0.25, 0.35, 0.5) * 10 + bin(n, 3, 6, 12, 25)), 1);
        return b.build(false);
    }

    /** P(the candidate touches a gold fragment) under {@code gate}. */
    static double probability(PackedWeights gate, ArticleTokens a, float[] p, Span span, double[] sentenceMax,
                              double[] article) {
        return gate.probabilities(features(a, p, span, sentenceMax, article))[1];
    }

    /**
     * Trains the gate on candidates decoded from out-of-fold token probabilities.
     *
     * @param articles the training articles
     * @param probs    per article, token probabilities from a model that did not see it
     * @param d        the decoding that makes the candidates (its keep is the candidates' floor)
     * @param seed     shuffling seed
     */
    static LinearModel train(List<Prepared> articles, List<float[]> probs, PropagandaModel.Params d, long seed) {
        List<SparseVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Prepared a = articles.get(i);
            float[] p = probs.get(i);
            double[] sm = sentenceMax(a.tokens(), p);
            double[] facts = articleFacts(sm);
            for (Span s : PropagandaModel.decode(a.tokens(), p, d.threshold(), d.keep(), d.gap())) {
                xs.add(features(a.tokens(), p, s, sm, facts));
                ys.add(a.touchesGold(s) ? 1 : 0);
            }
        }
        return new LogisticTrainer(15, 0.1, 1e-5, seed).train(xs, ys.stream().mapToInt(Integer::intValue).toArray(), null,
                CLASSES, HASH.dimension());
    }

    private static int index(String name, int value) {
        return HASH.index(name, Integer.toString(value));
    }

    private static int bin(double v, double... edges) {
        int b = 0;
        while (b < edges.length && v >= edges[b]) {
            b++;
        }
        return b;
    }
}
