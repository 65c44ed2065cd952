package org.credence.signals.claims;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.credence.ml.LinearModel;
import org.credence.ml.LogisticTrainer;
import org.credence.ml.ModelFile;
import org.credence.ml.SparseVector;
import org.credence.signals.claims.CheckThatCorpus.Debate;
import org.credence.signals.claims.CheckThatCorpus.Split;

/**
 * Trains the shipped check-worthiness model ({@code credence train checkworthy}) from the shared
 * data, deterministically:
 *
 * <ol>
 *   <li>CheckThat! 2019 task 1 training debates are split by {@link CheckThatCorpus#splitOf};
 *       ClaimBuster's 3xNCS sentences ({@code kfold_30ncs.json}) are added as extra
 *       examples after the leak rule of {@link ClaimBusterData} against the DEV and TEST debates;</li>
 *   <li>each setting of a small grid (context, bigrams, ClaimBuster weight) is trained on
 *       TRAIN and scored by MAP on DEV; the best is kept, and the decision threshold is the
 *       probability that maximises F1 of the DEV lines under that model;</li>
 *   <li>the final model is trained with that setting on TRAIN and DEV, and scored once on TEST
 *       (held out: never used for a choice). Data, split, grid, choice and figures go into the
 *       provenance.</li>
 * </ol>
 */
public final class CheckWorthyTrainer {

    /** The CheckThat! 2019 training file, relative to the shared data folder. */
    public static final String CT19 = "claimbuster-checkthat/data/clef19/CT19-T1-Training.csv";
    /** The ClaimBuster file, relative to the shared data folder. */
    public static final String CLAIMBUSTER = "claimbuster-checkthat/data/two_class/kfold_30ncs.json";

    private CheckWorthyTrainer() {
    }

    /**
     * One training setting.
     *
     * @param features         feature parameters
     * @param claimBusterWeight weight of a ClaimBuster example relative to a CheckThat! one (0: unused)
     * @param l2               L2 penalty
     * @param epochs           passes
     * @param seed             shuffling seed
     */
    public record Params(ClaimFeatures.Params features, double claimBusterWeight, double l2, int epochs, long seed) {
        String key() {
            return String.format(Locale.ROOT, "context=%d bigrams=%s claimbuster=%.1f",
                    features.context(), features.bigrams(), claimBusterWeight);
        }
    }

    /** The grid searched on DEV. */
    public static List<Params> grid(long seed) {
        List<Params> g = new ArrayList<>();
        for (int context : new int[] {0, 1, 2}) {
            for (boolean bigrams : new boolean[] {false, true}) {
                for (double cb : new double[] {0, 1, 3}) {
                    g.add(new Params(new ClaimFeatures.Params(18, bigrams, context), cb, 1e-6, 8, seed));
                }
            }
        }
        return g;
    }

    /** The data, read and analysed once. */
    public record Prepared(List<Debate> debates, List<List<SentenceCues>> debateCues,
                           List<ClaimBusterData.Sentence> claimBuster, List<SentenceCues> claimBusterCues,
                           int claimBusterRead) {

        List<Debate> debates(Set<Split> splits) {
            return debates.stream().filter(d -> splits.contains(CheckThatCorpus.splitOf(d.name()))).toList();
        }
    }

    /** Reads the CheckThat! file and the ClaimBuster file and analyses every sentence. */
    public static Prepared prepare(Path ct19, Path claimBuster, Consumer<String> log) throws IOException {
        List<Debate> debates = CheckThatCorpus.read(ct19);
        Set<String> excluded = new HashSet<>();
        for (Debate d : debates) {
            if (CheckThatCorpus.splitOf(d.name()) != Split.TRAIN) {
                for (CheckThatCorpus.Line l : d.lines()) {
                    excluded.add(ClaimBusterData.normalise(l.text()));
                }
            }
        }
        List<ClaimBusterData.Sentence> all = ClaimBusterData.read(claimBuster);
        List<ClaimBusterData.Sentence> cb = ClaimBusterData.usable(all, excluded);
        log.accept(String.format(Locale.ROOT, "read %d debates; ClaimBuster %d sentences, %d usable after the leak rule",
                debates.size(), all.size(), cb.size()));
        List<List<SentenceCues>> cues = new ArrayList<>();
        for (Debate d : debates) {
            cues.add(Transcripts.cues(d.lines().stream().map(CheckThatCorpus.Line::text).toList()));
        }
        List<SentenceCues> cbCues = Transcripts.cues(cb.stream().map(ClaimBusterData.Sentence::text).toList());
        log.accept("analysed every sentence");
        return new Prepared(debates, cues, cb, cbCues, all.size());
    }

