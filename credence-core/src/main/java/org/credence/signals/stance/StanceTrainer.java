package org.credence.signals.stance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.eval.StanceEval;
import org.credence.eval.StanceScore;
import org.credence.ml.LinearModel;
import org.credence.ml.ModelFile;
import org.credence.ml.LogisticTrainer;
import org.credence.ml.SparseVector;

/**
 * Trains the {@link StanceModel} on FNC-1 pairs with fixed seeds: term weights from the
 * training bodies and headlines, stage 1 on every pair (related or not), stage 2 on the related
 * pairs with class weights {@code (n / (k · n_c))^classPower} so that "disagree", the rare
 * class, is not drowned.
 */
public final class StanceTrainer {

    private StanceTrainer() {
    }

    /**
     * Training parameters.
     *
     * @param epochs1    epochs of stage 1
     * @param epochs2    epochs of stage 2
     * @param rate       AdaGrad learning rate
     * @param l2         L2 penalty
     * @param classPower 0: no class weights, 1: balanced
     * @param minDf      least document frequency of a kept term
     * @param seed       shuffling seed
     */
    public record Params(int epochs1, int epochs2, double rate, double l2, double classPower, int minDf, long seed) {

        public static Params defaults() {
            return new Params(8, 10, 0.1, 1e-6, 0.5, 2, 42);
        }

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("epochs1", epochs1);
            m.put("epochs2", epochs2);
            m.put("rate", rate);
            m.put("l2", l2);
            m.put("classPower", classPower);
            m.put("minDf", minDf);
            m.put("seed", seed);
            return m;
        }
    }

    /** Texts of a data set read once: bodies by id and headlines by text. */
    public static final class Prepared {
        private final StanceFeatures features;
        private final Map<Integer, StanceFeatures.Body> bodies = new HashMap<>();
        private final Map<String, StanceFeatures.Headline> headlines = new HashMap<>();
        private final Map<Integer, StanceText> bodyTexts;
        private final Map<String, StanceText> headlineTexts;

        Prepared(StanceFeatures features, Map<Integer, StanceText> bodyTexts, Map<String, StanceText> headlineTexts) {
            this.features = features;
            this.bodyTexts = bodyTexts;
            this.headlineTexts = headlineTexts;
        }

        public StanceFeatures.Body body(int id) {
            return bodies.computeIfAbsent(id, i -> features.body(bodyTexts.get(i)));
        }

        public StanceFeatures.Headline headline(String h) {
            return headlines.computeIfAbsent(h, x -> features.headline(headlineTexts.get(x)));
        }
    }

    /** Parsed texts of every body and headline that {@code pairs} use. */
    public static Texts texts(FncData data, List<FncData.Pair> pairs) {
        Map<Integer, StanceText> b = new HashMap<>();
        Map<String, StanceText> h = new HashMap<>();
        for (FncData.Pair p : pairs) {
            b.computeIfAbsent(p.bodyId(), i -> StanceText.parse(data.bodies().get(i)));
            h.computeIfAbsent(p.headline(), StanceText::parse);
        }
        return new Texts(b, h);
    }

    /** Parsed bodies and headlines. */
    public record Texts(Map<Integer, StanceText> bodies, Map<String, StanceText> headlines) {

        /** Featurizer views of these texts under {@code features}. */
        public Prepared prepare(StanceFeatures features) {
            return new Prepared(features, bodies, headlines);
        }
    }

    /** Trains on {@code pairs} of {@code data}. */
    public static StanceModel train(FncData data, List<FncData.Pair> pairs, Params p, String provenance) {
        Texts texts = texts(data, pairs);
        List<StanceText> docs = new ArrayList<>(texts.bodies().values());
        Set<String> seen = new LinkedHashSet<>();
        for (FncData.Pair pair : pairs) {
            if (seen.add(pair.headline())) {
                docs.add(texts.headlines().get(pair.headline()));
            }
        }
        StanceFeatures features = new StanceFeatures(TermWeights.count(docs, p.minDf()));
        Prepared prep = texts.prepare(features);
        List<SparseVector> x1 = new ArrayList<>(pairs.size());
        int[] y1 = new int[pairs.size()];
        List<SparseVector> x2 = new ArrayList<>();
        List<Integer> y2 = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            FncData.Pair pair = pairs.get(i);
            StanceFeatures.Pair f = features.pair(prep.headline(pair.headline()), prep.body(pair.bodyId()));
            x1.add(f.stage1());
            y1[i] = pair.stance() == 0 ? 0 : 1;
            if (pair.stance() > 0) {
                x2.add(f.stage2());
                y2.add(pair.stance() - 1);
            }
        }
        LinearModel m1 = new LogisticTrainer(p.epochs1(), p.rate(), p.l2(), p.seed())
                .train(x1, y1, null, List.of("unrelated", "related"), 1 << StanceFeatures.STAGE1_BITS);
        int[] ys2 = y2.stream().mapToInt(Integer::intValue).toArray();
        double[] w2 = LogisticTrainer.balanced(ys2, 3);
        for (int i = 0; i < w2.length; i++) {
            w2[i] = Math.pow(w2[i], p.classPower());
        }
        LinearModel m2 = new LogisticTrainer(p.epochs2(), p.rate(), p.l2(), p.seed())
                .train(x2, ys2, w2, FncData.LABELS.subList(1, 4), 1 << StanceFeatures.STAGE2_BITS);
        return new StanceModel(features, m1, m2, provenance);
    }

    /** The split rule, as the provenance states it. */
    public static final String SPLIT_RULE = "by body id: FeatureHashing.hash(\"fnc1-body:\" + id) mod 10: 0-1 test (held out), "
            + "2 dev (tuning), 3-9 train; the shipped model is fit on train + dev with parameters chosen on dev";

    /**
     * Trains the shipped model from {@code dataDir/fnc1} on the TRAIN and DEV bodies, scores it on
     * the TEST bodies and writes {@link StanceModel#STAGE1}, {@link StanceModel#STAGE2},
     * {@link StanceModel#TERMS} and {@code stance.json} (the provenance) into {@code outDir}.
     * Deterministic: the same data and parameters give the same files.
     */
    public static StanceScore trainShipped(Path dataDir, Path outDir, Params p) throws IOException {
        Path bodies = dataDir.resolve("fnc1/train_bodies.csv");
        Path stances = dataDir.resolve("fnc1/train_stances.csv");
        FncData data = FncData.read(bodies, stances);
        List<FncData.Pair> fit = data.on(FncData.Side.TRAIN, FncData.Side.DEV);
        List<FncData.Pair> test = data.on(FncData.Side.TEST);
        StanceModel m = train(data, fit, p, "{}");
        Prepared prep = texts(data, test).prepare(m.features());
        int[] gold = new int[test.size()];
        int[] pred = new int[test.size()];
        for (int i = 0; i < gold.length; i++) {
            FncData.Pair pair = test.get(i);
            gold[i] = pair.stance();
            pred[i] = m.predict(prep.headline(pair.headline()), prep.body(pair.bodyId())).label();
        }
        StanceScore score = StanceScore.of(gold, pred);
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("model", "stance-fnc1");
        prov.put("method", "two-stage multinomial logistic regression (AdaGrad, L2) over hashed features; "
                + "stage 1 related/unrelated on every pair, stage 2 discuss/agree/disagree on related pairs with class weights");
        Map<String, Object> files = new LinkedHashMap<>();
        for (Path f : List.of(bodies, stances)) {
            files.put("fnc1/" + f.getFileName(), ordered("bytes", Files.size(f), "sha256", StanceEval.sha256(f)));
        }
        prov.put("data", files);
        prov.put("split", SPLIT_RULE);
        prov.put("pairs", ordered("fit", fit.size(), "test", test.size()));
        prov.put("params", p.asMap());
        prov.put("featureBits", ordered("stage1", StanceFeatures.STAGE1_BITS, "stage2", StanceFeatures.STAGE2_BITS));
        prov.put("terms", m.features().weights().df().size());
        prov.put("heldOutTest", score.asMap());
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(prov);
        Files.createDirectories(outDir);
        new ModelFile(m.stage1(), json).write(outDir.resolve(StanceModel.STAGE1));
        new ModelFile(m.stage2(), json).write(outDir.resolve(StanceModel.STAGE2));
        try (OutputStream os = Files.newOutputStream(outDir.resolve(StanceModel.TERMS))) {
            m.features().weights().write(os);
        }
        Files.writeString(outDir.resolve("stance.json"), json + "\n");
        return score;
    }

    /** A two-entry map in the given order (Map.of's order varies between runs). */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
