package org.credence.signals.clickbait;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.ml.LinearModel;
import org.credence.ml.LogisticTrainer;
import org.credence.ml.Metrics;
import org.credence.ml.ModelFile;
import org.credence.ml.SparseVector;

/**
 * Trains the shipped clickbait model ({@code credence train clickbait}); deterministic.
 *
 * <ol>
 *   <li>Reads the headlines of the set's training files (names containing "train") and splits
 *       them by {@link ClickbaitData#part(String)}; TEST is never read for a choice.</li>
 *   <li>For each candidate of {@link #GRID}, trains on TRAIN and scores DEV (accuracy, then
 *       log-loss to break ties); the best candidate wins.</li>
 *   <li>Sets the firing threshold on DEV with that candidate's TRAIN-only model: the lowest
 *       probability at which DEV precision of the clickbait class reaches
 *       {@value #TARGET_PRECISION} (see {@link #threshold}).</li>
 *   <li>Trains the winner on TRAIN + DEV, measures TEST once, folds the two weight rows into one
 *       (softmax of {@code (0, w1 − w0)} equals that of {@code (w0, w1)}), drops weights below
 *       {@value #PRUNE} in magnitude, and writes the model with its provenance.</li>
 * </ol>
 */
public final class ClickbaitTrainer {

    /** Training parameters of one candidate. */
    public record Params(HeadlineFeatures features, int epochs, double learningRate, double l2, long seed) {
    }

    static final double TARGET_PRECISION = 0.99;
    static final double PRUNE = 1e-3;
    static final long SEED = 42;
    static final List<String> LABELS = List.of(ClickbaitModel.NEWS, ClickbaitModel.CLICKBAIT);

    /** The candidates compared on DEV. */
    static final List<Params> GRID = grid();

    private static List<Params> grid() {
        List<Params> g = new ArrayList<>();
        for (double charWeight : new double[] {0, 0.35, 0.7}) {
            for (boolean trigrams : new boolean[] {false, true}) {
                g.add(new Params(new HeadlineFeatures(20, trigrams, charWeight == 0 ? 0 : 3, 5, charWeight, true, true),
                        10, 0.2, 1e-5, SEED));
            }
        }
        return List.copyOf(g);
    }

    private ClickbaitTrainer() {
    }

    /** Trains on the set in {@code dataDir} and writes the model to {@code out}; returns it. */
    public static ClickbaitModel train(Path dataDir, Path out, PrintStream log) throws IOException {
        return train(dataDir, out, GRID, log);
    }