    /** Trains one model on the debates of {@code splits} (and ClaimBuster, by the setting's weight). */
    public static LinearModel fit(Prepared data, Set<Split> splits, Params p) {
        ClaimFeatures f = new ClaimFeatures(p.features());
        List<SparseVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (int d = 0; d < data.debates().size(); d++) {
            Debate debate = data.debates().get(d);
            if (!splits.contains(CheckThatCorpus.splitOf(debate.name()))) {
                continue;
            }
            xs.addAll(Transcripts.vectors(f, data.debateCues().get(d)));
            for (CheckThatCorpus.Line l : debate.lines()) {
                ys.add(l.checkWorthy() ? 1 : 0);
                ws.add(1.0);
            }
        }
        if (p.claimBusterWeight() > 0) {
            for (int i = 0; i < data.claimBuster().size(); i++) {
                xs.add(f.vector(data.claimBusterCues().get(i), null, null));
                ys.add(data.claimBuster().get(i).checkWorthy() ? 1 : 0);
                ws.add(p.claimBusterWeight());
            }
        }
        int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
        double[] balance = LogisticTrainer.balanced(y, 2);
        double[] w = new double[y.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = balance[i] * ws.get(i);
        }
        return new LogisticTrainer(p.epochs(), 0.2, p.l2(), p.seed())
                .train(xs, y, w, List.of("other", "check-worthy"), f.dimension());
    }

    /** Per-line probabilities of each debate of {@code splits} under a model. */
    static List<double[]> probabilities(Prepared data, List<Debate> which, CheckWorthiness m) {
        List<double[]> out = new ArrayList<>();
        for (Debate d : which) {
            out.add(m.probabilities(data.debateCues().get(data.debates().indexOf(d))));
        }
        return out;
    }

