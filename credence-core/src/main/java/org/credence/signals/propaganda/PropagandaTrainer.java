package org.credence.signals.propaganda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.eval.SpanOverlapScore;
import org.credence.eval.TechniqueTally;
import org.credence.ml.LinearModel;
import org.credence.ml.LogisticTrainer;
import org.credence.ml.ModelFile;
import org.credence.ml.PackedWeights;
import org.credence.ml.SparseVector;
import org.credence.model.Span;

/**
 * Trains the propaganda model on the PTC training articles ({@code ptc-semeval2020/train-articles}
 * with {@code train-task2-TC.labels}). Split by article ({@link PtcCorpus.Part}): parameters
 * were chosen on DEV with models trained on TRAIN ({@link #tune}); the shipped model is trained
 * on TRAIN and DEV with those parameters and scored once on TEST, whose figures go into the
 * provenance. The {@linkplain FragmentGate fragment gate} is trained on candidates decoded from
 * out-of-fold token probabilities of the same training articles ({@link #GATE_FOLDS} folds by
 * article). Deterministic for a given seed.
 */
public final class PropagandaTrainer {

    /** Data files under the shared data folder. */
    public static final String ARTICLES = "ptc-semeval2020/train-articles";
    public static final String LABELS = "ptc-semeval2020/train-task2-TC.labels";

    /**
     * Training parameters.
     *
     * @param siEpochs epochs of the token model
     * @param tcEpochs epochs of the technique model
     * @param siRate   AdaGrad rate of the token model
     * @param tcRate   AdaGrad rate of the technique model
     * @param l2       L2 penalty
     * @param seed     shuffling seed
     * @param model    features and decoding
     */
    public record Params(int siEpochs, int tcEpochs, double siRate, double tcRate, double l2, long seed,
                         PropagandaModel.Params model) {
        public static Params defaults() {
            return new Params(4, 15, 0.1, 0.2, 1e-6, 2020L,
                    new PropagandaModel.Params(20, 0.3, 18, 0.3, 0.2, 0.2, 100, 0.25, 0.3));
        }

        public Params withSeed(long s) {
            return new Params(siEpochs, tcEpochs, siRate, tcRate, l2, s, model);
        }
    }

    /** Folds (by article) of the out-of-fold token probabilities the fragment gate learns from. */
    static final int GATE_FOLDS = 5;

    private PropagandaTrainer() {
    }

    /** Trains both models on prepared articles. */
    static PropagandaModel train(List<Prepared> articles, Params p) {
        return trained(articles, p).model();
    }

    /** The trained models (the gate null when the decoding asks for none) and the propaganda model made from them. */
    record Trained(LinearModel si, LinearModel tc, LinearModel gate, PropagandaModel model) {
    }

    static Trained trained(List<Prepared> articles, Params p) {
        LinearModel si = prune(trainSi(articles, p), 1e-4f);
        LinearModel tc = prune(trainTc(articles, p), 1e-4f);
        LinearModel gate = null;
        if (p.model().gateThreshold() > 0) {
            gate = prune(FragmentGate.train(articles, outOfFold(articles, p), p.model(), p.seed()), 1e-4f);
        }
        return new Trained(si, tc, gate, new PropagandaModel(si, tc, gate, p.model(), "{}"));
    }