    static ClickbaitModel train(Path dataDir, Path out, List<Params> grid, PrintStream log) throws IOException {
        List<ClickbaitData.Headline> all = ClickbaitData.read(dataDir).stream()
                .filter(ClickbaitData.Headline::fromTrainingFile).toList();
        if (all.isEmpty()) {
            throw new IOException("no training files (names containing 'train') in " + dataDir);
        }
        List<ClickbaitData.Headline> train = part(all, ClickbaitData.Part.TRAIN);
        List<ClickbaitData.Headline> dev = part(all, ClickbaitData.Part.DEV);
        List<ClickbaitData.Headline> test = part(all, ClickbaitData.Part.TEST);
        log.printf(Locale.ROOT, "headlines: train %d, dev %d, test %d (held out)%n", train.size(), dev.size(), test.size());

        Params best = null;
        double bestAcc = -1;
        double bestLoss = Double.MAX_VALUE;
        Map<String, Object> gridLog = new LinkedHashMap<>();
        for (Params p : grid) {
            LinearModel m = fit(p, train);
            double[] prob = probabilities(m, p.features(), dev);
            int[] y = labels(dev);
            double acc = Metrics.accuracy(y, prob);
            double loss = logLoss(y, prob);
            String name = describe(p);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("accuracy", round(acc));
            row.put("log_loss", round(loss));
            gridLog.put(name, row);
            log.printf(Locale.ROOT, "dev %-60s acc %.4f  f1 %.4f  logloss %.4f%n", name, acc, Metrics.f1(y, prob), loss);
            if (acc > bestAcc + 1e-9 || (Math.abs(acc - bestAcc) <= 1e-9 && loss < bestLoss)) {
                best = p;
                bestAcc = acc;
                bestLoss = loss;
            }
        }
        LinearModel devModel = fit(best, train);
        double[] devProb = probabilities(devModel, best.features(), dev);
        int[] devY = labels(dev);
        double threshold = threshold(devY, devProb, TARGET_PRECISION);
        log.printf(Locale.ROOT, "chosen %s; threshold %.4f%n", describe(best), threshold);

        List<ClickbaitData.Headline> trainDev = new ArrayList<>(train);
        trainDev.addAll(dev);
        LinearModel model = prune(fold(fit(best, trainDev)), PRUNE);
        double[] testProb = probabilities(model, best.features(), test);
        int[] testY = labels(test);

        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("model", "clickbait-headline");
        HeadlineFeatures bf = best.features();
        prov.put("method", "logistic regression (AdaGrad, L2) over hashed lower-cased word 1-" + (bf.trigrams() ? 3 : 2)
                + "-grams" + (bf.charMin() > 0 ? ", character " + bf.charMin() + "-" + bf.charMax() + "-grams of words" : "")
                + (bf.cues() ? " and headline cues" : "") + (bf.quotes() ? "; quoted runs read as one unit" : "")
                + "; rows folded into one, small weights pruned");
        prov.put("data", dataFiles(dataDir, all));
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("rule", "key = headline lower-cased, white space collapsed, trimmed; FeatureHashing.hash(key) mod 10: "
                + "0-1 test, 2 dev, 3-9 train; only files whose name contains 'train'");
        split.put("train", train.size());
        split.put("dev", dev.size());
        split.put("test", test.size());
        prov.put("split", split);
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("bits", best.features().bits());
        features.put("trigrams", best.features().trigrams());
        features.put("char_min", best.features().charMin());
        features.put("char_max", best.features().charMax());
        features.put("char_weight", best.features().charWeight());
        features.put("cues", best.features().cues());
        features.put("quotes", best.features().quotes());
        prov.put("features", features);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("epochs", best.epochs());
        params.put("learning_rate", best.learningRate());
        params.put("l2", best.l2());
        params.put("seed", best.seed());
        params.put("prune_below", PRUNE);
        params.put("trained_on", "train + dev");
        prov.put("parameters", params);
        prov.put("threshold", round(threshold));
        prov.put("threshold_rule", "lowest P(clickbait) at which dev precision of the clickbait class reaches "
                + TARGET_PRECISION + ", under the model trained on train only");
        prov.put("dev_grid", gridLog);
        prov.put("dev", metrics(devY, devProb, threshold));
        prov.put("test", metrics(testY, testProb, threshold));
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(prov);
        ModelFile file = new ModelFile(model, json);
        file.write(out);
        Path provFile = out.resolveSibling(out.getFileName().toString().replace(".bin.gz", "") + ".json");
        Files.writeString(provFile, json + "\n");
        log.printf(Locale.ROOT, "test (held out): %s%n", prov.get("test"));
        log.printf(Locale.ROOT, "wrote %s (%d bytes) and %s%n", out, Files.size(out), provFile);
        return ClickbaitModel.of(file);
    }

    public static LinearModel fit(Params p, List<ClickbaitData.Headline> data) {
        List<SparseVector> xs = new ArrayList<>(data.size());
        for (ClickbaitData.Headline h : data) {
            xs.add(p.features().encode(h.text()).vector());
        }
        return new LogisticTrainer(p.epochs(), p.learningRate(), p.l2(), p.seed())
                .train(xs, labels(data), null, LABELS, 1 << p.features().bits());
    }

    /** One row of zeros and one of {@code w1 − w0}: the same probabilities, half the file. */
    static LinearModel fold(LinearModel m) {
        int d = m.dimension();
        float[] diff = new float[d];
        for (int i = 0; i < d; i++) {
            diff[i] = m.weights()[1][i] - m.weights()[0][i];
        }
        return new LinearModel(m.labels(), new float[][] {new float[d], diff},
                new float[] {0, m.bias()[1] - m.bias()[0]});
    }