    /** The probability threshold with the best F1 over all lines (ties: the higher threshold). */
    static double bestF1Threshold(List<Debate> debates, List<double[]> probs) {
        List<double[]> pairs = new ArrayList<>();
        int positives = 0;
        for (int d = 0; d < debates.size(); d++) {
            for (int i = 0; i < probs.get(d).length; i++) {
                boolean y = debates.get(d).lines().get(i).checkWorthy();
                pairs.add(new double[] {probs.get(d)[i], y ? 1 : 0});
                positives += y ? 1 : 0;
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        double best = -1;
        double threshold = 0.5;
        int tp = 0;
        for (int k = 0; k < pairs.size(); k++) {
            tp += (int) pairs.get(k)[1];
            boolean boundary = k + 1 == pairs.size() || pairs.get(k + 1)[0] < pairs.get(k)[0];
            double f1 = 2.0 * tp / (k + 1 + positives);
            if (boundary && f1 > best) {
                best = f1;
                threshold = pairs.get(k)[0];
            }
        }
        return Math.min(0.99, Math.max(0.01, threshold));
    }

    /** Runs the whole procedure and writes the model; returns the shipped model. */
    public static CheckWorthiness train(Path sharedData, Path out, long seed, Consumer<String> log) throws IOException {
        Path ct19 = sharedData.resolve(CT19);
        Path cbFile = sharedData.resolve(CLAIMBUSTER);
        Prepared data = prepare(ct19, cbFile, log);
        List<Debate> dev = data.debates(Set.of(Split.DEV));
        List<Debate> test = data.debates(Set.of(Split.TEST));
        Params best = null;
        double bestMap = -1;
        CheckWorthiness bestModel = null;
        Map<String, Object> gridFigures = new LinkedHashMap<>();
        for (Params p : grid(seed)) {
            LinearModel lm = fit(data, Set.of(Split.TRAIN), p);
            CheckWorthiness m = new CheckWorthiness(new ClaimFeatures(p.features()), lm, 0.5, "{}");
            double map = DebateScores.of(dev, probabilities(data, dev, m)).map();
            gridFigures.put(p.key(), Math.round(map * 10000) / 10000.0);
            log.accept(String.format(Locale.ROOT, "dev MAP %.4f  %s", map, p.key()));
            if (map > bestMap) {
                bestMap = map;
                best = p;
                bestModel = m;
            }
        }
        double threshold = bestF1Threshold(dev, probabilities(data, dev, bestModel));
        log.accept(String.format(Locale.ROOT, "chose %s (dev MAP %.4f), threshold %.3f", best.key(), bestMap, threshold));
        LinearModel finalModel = fit(data, Set.of(Split.TRAIN, Split.DEV), best);
        CheckWorthiness probe = new CheckWorthiness(new ClaimFeatures(best.features()), finalModel, threshold, "{}");
        DebateScores testScores = DebateScores.of(test, probabilities(data, test, probe));
        log.accept(String.format(Locale.ROOT, "held-out TEST debates: MAP %.4f, R-precision %.4f, P@5 %.4f, P@10 %.4f, P@20 %.4f",
                testScores.map(), testScores.rPrecision(), testScores.p5(), testScores.p10(), testScores.p20()));

        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("model", "check-worthy");
        prov.put("method", "logistic regression (AdaGrad, class-balanced) over hashed "
                + (best.features().bigrams() ? "word unigrams and bigrams" : "word unigrams")
                + ", first word, length, number/quantity/date/entity/comparative/past-tense cues"
                + (best.features().context() > 0 ? " and the neighbouring sentences' cues" : ""));
        Map<String, Object> files = new LinkedHashMap<>();
        files.put(CT19, fileFacts(ct19));
        files.put(CLAIMBUSTER, fileFacts(cbFile));
        prov.put("data", files);
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("rule", "debate = file_name without extension; FeatureHashing.hash(debate) mod 10: 0-2 test, 3-4 dev, 5-9 train");
        for (Split s : Split.values()) {
            split.put(s.key(), data.debates(Set.of(s)).stream().map(Debate::name).toList());
        }
        split.put("claimbuster_leak_rule", "sentence_id < " + ClaimBusterData.FIRST_2016_ID
                + " (2016 general-election debates dropped) and normalised text not in any dev or test debate");
        split.put("claimbuster_used", data.claimBuster().size() + " of " + data.claimBusterRead());
        prov.put("split", split);
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("bits", best.features().bits());
        features.put("bigrams", best.features().bigrams());
        features.put("context", best.features().context());
        prov.put("features", features);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("claimbuster_weight", best.claimBusterWeight());
        params.put("l2", best.l2());
        params.put("epochs", best.epochs());
        params.put("learning_rate", 0.2);
        params.put("seed", seed);
        params.put("trained_on", "train + dev debates (+ ClaimBuster by weight)");
        prov.put("parameters", params);
        prov.put("threshold", Math.round(threshold * 10000) / 10000.0);
        prov.put("threshold_rule", "best F1 over dev lines, under the model trained on train only");
        prov.put("dev_map_grid", gridFigures);
        prov.put("dev_map", Math.round(bestMap * 10000) / 10000.0);
        prov.put("test", testScores.asMap());
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(prov);
        ModelFile file = new ModelFile(finalModel, json);
        file.write(out);
        Path side = out.resolveSibling(out.getFileName().toString().replace(".bin.gz", "") + ".json");
        Files.writeString(side, json + "\n");
        log.accept("wrote " + out + " (" + Files.size(out) + " bytes) and " + side);
        return CheckWorthiness.fromFile(file);
    }

    private static Map<String, Object> fileFacts(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            StringBuilder hex = new StringBuilder();
            for (byte b : md.digest()) {
                hex.append(String.format("%02x", b));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bytes", Files.size(p));
            m.put("sha256", hex.toString());
            return m;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