    /**
     * Per article, token probabilities from a token model trained on the other folds (article
     * {@code i} is in fold {@code i mod }{@link #GATE_FOLDS}).
     */
    static List<float[]> outOfFold(List<Prepared> articles, Params p) {
        List<float[]> out = new ArrayList<>(java.util.Collections.nCopies(articles.size(), (float[]) null));
        for (int fold = 0; fold < GATE_FOLDS; fold++) {
            List<Prepared> fit = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (i % GATE_FOLDS != fold) {
                    fit.add(articles.get(i));
                }
            }
            PackedWeights si = PackedWeights.of(prune(trainSi(fit, p), 1e-4f));
            TokenFeatures f = new TokenFeatures(p.model().siBits(), p.model().bagWeight());
            for (int i = fold; i < articles.size(); i += GATE_FOLDS) {
                out.set(i, PropagandaModel.tokenProbabilities(articles.get(i).tokens(), si, f));
            }
        }
        return out;
    }

    /** The token model's classes: outside, inside a short-technique fragment, inside another fragment. */
    static final List<String> TOKEN_CLASSES = List.of("O", "S", "L");

    /** The token model. */
    static LinearModel trainSi(List<Prepared> articles, Params p) {
        TokenFeatures f = new TokenFeatures(p.model().siBits(), p.model().bagWeight());
        List<SparseVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int ai = 0; ai < articles.size(); ai++) {
            Prepared a = articles.get(ai);
            int[] y = a.tokenClasses();
            for (int si = 0; si < a.tokens().sentences.size(); si++) {
                int first = a.tokens().sentences.get(si).firstToken();
                List<SparseVector> v = f.sentence(a.tokens(), si);
                for (int k = 0; k < v.size(); k++) {
                    xs.add(v.get(k));
                    ys.add(y[first + k]);
                }
            }
        }
        xs = dropRare(xs, MIN_COUNT, f.dimension());
        return new LogisticTrainer(p.siEpochs(), p.siRate(), p.l2(), p.seed())
                .train(xs, ys.stream().mapToInt(Integer::intValue).toArray(), null, TOKEN_CLASSES, f.dimension());
    }

    static LinearModel trainTc(List<Prepared> articles, Params p) {
        SpanFeatures f = new SpanFeatures(p.model().tcBits(), p.model().contextWeight());
        List<String> labels = new ArrayList<>();
        for (Technique t : Technique.values()) {
            labels.add(t.label());
        }
        List<SparseVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Prepared a : articles) {
            for (PtcCorpus.Label l : a.article().labels()) {
                if (l.technique() != null) {
                    xs.add(f.of(a.tokens(), a.toDerived(l.span())));
                    ys.add(l.technique().ordinal());
                }
            }
        }
        xs = dropRare(xs, MIN_COUNT, f.dimension());
        return new LogisticTrainer(p.tcEpochs(), p.tcRate(), p.l2(), p.seed())
                .train(xs, ys.stream().mapToInt(Integer::intValue).toArray(), null, labels, f.dimension());
    }

    /** The span-identification score of a model on prepared articles. */
    static SpanOverlapScore siScore(PropagandaModel m, List<Prepared> articles) {
        return siScore(m, articles, probabilities(m, articles), m.params());
    }

    /** The span-identification score of given token probabilities decoded with {@code d} and the model's gate. */
    static SpanOverlapScore siScore(PropagandaModel m, List<Prepared> articles, List<PropagandaModel.TokenScores> probs,
                                    PropagandaModel.Params d) {
        SpanOverlapScore s = SpanOverlapScore.ZERO;
        for (int i = 0; i < articles.size(); i++) {
            Prepared a = articles.get(i);
            s = s.plus(a.score(m.fragments(a.tokens(), probs.get(i), d)));
        }
        return s;
    }

    static List<PropagandaModel.TokenScores> probabilities(PropagandaModel m, List<Prepared> articles) {
        return articles.parallelStream().map(a -> m.tokenScores(a.tokens())).toList();
    }

    /** Logs, per technique, the share of its gold fragments' characters that decoded fragments cover. */
    static void perTechniqueRecall(PropagandaModel m, List<Prepared> articles, List<PropagandaModel.TokenScores> probs) {
        Map<Technique, double[]> r = new java.util.EnumMap<>(Technique.class);
        for (int i = 0; i < articles.size(); i++) {
            Prepared a = articles.get(i);
            List<Span> found = new ArrayList<>();
            for (Span s : m.fragments(a.tokens(), probs.get(i))) {
                found.add(a.toRaw(s));
            }
            for (PtcCorpus.Label l : a.article().labels()) {
                double covered = 0;
                for (Span s : found) {
                    covered += Math.max(0, Math.min(s.end(), l.span().end()) - Math.max(s.start(), l.span().start()));
                }
                double[] c = r.computeIfAbsent(l.technique(), k -> new double[2]);
                c[0] += covered / l.span().length();
                c[1]++;
            }
        }
        r.forEach((t, c) -> log("  recall %-36s %.3f (%d fragments)", t.label(), c[0] / c[1], (int) c[1]));
    }

    /** Technique accuracy (micro-F1) on the gold fragments of prepared articles. */
    static TechniqueTally tcScore(PropagandaModel m, List<Prepared> articles) {
        TechniqueTally tally = new TechniqueTally();
        for (Prepared a : articles) {
            for (List<PtcCorpus.Label> group : a.article().sameSpan()) {
                double[] probs = m.classify(a.tokens(), a.toDerived(group.get(0).span()));
                tally.add(group.stream().map(l -> l.technique().label()).toList(), PropagandaModel.ranked(m.techniqueLabels(), probs));
            }
        }
        return tally;
    }

    /** {@link #tune(Path, Params, double[], double[], int[], double[], double[])} over the grid the shipped parameters were chosen from. */
    public static void tune(Path data, Params p) throws IOException {
        tune(data, p, new double[] {0.15, 0.2, 0.25}, new double[] {0.2, 0.3}, new int[] {100},
                new double[] {0, 0.2, 0.25, 0.3}, new double[] {0, 0.2, 0.3, 0.4});
    }

    /**
     * Trains on TRAIN (the gate on out-of-fold probabilities of TRAIN) and prints DEV figures over
     * a grid of decoding thresholds, gaps, gate thresholds (0: no gate) and short-split shares (0:
     * no split); the tuning step, TEST is not read.
     */
    public static void tune(Path data, Params p, double[] thresholds, double[] keeps, int[] gaps, double[] gates,
                            double[] splits) throws IOException {
        PtcCorpus corpus = PtcCorpus.read(data.resolve(ARTICLES), data.resolve(LABELS));
        long t0 = System.nanoTime();
        List<Prepared> train = Prepared.of(corpus.part(PtcCorpus.Part.TRAIN));
        List<Prepared> dev = Prepared.of(corpus.part(PtcCorpus.Part.DEV));
        log("read %d train, %d dev articles (%.1f s); gold characters in sentences read: %.4f", train.size(), dev.size(),
                secs(t0), dev.stream().mapToDouble(Prepared::goldCoverage).average().orElse(0));
        PropagandaModel m = train(train, p);
        log("trained (%.1f s) %s", secs(t0), p);
        List<PropagandaModel.TokenScores> probs = probabilities(m, dev);
        PropagandaModel.Params mp = p.model();
        for (double t : thresholds) {
            for (double k : keeps) {
                for (int g : gaps) {
                    for (double gate : gates) {
                        for (double split : splits) {
                            if (k < t || (gate > 0 && !m.hasGate())) {
                                continue;
                            }
                            SpanOverlapScore s = siScore(m, dev, probs, mp.withDecoding(t, k, g, gate, split));
                            log("dev SI threshold %.2f keep %.2f gap %d gate %.2f split %.1f: F1 %.4f P %.4f R %.4f (%d spans,"
                                    + " gold %d)", t, k, g, gate, split, s.f1(), s.precision(), s.recall(), s.predicted(),
                                    s.gold());
                        }
                    }
                }
            }
        }
        perTechniqueRecall(m, dev, probs);
        TechniqueTally tc = tcScore(m, dev);
        log("dev TC accuracy %.4f (%d/%d) macro-F1 %.4f", tc.accuracy(), tc.correct(), tc.total(), tc.macroF1());
    }

    /**
     * Trains the shipped model on TRAIN and DEV, scores it on TEST and writes
     * {@link PropagandaModel#SI_FILE}, {@link PropagandaModel#TC_FILE}, {@link PropagandaModel#GATE_FILE}
     * (when the decoding uses a gate) and {@code propaganda.json} (the provenance) into {@code outDir}.
     */
    public static PropagandaModel trainAndWrite(Path data, Path outDir, Params p) throws IOException {
        long t0 = System.nanoTime();
        PtcCorpus corpus = PtcCorpus.read(data.resolve(ARTICLES), data.resolve(LABELS));
        List<PtcCorpus.Article> fit = new ArrayList<>(corpus.part(PtcCorpus.Part.TRAIN));
        fit.addAll(corpus.part(PtcCorpus.Part.DEV));
        List<Prepared> train = Prepared.of(fit);
        List<Prepared> test = Prepared.of(corpus.part(PtcCorpus.Part.TEST));
        Trained t = trained(train, p);
        PropagandaModel m = t.model();
        log("trained on %d articles (%.1f s)", train.size(), secs(t0));
        SpanOverlapScore si = siScore(m, test);
        TechniqueTally tc = tcScore(m, test);
        log("test SI F1 %.4f P %.4f R %.4f; TC accuracy %.4f", si.f1(), si.precision(), si.recall(), tc.accuracy());
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("model", "propaganda");
        prov.put("method", "span identification: logistic regression per token, hashed features, runs of tokens "
                + "above a threshold, each run kept when a fragment gate (logistic regression over the token probabilities "
                + "around it, trained on out-of-fold probabilities) accepts it; technique classification: multinomial logistic regression over hashed fragment features");
        prov.put("created", Instant.now().toString());
        Map<String, Object> files = new LinkedHashMap<>();
        files.put(ARTICLES, folderDigest(data.resolve(ARTICLES)));
        files.put(LABELS, Map.of("bytes", Files.size(data.resolve(LABELS)), "sha256", sha256(Files.readAllBytes(data.resolve(LABELS)))));
        prov.put("data", files);
        prov.put("lexicon", "vader-valence.tsv (VADER, MIT), " + Lexicon.standard().size() + " words");
        prov.put("split", "by article: FeatureHashing.hash(\"ptc-article:\" + id) mod 20: 0-3 test, 4-6 dev, else train; "
                + "parameters chosen on dev with models trained on train; this model is trained on train + dev");
        prov.put("articles", Map.of("train+dev", train.size(), "test", test.size()));
        PropagandaModel.Params mp = p.model();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("siBits", mp.siBits());
        params.put("bagWeight", mp.bagWeight());
        params.put("tcBits", mp.tcBits());
        params.put("contextWeight", mp.contextWeight());
        params.put("threshold", mp.threshold());
        params.put("keep", mp.keep());
        params.put("gap", mp.gap());
        params.put("gateThreshold", mp.gateThreshold());
        params.put("gateFolds", GATE_FOLDS);
        params.put("shortSplit", mp.shortSplit());
        params.put("siEpochs", p.siEpochs());
        params.put("tcEpochs", p.tcEpochs());
        params.put("siRate", p.siRate());
        params.put("tcRate", p.tcRate());
        params.put("l2", p.l2());
        params.put("minFeatureCount", MIN_COUNT);
        params.put("seed", p.seed());
        prov.put("params", params);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("test-si", si.asMap());
        metrics.put("test-tc", tc.asMap());
        prov.put("metrics", metrics);
        prov.put("training-articles", fit.stream().map(PtcCorpus.Article::id).toList());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String text = json.writeValueAsString(prov);
        Files.createDirectories(outDir);
        new ModelFile(t.si(), text).write(outDir.resolve(PropagandaModel.SI_FILE));
        new ModelFile(t.tc(), text).write(outDir.resolve(PropagandaModel.TC_FILE));
        if (t.gate() != null) {
            new ModelFile(t.gate(), text).write(outDir.resolve(PropagandaModel.GATE_FILE));
        }
        Files.writeString(outDir.resolve("propaganda.json"), text + "\n");
        log("wrote %s (%.1f s)", outDir, secs(t0));
        return m;
    }

    /** Features seen in fewer training examples than this get no weight (smaller files, little loss). */
    static final int MIN_COUNT = 3;

    /**
     * The examples without the features that occur in fewer than {@code minCount} of them. Values
     * are kept as they are (not renormalised), as a model that gives those features no weight
     * sees them at prediction time.
     */
    static List<SparseVector> dropRare(List<SparseVector> xs, int minCount, int dimension) {
        if (minCount <= 1) {
            return xs;
        }
        int[] count = new int[dimension];
        for (SparseVector x : xs) {
            for (int i : x.index()) {
                count[i]++;
            }
        }
        List<SparseVector> out = new ArrayList<>(xs.size());
        for (SparseVector x : xs) {
            int n = 0;
            for (int i : x.index()) {
                n += count[i] >= minCount ? 1 : 0;
            }
            int[] idx = new int[n];
            float[] val = new float[n];
            int k = 0;
            for (int j = 0; j < x.size(); j++) {
                if (count[x.index()[j]] >= minCount) {
                    idx[k] = x.index()[j];
                    val[k++] = x.value()[j];
                }
            }
            out.add(new SparseVector(idx, val));
        }
        return out;
    }

    /**
     * The same model with the first class's weights subtracted from every class (softmax gives
     * the same probabilities; the first row becomes zero and costs nothing in the file), and
     * weights below {@code min} in magnitude set to zero.
     */
    static LinearModel prune(LinearModel m, float min) {
        float[][] w = new float[m.classes()][];
        float[] w0 = m.weights()[0];
        float[] b = new float[m.classes()];
        for (int c = 0; c < w.length; c++) {
            w[c] = m.weights()[c].clone();
            b[c] = m.bias()[c] - m.bias()[0];
            for (int i = 0; i < w[c].length; i++) {
                w[c][i] -= w0[i];
                if (Math.abs(w[c][i]) < min) {
                    w[c][i] = 0;
                }
            }
        }
        return new LinearModel(m.labels(), w, b);
    }

    private static Map<String, Object> folderDigest(Path dir) throws IOException {
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            long bytes = 0;
            for (Path f : files) {
                byte[] b = Files.readAllBytes(f);
                md.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(b);
                bytes += b.length;
            }
            return Map.of("files", files.size(), "bytes", bytes, "sha256", HexFormat.of().formatHex(md.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void log(String fmt, Object... args) {
        System.err.println("[train propaganda] " + String.format(Locale.ROOT, fmt, args));
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Entry point for tuning: {@code PropagandaTrainer DATA [key=value ...]}. */
    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Params d = Params.defaults();
        PropagandaModel.Params m = d.model();
        int siE = d.siEpochs();
        int tcE = d.tcEpochs();
        double siRate = d.siRate();
        double tcRate = d.tcRate();
        double l2 = d.l2();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=");
            switch (kv[0]) {
                case "si" -> siE = Integer.parseInt(kv[1]);
                case "tc" -> tcE = Integer.parseInt(kv[1]);
                case "rate" -> siRate = Double.parseDouble(kv[1]);
                case "tcrate" -> tcRate = Double.parseDouble(kv[1]);
                case "l2" -> l2 = Double.parseDouble(kv[1]);
                case "bag" -> m = new PropagandaModel.Params(m.siBits(), Double.parseDouble(kv[1]), m.tcBits(),
                        m.contextWeight(), m.threshold(), m.keep(), m.gap(), m.gateThreshold(),
                        m.shortSplit());
                case "bits" -> m = new PropagandaModel.Params(Integer.parseInt(kv[1]), m.bagWeight(), m.tcBits(),
                        m.contextWeight(), m.threshold(), m.keep(), m.gap(), m.gateThreshold(),
                        m.shortSplit());
                case "ctx" -> m = new PropagandaModel.Params(m.siBits(), m.bagWeight(), m.tcBits(),
                        Double.parseDouble(kv[1]), m.threshold(), m.keep(), m.gap(), m.gateThreshold(),
                        m.shortSplit());
                default -> throw new IllegalArgumentException("unknown " + args[i]);
            }
        }
        tune(data, new Params(siE, tcE, siRate, tcRate, l2, d.seed(), m));
    }
}