    static LinearModel prune(LinearModel m, double below) {
        float[][] w = new float[m.classes()][];
        for (int c = 0; c < w.length; c++) {
            w[c] = m.weights()[c].clone();
            for (int i = 0; i < w[c].length; i++) {
                if (Math.abs(w[c][i]) < below) {
                    w[c][i] = 0;
                }
            }
        }
        return new LinearModel(m.labels(), w, m.bias().clone());
    }

    static double[] probabilities(LinearModel m, HeadlineFeatures f, List<ClickbaitData.Headline> data) {
        double[] p = new double[data.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = m.probabilities(f.encode(data.get(i).text()).vector())[1];
        }
        return p;
    }

    static int[] labels(List<ClickbaitData.Headline> data) {
        int[] y = new int[data.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = data.get(i).clickbait() ? 1 : 0;
        }
        return y;
    }

    /**
     * The lowest threshold among the predicted probabilities at which precision of class 1
     * reaches {@code target}, with at least 0.5; 0.5 when precision at 0.5 already does.
     */
    static double threshold(int[] y, double[] p, double target) {
        if (precisionAt(y, p, 0.5) >= target) {
            return 0.5;
        }
        double[] candidates = p.clone();
        java.util.Arrays.sort(candidates);
        for (double t : candidates) {
            if (t >= 0.5 && precisionAt(y, p, t) >= target) {
                return t;
            }
        }
        return 0.5;
    }

    private static double precisionAt(int[] y, double[] p, double t) {
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < y.length; i++) {
            if (p[i] >= t) {
                if (y[i] == 1) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    static Map<String, Object> metrics(int[] y, double[] p, double threshold) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("headlines", y.length);
        m.put("accuracy", round(Metrics.accuracy(y, p)));
        m.put("f1", round(Metrics.f1(y, p)));
        m.put("roc_auc", round(Metrics.rocAuc(y, p)));
        m.put("brier", round(Metrics.brier(y, p)));
        m.put("ece", round(Metrics.ece(y, p, 10)));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < y.length; i++) {
            boolean fire = p[i] >= threshold;
            if (fire && y[i] == 1) {
                tp++;
            } else if (fire) {
                fp++;
            } else if (y[i] == 1) {
                fn++;
            }
        }
        m.put("precision_at_threshold", round(tp + fp == 0 ? 0 : (double) tp / (tp + fp)));
        m.put("recall_at_threshold", round(tp + fn == 0 ? 0 : (double) tp / (tp + fn)));
        return m;
    }

    static double logLoss(int[] y, double[] p) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double q = Math.min(1 - 1e-12, Math.max(1e-12, y[i] == 1 ? p[i] : 1 - p[i]));
            s -= Math.log(q);
        }
        return y.length == 0 ? 0 : s / y.length;
    }

    static String describe(Params p) {
        HeadlineFeatures f = p.features();
        return String.format(Locale.ROOT, "char=%s tri=%s cues=%s quotes=%s l2=%s ep=%d", f.charWeight(), f.trigrams(),
                f.cues(), f.quotes(), p.l2(), p.epochs());
    }

    private static List<ClickbaitData.Headline> part(List<ClickbaitData.Headline> all, ClickbaitData.Part part) {
        return all.stream().filter(h -> h.part() == part).toList();
    }

    private static Map<String, Object> dataFiles(Path dir, List<ClickbaitData.Headline> used) throws IOException {
        Map<String, Object> files = new LinkedHashMap<>();
        for (Path f : ClickbaitData.files(dir)) {
            String name = f.getFileName().toString();
            if (used.stream().noneMatch(h -> h.file().equals(name))) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bytes", Files.size(f));
            m.put("sha256", sha256(f));
            files.put(dir.getFileName() + "/" + name, m);
        }
        return files;
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
