package org.credence.language.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the CoNLL-2003 entity model: two stacked averaged structured perceptrons over hashed features
 * ({@link NerFeatures}) with Viterbi decoding, on eng.train; each stage's epoch count is chosen on
 * eng.testa (dev) only; the second stage reads the first stage's tags, jackknifed (5 folds) on
 * eng.train. The entity confidence is calibrated on the same eng.testa entities of that model
 * ({@link NerConfidence}). Then (unless {@code trainOnDev} is off) both stages are retrained on eng.train +
 * eng.testa with those epoch counts, and that model is the one written. eng.testb and the CoNLL++
 * corrected test are scored once, at the end, and written into the provenance (never with
 * {@code --dev-only}). Deterministic for a given seed.
 *
 * <p>Usage: {@code NerTrainer [--data DIR] [--out FILE] [--epochs N] [--bits B] [--seed S]
 * [--no-clusters] [--no-train-on-dev] [--dev-only]}; writes {@code FILE} and {@code FILE.json} (its provenance).
 */
public final class NerTrainer {

    /** Training parameters. */
    public record Params(int epochs, int bits, long seed, boolean clusters, float prune, boolean trainOnDev,
                         int replicas) {
        public Params {
            if (epochs < 1 || bits < 12 || bits > 24 || replicas < 1 || replicas > 16) {
                throw new IllegalArgumentException("epochs " + epochs + ", bits " + bits + " or replicas " + replicas
                        + " out of range");
            }
        }

        public static Params defaults() {
            return new Params(30, 20, 20031L, true, 0.0f, true, 1);
        }
    }

