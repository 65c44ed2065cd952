package org.credence.signals.propaganda;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.bench.MiniLmTokenEmbedder;
import org.credence.eval.SpanOverlapScore;
import org.credence.ml.LinearModel;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * Experiment (issue 4, not shipped): does a token classifier on frozen MiniLM token vectors
 * ({@link DenseTokenModel}), interpolated with the shipped token model's probabilities, improve
 * propaganda span identification? The interpolated probabilities, {@code alpha × base + (1 −
 * alpha) × embedding} (for P(propaganda) and P(L) alike), go through the existing decoding,
 * fragment gate (retrained on out-of-fold interpolated probabilities, as the shipped trainer
 * does) and short-technique split. {@code alpha = 1} is the shipped method.
 *
 * <p>Modes (data folder {@code ../shared/data} unless {@code data=DIR} is given):
 * <ul>
 * <li>{@code embed}: fills the vector cache ({@code cache=DIR}, default {@code /tmp/credence-emb4}).</li>
 * <li>{@code cv}: 5-fold cross-validation by article (article {@code i} of TRAIN then DEV in fold
 *     {@code i mod 5}) over TRAIN + DEV, pooled SI figures per alpha and decoding.</li>
 * <li>{@code dev}: trained on TRAIN, scored on DEV.</li>
 * <li>{@code test alpha=A threshold=T gate=G split=S}: trained on TRAIN + DEV, scored once on TEST
 *     for the chosen setting and for alpha 1 (the shipped method).</li>
 * <li>{@code cost}: milliseconds per article of the embedding pass on one thread (DEV texts).</li>
 * </ul>
 * Embedding-model options: {@code epochs=}, {@code rate=}, {@code l2=}, {@code context=true|false}.
 */
public final class EmbeddingSpanExperiment {