    static final List<String> TAGS = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC",
            "B-MISC", "I-MISC");

    private record Inst(int[][] feats, int[] gold) {
    }

    private NerTrainer() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/data");
        Path out = Path.of("ner-conll2003.bin.gz");
        Params d = Params.defaults();
        int epochs = d.epochs();
        int bits = d.bits();
        long seed = d.seed();
        boolean clusters = d.clusters();
        boolean devOnly = false;
        boolean trainOnDev = d.trainOnDev();
        int replicas = d.replicas();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--bits" -> bits = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--no-clusters" -> clusters = false;
                case "--dev-only" -> devOnly = true;
                case "--no-train-on-dev" -> trainOnDev = false;
                case "--replicas" -> replicas = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        train(data, out, new Params(epochs, bits, seed, clusters, d.prune(), trainOnDev, replicas), devOnly);
    }

    /** Trains, evaluates and writes the model and its provenance sidecar; returns the model. */
    public static NerModel train(Path data, Path out, Params params) throws IOException {
        return train(data, out, params, false);
    }

    /**
     * As {@link #train(Path, Path, Params)}; with {@code devOnly} the test sets are not scored (for
     * feature work, which must never look at them).
     */
    public static NerModel train(Path data, Path out, Params params, boolean devOnly) throws IOException {
        long t0 = System.nanoTime();
        Path conll = data.resolve("conll2003-en");
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("model", "ner-conll2003");
        prov.put("method", "averaged structured perceptron, hashed features, BIO Viterbi");
        prov.put("features", NerFeatures.VERSION);
        prov.put("created", Instant.now().toString());
        Map<String, Object> files = new LinkedHashMap<>();
        List<String> used = new ArrayList<>(List.of("conll2003-en/eng.train", "conll2003-en/eng.testa",
                "conll2003-en/eng.testb", "conll2003-en/conllpp/conllpp_test.txt"));
        used.addAll(GazetteerSources.FILES);
        if (params.clusters()) {
            used.addAll(ClusterBuilder.FILES);
        }
        for (String f : used) {
            Path p = data.resolve(f);
            if (Files.isDirectory(p)) {
                List<Path> all = ClusterBuilder.files(p);
                long bytes = 0;
                for (Path x : all) {
                    bytes += Files.size(x);
                }
                files.put(f, Map.of("files", all.size(), "bytes", bytes, "sha256", sha256(p, all)));
            } else {
                files.put(f, Map.of("bytes", Files.size(p), "sha256", sha256(p)));
            }
        }
        prov.put("data", files);
        prov.put("params", Map.of("epochsMax", params.epochs(), "hashBits", params.bits(),
                "seed", params.seed(), "clusters", params.clusters(), "trainOnDev", params.trainOnDev(), "replicas", params.replicas()));
        Map<String, Object> gazCounts = new LinkedHashMap<>();
        Gazetteer gaz = GazetteerSources.build(data, gazCounts);
        gazCounts.put("phrases", gaz.size());
        prov.put("gazetteer", gazCounts);
        log("gazetteer: %d phrases (%.1f s)", gaz.size(), secs(t0));
        WordClusters wc = null;
        if (params.clusters()) {
            wc = ClusterBuilder.build(data, params.seed());
            prov.put("clusters", Map.of("words", wc.size(), "depth", WordClusters.DEPTH));
            log("clusters: %d words (%.1f s)", wc.size(), secs(t0));
        }
        List<NerCorpus.Document> trainDocs = NerCorpus.read(conll.resolve("eng.train"), NerCorpus.Format.CONLL2003);
        List<NerCorpus.Document> devDocs = NerCorpus.read(conll.resolve("eng.testa"), NerCorpus.Format.CONLL2003);
        Stage s1 = trainStage(instances(trainDocs, null, gaz, wc, params.bits()),
                instances(devDocs, null, gaz, wc, params.bits()), params, gaz, wc, 0, "stage 1", t0);
        prov.put("stage1", Map.of("epochs", s1.epochs, "devCurve", s1.curve));
        List<List<int[]>> trainPriors = jackknife(trainDocs, s1.epochs, params, gaz, wc, "", t0);
        List<List<int[]>> devPriors = new ArrayList<>();
        for (NerCorpus.Document d : devDocs) {
            devPriors.add(priors(s1.model, d));
        }
        Stage s2 = trainStage(instances(trainDocs, trainPriors, gaz, wc, params.bits()),
                instances(devDocs, devPriors, gaz, wc, params.bits()), params, gaz, wc, 0, "stage 2", t0);
        prov.put("devCurve", s2.curve);
        prov.put("epochs", s2.epochs);
        prov.put("jackknifeFolds", FOLDS);
        NerModel model = new NerModel(TAGS, params.bits(), s2.model.weightsForTraining(),
                s2.model.transitionsForTraining(), gaz, wc, FEATURES, s1.model).asStored();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("eng.testa", scoreDocs(model, devDocs).asMap());
        figures.put("stage1.eng.testa", scoreDocs(s1.model, devDocs).asMap().get("f1"));
        prov.put(NerConfidence.KEY, NerConfidence.fit(model, devDocs,
                "Platt scaling of entity margins on eng.testa, model trained on eng.train").asMap());
        if (params.trainOnDev()) {
            if (!devOnly) {
                Map<String, Object> trainOnly = new LinkedHashMap<>();
                trainOnly.put("eng.testb", scoreDocs(model, NerCorpus.read(conll.resolve("eng.testb"),
                        NerCorpus.Format.CONLL2003)).asMap().get("f1"));
                trainOnly.put("conllpp_test", scoreDocs(model, NerCorpus.read(conll.resolve("conllpp/conllpp_test.txt"),
                        NerCorpus.Format.CONLL2003)).asMap().get("f1"));
                figures.put("trainOnly", trainOnly);
            }
            List<NerCorpus.Document> all = new ArrayList<>(trainDocs);
            all.addAll(devDocs);
            Stage f1 = trainStage(instances(all, null, gaz, wc, params.bits()), List.of(), params, gaz, wc,
                    s1.epochs, "final stage 1", t0);
            List<List<int[]>> allPriors = jackknife(all, s1.epochs, params, gaz, wc, "final ", t0);
            Stage f2 = trainStage(instances(all, allPriors, gaz, wc, params.bits()), List.of(), params, gaz, wc,
                    s2.epochs, "final stage 2", t0);
            model = new NerModel(TAGS, params.bits(), f2.model.weightsForTraining(),
                    f2.model.transitionsForTraining(), gaz, wc, FEATURES, f1.model).asStored();
            prov.put("final", "retrained on eng.train + eng.testa with the epochs chosen on eng.testa (stage 1: "
                    + s1.epochs + ", stage 2: " + s2.epochs + "); the eng.testa figures are those of the model "
                    + "trained on eng.train alone, before the retraining");
        }
        if (!devOnly) {
            figures.put("eng.testb", scoreDocs(model, NerCorpus.read(conll.resolve("eng.testb"),
                    NerCorpus.Format.CONLL2003)).asMap());
            figures.put("conllpp_test", scoreDocs(model, NerCorpus.read(conll.resolve("conllpp/conllpp_test.txt"),
                    NerCorpus.Format.CONLL2003)).asMap());
        }
        prov.put("figures", figures);
        prov.put("trainSeconds", Math.round(secs(t0)));
        prov.put("java", System.getProperty("java.version"));
        model = model.withProvenance(prov);
        model.save(out);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(out.resolveSibling(out.getFileName() + ".json"), json.writeValueAsString(prov) + "\n");
        log("figures: %s", figures);
        log("wrote %s (%d bytes) in %.1f s", out, Files.size(out), secs(t0));
        return model;
    }

    private record Stage(NerModel model, int epochs, List<Object> curve) {
    }

    private static final int FOLDS = 5;
    /** The provenance every model made here starts from: the feature version its instances were built with. */
    private static final Map<String, Object> FEATURES = Map.of("features", NerFeatures.VERSION);

    /** First-stage tags of every document of {@code docs}, each from a model trained without its fold. */
    private static List<List<int[]>> jackknife(List<NerCorpus.Document> docs, int epochs, Params params, Gazetteer gaz,
                                              WordClusters wc, String name, long t0) {
        List<List<int[]>> out = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            out.add(null);
        }
        for (int f = 0; f < FOLDS; f++) {
            List<NerCorpus.Document> rest = new ArrayList<>();
            for (int k = 0; k < docs.size(); k++) {
                if (k % FOLDS != f) {
                    rest.add(docs.get(k));
                }
            }
            Stage fs = trainStage(instances(rest, null, gaz, wc, params.bits()), List.of(), params, gaz, wc,
                    epochs, name + "fold " + f, t0);
            for (int k = f; k < docs.size(); k += FOLDS) {
                out.set(k, priors(fs.model, docs.get(k)));
            }
        }
        return out;
    }

    /** Trains one stage; with {@code fixedEpochs} > 0 runs that many epochs, else picks the best on dev. */
    private static Stage trainStage(List<Inst> train, List<Inst> dev, Params params, Gazetteer gaz,
                                    WordClusters wc, int fixedEpochs, String name, long t0) {
        Replica[] replicas = new Replica[params.replicas()];
        for (int r = 0; r < replicas.length; r++) {
            replicas[r] = new Replica(params.bits(), params.seed() + r, train.size(), gaz, wc);
        }
        double bestF1 = -1;
        int bestEpoch = 0;
        NerModel best = null;
        List<Object> curve = new ArrayList<>();
        int epochs = fixedEpochs > 0 ? fixedEpochs : params.epochs();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            int errors = 0;
            for (Replica r : replicas) {
                errors += r.epoch(train);
            }
            if (fixedEpochs > 0 && epoch < fixedEpochs) {
                continue;
            }
            NerModel avg = Replica.mixed(replicas, params.bits(), gaz, wc);
            double f1 = dev.isEmpty() ? 0 : score(avg, dev).overall().f1();
            curve.add(Map.of("epoch", epoch, "trainSentenceErrors", errors, "devF1", NerScore.round(f1)));
            log("%s epoch %d: %d sentence errors, dev F1 %.2f (%.1f s)", name, epoch, errors, 100 * f1, secs(t0));
            if (f1 > bestF1) {
                bestF1 = f1;
                bestEpoch = epoch;
                best = avg;
            } else if (epoch - bestEpoch >= 4) {
                break;
            }
        }
        return new Stage(best, bestEpoch, curve);
    }

    /**
     * One averaged perceptron trained over its own shuffles of the data. Several replicas with
     * different seeds are mixed by averaging their averaged weights, which for a linear model is
     * the same as averaging their scores: an ensemble that costs nothing at tagging time.
     */
    private static final class Replica {
        private final int t = TAGS.size();
        private final float[] w;
        private final float[] u;
        private final float[] tr;
        private final float[] ut;
        private final NerModel live;
        private final Random rnd;
        private final int[] order;
        private long c = 1;

        Replica(int bits, long seed, int size, Gazetteer gaz, WordClusters wc) {
            w = new float[(1 << bits) * t];
            u = new float[w.length];
            tr = new float[(t + 1) * t];
            ut = new float[tr.length];
            live = new NerModel(TAGS, bits, w, tr, gaz, wc, FEATURES);
            rnd = new Random(seed);
            order = new int[size];
            Arrays.setAll(order, i -> i);
        }

        /** One pass over {@code train} in a fresh random order; returns the sentences it got wrong. */
        int epoch(List<Inst> train) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int x = order[i];
                order[i] = order[j];
                order[j] = x;
            }
            int errors = 0;
            for (int idx : order) {
                Inst in = train.get(idx);
                int[] pred = live.decode(live.scores(in.feats, w), tr, false).tags();
                if (!Arrays.equals(pred, in.gold)) {
                    errors++;
                    update(in, pred, w, u, tr, ut, t, c);
                }
                c++;
            }
            return errors;
        }

        /** The mean of the replicas' averaged weights, as a model. */
        static NerModel mixed(Replica[] rs, int bits, Gazetteer gaz, WordClusters wc) {
            float[] mw = average(rs[0].w, rs[0].u, rs[0].c);
            float[] mt = average(rs[0].tr, rs[0].ut, rs[0].c);
            for (int r = 1; r < rs.length; r++) {
                addAverage(mw, rs[r].w, rs[r].u, rs[r].c);
                addAverage(mt, rs[r].tr, rs[r].ut, rs[r].c);
            }
            if (rs.length > 1) {
                for (int i = 0; i < mw.length; i++) {
                    mw[i] /= rs.length;
                }
                for (int i = 0; i < mt.length; i++) {
                    mt[i] /= rs.length;
                }
            }
            return new NerModel(TAGS, bits, mw, mt, gaz, wc, FEATURES);
        }
    }

    private static void addAverage(float[] into, float[] w, float[] u, long c) {
        for (int i = 0; i < w.length; i++) {
            into[i] += w[i] - u[i] / c;
        }
    }

    private static List<int[]> priors(NerModel m, NerCorpus.Document d) {
        List<int[]> out = new ArrayList<>();
        for (NerModel.Tagged t : m.tagDocument(words(d))) {
            out.add(t.tags());
        }
        return out;
    }

    private static List<String[]> words(NerCorpus.Document d) {
        List<String[]> words = new ArrayList<>();
        for (NerCorpus.Sentence s : d.sentences()) {
            words.add(s.words().toArray(String[]::new));
        }
        return words;
    }

    private static NerScore scoreDocs(NerModel m, List<NerCorpus.Document> docs) {
        NerScore s = new NerScore();
        for (NerCorpus.Document d : docs) {
            List<NerModel.Tagged> tagged = m.tagDocument(words(d));
            for (int k = 0; k < tagged.size(); k++) {
                s.add(BioChunks.of(d.sentences().get(k).tags()), BioChunks.of(names(tagged.get(k).tags())));
            }
        }
        return s;
    }

    private static void update(Inst in, int[] pred, float[] w, float[] u, float[] tr, float[] ut, int t, long c) {
        int[] gold = in.gold;
        for (int i = 0; i < gold.length; i++) {
            if (gold[i] != pred[i]) {
                for (int b : in.feats[i]) {
                    int base = b * t;
                    w[base + gold[i]] += 1;
                    u[base + gold[i]] += c;
                    w[base + pred[i]] -= 1;
                    u[base + pred[i]] -= c;
                }
            }
            int gp = i == 0 ? t : gold[i - 1];
            int pp = i == 0 ? t : pred[i - 1];
            if (gp != pp || gold[i] != pred[i]) {
                tr[gp * t + gold[i]] += 1;
                ut[gp * t + gold[i]] += c;
                tr[pp * t + pred[i]] -= 1;
                ut[pp * t + pred[i]] -= c;
            }
        }
    }

    private static float[] average(float[] w, float[] u, long c) {
        float[] a = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            a[i] = w[i] - u[i] / c;
        }
        return a;
    }

    private static List<Inst> instances(List<NerCorpus.Document> docs, List<List<int[]>> priors, Gazetteer gaz,
                                         WordClusters wc, int bits) {
        List<Inst> out = new ArrayList<>();
        for (int dk = 0; dk < docs.size(); dk++) {
            NerCorpus.Document d = docs.get(dk);
            List<String[]> words = words(d);
            DocStats stats = DocStats.of(words);
            List<int[]> prior = priors == null ? null : priors.get(dk);
            if (prior != null) {
                stats = stats.withPredictions(words, prior, (TAGS.size() - 1) / 2);
            }
            for (int k = 0; k < words.size(); k++) {
                NerCorpus.Sentence s = d.sentences().get(k);
                int[] gold = new int[s.size()];
                for (int i = 0; i < gold.length; i++) {
                    gold[i] = TAGS.indexOf(s.tags().get(i));
                    if (gold[i] < 0) {
                        throw new IllegalArgumentException("unknown tag " + s.tags().get(i));
                    }
                }
                out.add(new Inst(NerFeatures.extract(words.get(k), stats, gaz, wc, bits,
                        prior == null ? null : prior.get(k), NerFeatures.VERSION), gold));
            }
        }
        return out;
    }

    private static NerScore score(NerModel model, List<Inst> data) {
        NerScore s = new NerScore();
        for (Inst in : data) {
            int[] pred = model.decode(model.scores(in.feats, modelWeights(model)), modelTransitions(model), false).tags();
            s.add(BioChunks.of(names(in.gold)), BioChunks.of(names(pred)));
        }
        return s;
    }

    private static float[] modelWeights(NerModel m) {
        return m.weightsForTraining();
    }

    private static float[] modelTransitions(NerModel m) {
        return m.transitionsForTraining();
    }

    private static List<String> names(int[] tags) {
        List<String> out = new ArrayList<>(tags.length);
        for (int x : tags) {
            out.add(TAGS.get(x));
        }
        return out;
    }

    static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int r;
            while ((r = in.read(buf)) > 0) {
                md.update(buf, 0, r);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 over the files of a folder in name order: each relative path, a NUL, then its bytes. */
    static String sha256(Path dir, List<Path> files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                md.update(dir.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void log(String fmt, Object... args) {
        System.err.printf(fmt + "%n", args);
    }
}