    static final double[] ALPHAS = {1, 0.75, 0.6, 0.5, 0.4, 0.25, 0};
    static final double[] THRESHOLDS = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45};
    static final double[] GATES = {0, 0.25};
    static final double[] SPLITS = {0, 0.3};
    static final int FOLDS = 5;

    private EmbeddingSpanExperiment() {
    }

    /**
     * What one training run gives: the base models and, per held-out article, base and embedding
     * token scores; per fit article, out-of-fold base and embedding P(propaganda) (for the gate).
     */
    record Run(LinearModel si, LinearModel tc, List<PropagandaModel.TokenScores> base,
               List<DenseTokenModel.Scores> emb, List<float[]> baseOof, List<float[]> embOof) {
    }

    static Run run(List<Prepared> fit, List<float[][]> fitV, List<Prepared> held, List<float[][]> heldV,
                   PropagandaTrainer.Params p, DenseTokenModel.Params ep) {
        long t0 = System.nanoTime();
        LinearModel si = PropagandaTrainer.prune(PropagandaTrainer.trainSi(fit, p), 1e-4f);
        LinearModel tc = PropagandaTrainer.prune(PropagandaTrainer.trainTc(fit, p), 1e-4f);
        PropagandaModel m = new PropagandaModel(si, tc, null, noGate(p.model()), "{}");
        DenseTokenModel dm = DenseTokenModel.train(fit, fitV, ep);
        List<PropagandaModel.TokenScores> base = new ArrayList<>();
        List<DenseTokenModel.Scores> emb = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            base.add(m.tokenScores(held.get(i).tokens()));
            emb.add(dm.scores(held.get(i).tokens(), heldV.get(i)));
        }
        log("  trained base + embedding models on %d articles (%.1f s)", fit.size(), secs(t0));
        List<float[]> baseOof = new ArrayList<>(Collections.nCopies(fit.size(), (float[]) null));
        List<float[]> embOof = new ArrayList<>(Collections.nCopies(fit.size(), (float[]) null));
        for (int fold = 0; fold < PropagandaTrainer.GATE_FOLDS; fold++) {
            List<Prepared> f = new ArrayList<>();
            List<float[][]> fv = new ArrayList<>();
            for (int i = 0; i < fit.size(); i++) {
                if (i % PropagandaTrainer.GATE_FOLDS != fold) {
                    f.add(fit.get(i));
                    fv.add(fitV.get(i));
                }
            }
            LinearModel fsi = PropagandaTrainer.prune(PropagandaTrainer.trainSi(f, p), 1e-4f);
            PropagandaModel fm = new PropagandaModel(fsi, tc, null, noGate(p.model()), "{}");
            DenseTokenModel fdm = DenseTokenModel.train(f, fv, ep);
            for (int i = fold; i < fit.size(); i += PropagandaTrainer.GATE_FOLDS) {
                baseOof.set(i, fm.tokenScores(fit.get(i).tokens()).propaganda());
                embOof.set(i, fdm.scores(fit.get(i).tokens(), fitV.get(i)).propaganda());
            }
        }
        log("  out-of-fold scores for the gate (%.1f s)", secs(t0));
        return new Run(si, tc, base, emb, baseOof, embOof);
    }

    static PropagandaModel.Params noGate(PropagandaModel.Params d) {
        return d.withDecoding(d.threshold(), d.keep(), d.gap(), 0, d.shortSplit());
    }

    static float[] mix(float[] base, float[] emb, double alpha) {
        float[] out = new float[base.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (alpha * base[i] + (1 - alpha) * emb[i]);
        }
        return out;
    }

    /** Pooled figures over folds: SI scores per setting, sentence scores per alpha. */
    static final class Tally {
        final Map<String, SpanOverlapScore> si = new LinkedHashMap<>();
        final Map<Double, List<double[]>> sentences = new LinkedHashMap<>();

        void add(String key, SpanOverlapScore s) {
            si.merge(key, s, SpanOverlapScore::plus);
        }
    }

    /** Scores the held-out articles of a run over the alpha and decoding grids into {@code t}. */
    static void score(Run r, List<Prepared> fit, List<Prepared> held, PropagandaTrainer.Params p, double[] alphas,
                      double[] thresholds, double[] gates, double[] splits, Tally t) {
        for (double alpha : alphas) {
            List<PropagandaModel.TokenScores> mixed = new ArrayList<>();
            for (int i = 0; i < held.size(); i++) {
                mixed.add(new PropagandaModel.TokenScores(
                        mix(r.base().get(i).propaganda(), r.emb().get(i).propaganda(), alpha),
                        mix(r.base().get(i).longTechnique(), r.emb().get(i).longTechnique(), alpha)));
                sentenceScores(held.get(i), mixed.get(i).propaganda(), t.sentences.computeIfAbsent(alpha, k -> new ArrayList<>()));
            }
            List<float[]> oof = new ArrayList<>();
            for (int i = 0; i < fit.size(); i++) {
                oof.add(mix(r.baseOof().get(i), r.embOof().get(i), alpha));
            }
            for (double th : thresholds) {
                PropagandaModel.Params d0 = p.model().withDecoding(th, th, p.model().gap(), 0, 0);
                LinearModel gate = null;
                for (double g : gates) {
                    if (g > 0 && gate == null) {
                        gate = PropagandaTrainer.prune(FragmentGate.train(fit, oof, d0, p.seed()), 1e-4f);
                    }
                    for (double sp : splits) {
                        PropagandaModel.Params d = p.model().withDecoding(th, th, p.model().gap(), g, sp);
                        PropagandaModel m = new PropagandaModel(r.si(), r.tc(), g > 0 ? gate : null, d, "{}");
                        SpanOverlapScore s = SpanOverlapScore.ZERO;
                        for (int i = 0; i < held.size(); i++) {
                            s = s.plus(held.get(i).score(m.fragments(held.get(i).tokens(), mixed.get(i), d)));
                        }
                        t.add(key(alpha, th, g, sp), s);
                    }
                }
            }
        }
    }

    static String key(double alpha, double threshold, double gate, double split) {
        return String.format(Locale.ROOT, "alpha %.2f threshold %.2f gate %.2f split %.1f", alpha, threshold, gate, split);
    }

    /** Adds (highest token probability, holds a gold token) per read sentence. */
    static void sentenceScores(Prepared a, float[] p, List<double[]> out) {
        int[] y = a.tokenClasses();
        for (Sentence s : a.tokens().sentences) {
            double max = 0;
            boolean gold = false;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                max = Math.max(max, p[i]);
                gold |= y[i] > 0;
            }
            out.add(new double[] {max, gold ? 1 : 0});
        }
    }

    /** ROC-AUC of (score, label) pairs, ties counted half. */
    static double auc(List<double[]> pairs) {
        double[][] a = pairs.toArray(new double[0][]);
        Arrays.sort(a, (x, y) -> Double.compare(x[0], y[0]));
        double pos = 0;
        double rankSum = 0;
        int i = 0;
        while (i < a.length) {
            int j = i;
            while (j < a.length && a[j][0] == a[i][0]) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (a[k][1] > 0) {
                    pos++;
                    rankSum += rank;
                }
            }
            i = j;
        }
        double neg = a.length - pos;
        return pos == 0 || neg == 0 ? Double.NaN : (rankSum - pos * (pos + 1) / 2) / (pos * neg);
    }

    static void report(String what, Tally t) {
        for (Map.Entry<String, SpanOverlapScore> e : t.si.entrySet()) {
            SpanOverlapScore s = e.getValue();
            log("%s SI %s: F1 %.4f P %.4f R %.4f (%d spans)", what, e.getKey(), s.f1(), s.precision(), s.recall(), s.predicted());
        }
        for (Map.Entry<Double, List<double[]>> e : t.sentences.entrySet()) {
            log("%s sentence ROC-AUC (highest token probability) alpha %.2f: %.4f over %d sentences", what, e.getKey(),
                    auc(e.getValue()), e.getValue().size());
        }
        Map<String, String> best = new LinkedHashMap<>();
        Map<String, Double> bestF = new LinkedHashMap<>();
        for (Map.Entry<String, SpanOverlapScore> e : t.si.entrySet()) {
            String k = e.getKey();
            String group = k.substring(0, k.indexOf(" threshold")) + (k.contains("gate 0.00") ? " no gate" : " gate");
            if (e.getValue().f1() > bestF.getOrDefault(group, -1.0)) {
                bestF.put(group, e.getValue().f1());
                best.put(group, k);
            }
        }
        best.forEach((g, k) -> log("%s best %-22s %.4f at %s", what, g, bestF.get(g), k));
    }

    /** The {@code key=value} arguments after the mode (the first argument), in order; a bare key maps to "". */
    static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            o.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return o;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = options(args);
        String mode = args.length > 0 ? args[0] : "cv";
        Path data = Path.of(o.getOrDefault("data", "../shared/data"));
        TokenVectors vectors = new TokenVectors(Path.of(o.getOrDefault("cache", "/tmp/credence-emb4")),
                Integer.parseInt(o.getOrDefault("window", "256")), Integer.parseInt(o.getOrDefault("overlap", "64")));
        DenseTokenModel.Params ep = new DenseTokenModel.Params(Integer.parseInt(o.getOrDefault("epochs", "3")),
                Double.parseDouble(o.getOrDefault("rate", "0.05")), Double.parseDouble(o.getOrDefault("l2", "1e-6")),
                Boolean.parseBoolean(o.getOrDefault("context", "false")), 2020L);
        PropagandaTrainer.Params p = PropagandaTrainer.Params.defaults();
        long t0 = System.nanoTime();
        PtcCorpus corpus = PtcCorpus.read(data.resolve(PropagandaTrainer.ARTICLES), data.resolve(PropagandaTrainer.LABELS));
        List<Prepared> train = Prepared.of(corpus.part(PtcCorpus.Part.TRAIN));
        List<Prepared> dev = Prepared.of(corpus.part(PtcCorpus.Part.DEV));
        log("%s: %d train, %d dev articles read (%.1f s); embedding model %s", mode, train.size(), dev.size(), secs(t0), ep);
        switch (mode) {
            case "embed" -> {
                List<Prepared> all = new ArrayList<>(train);
                all.addAll(dev);
                all.addAll(Prepared.of(corpus.part(PtcCorpus.Part.TEST)));
                long t1 = System.nanoTime();
                vectors.of(all);
                log("vectors for %d articles: %s (%.1f s)", all.size(), vectors.counts(), secs(t1));
                coverage(all, vectors);
            }
            case "cv" -> {
                List<Prepared> all = new ArrayList<>(train);
                all.addAll(dev);
                List<float[][]> v = vectors.of(all);
                Tally t = new Tally();
                for (int fold = 0; fold < FOLDS; fold++) {
                    List<Prepared> fit = new ArrayList<>();
                    List<float[][]> fitV = new ArrayList<>();
                    List<Prepared> held = new ArrayList<>();
                    List<float[][]> heldV = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        (i % FOLDS == fold ? held : fit).add(all.get(i));
                        (i % FOLDS == fold ? heldV : fitV).add(v.get(i));
                    }
                    log("fold %d: %d fit, %d held out", fold, fit.size(), held.size());
                    score(run(fit, fitV, held, heldV, p, ep), fit, held, p, ALPHAS, THRESHOLDS, GATES, SPLITS, t);
                }
                report("cv", t);
            }
            case "dev" -> {
                Tally t = new Tally();
                score(run(train, vectors.of(train), dev, vectors.of(dev), p, ep), train, dev, p, ALPHAS, THRESHOLDS, GATES,
                        SPLITS, t);
                report("dev", t);
            }
            case "test" -> {
                double alpha = Double.parseDouble(o.get("alpha"));
                double th = Double.parseDouble(o.get("threshold"));
                double g = Double.parseDouble(o.get("gate"));
                double sp = Double.parseDouble(o.get("split"));
                List<Prepared> fit = new ArrayList<>(train);
                fit.addAll(dev);
                List<Prepared> test = Prepared.of(corpus.part(PtcCorpus.Part.TEST));
                Tally t = new Tally();
                Run r = run(fit, vectors.of(fit), test, vectors.of(test), p, ep);
                PropagandaModel.Params d = p.model();
                score(r, fit, test, p, new double[] {1}, new double[] {d.threshold()}, new double[] {d.gateThreshold()},
                        new double[] {d.shortSplit()}, t);
                score(r, fit, test, p, new double[] {alpha}, new double[] {th}, new double[] {g}, new double[] {sp}, t);
                report("test", t);
            }
            case "cost" -> cost(dev, Integer.parseInt(o.getOrDefault("window", "256")),
                    Integer.parseInt(o.getOrDefault("overlap", "64")));
            default -> throw new IllegalArgumentException("mode: embed, cv, dev, test or cost; got " + mode);
        }
        vectors.close();
        log("done (%.1f s)", secs(t0));
    }

    /** Share of read tokens whose vector is all zeros (no wordpiece overlapped them). */
    static void coverage(List<Prepared> articles, TokenVectors vectors) {
        long read = 0;
        long empty = 0;
        for (Prepared a : articles) {
            float[][] v = vectors.of(a);
            for (Sentence s : a.tokens().sentences) {
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    read++;
                    boolean zero = true;
                    for (float x : v[i]) {
                        zero &= x == 0;
                    }
                    empty += zero ? 1 : 0;
                }
            }
        }
        log("tokens read: %d, without a wordpiece: %d", read, empty);
    }

    /** Prints ms per article of the embedding pass (tokenizer, model, mapping) on one thread. */
    static void cost(List<Prepared> articles, int window, int overlap) {
        try (MiniLmTokenEmbedder e = new MiniLmTokenEmbedder(window, overlap, 1)) {
            List<List<Span>> spans = new ArrayList<>();
            for (Prepared a : articles) {
                List<Span> s = new ArrayList<>();
                for (Token t : a.tokens().tokens) {
                    s.add(t.span());
                }
                spans.add(s);
            }
            for (int i = 0; i < Math.min(10, articles.size()); i++) {
                e.spans(articles.get(i).doc().text(), spans.get(i));
            }
            for (int round = 0; round < 2; round++) {
                double[] ms = new double[articles.size()];
                long pieces = 0;
                long chars = 0;
                long t0 = System.nanoTime();
                for (int i = 0; i < articles.size(); i++) {
                    long t1 = System.nanoTime();
                    String text = articles.get(i).doc().text();
                    MiniLmTokenEmbedder.Pieces p = e.pieces(text);
                    MiniLmTokenEmbedder.map(p, spans.get(i));
                    ms[i] = (System.nanoTime() - t1) / 1e6;
                    pieces += p.size();
                    chars += text.length();
                }
                double total = secs(t0);
                Arrays.sort(ms);
                log("cost round %d, window %d overlap %d, 1 thread: %d articles, mean %.1f ms, median %.1f ms, p90 %.1f ms an "
                        + "article; %.0f wordpieces, %.0f characters an article (%.1f s)", round, window, overlap,
                        articles.size(), 1000 * total / articles.size(), ms[ms.length / 2], ms[(int) (ms.length * 0.9)],
                        (double) pieces / articles.size(), (double) chars / articles.size(), total);
            }
        }
    }

    private static void log(String fmt, Object... args) {
        System.err.println("[emb4] " + String.format(Locale.ROOT, fmt, args));
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
