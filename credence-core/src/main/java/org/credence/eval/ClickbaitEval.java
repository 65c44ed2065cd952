package org.credence.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.ml.Metrics;
import org.credence.signals.clickbait.ClickbaitData;
import org.credence.signals.clickbait.ClickbaitModel;

/**
 * Clickbait headline classification on the Chakraborty et al. (2016) layout
 * ({@link ClickbaitData}): accuracy, precision, recall and F1 of the clickbait class at
 * P = 0.5, ROC-AUC, Brier score and calibration error, and precision and recall at the
 * signal's firing threshold, for the shipped model beside a majority baseline and a TF-IDF
 * word uni+bigram logistic regression ({@link TfidfWordLogistic}) trained on the same headlines
 * as the shipped model.
 *
 * <p>Which headlines are scored ({@link Selection}):
 * <ul>
 *   <li>{@code AUTO} (default): headlines of training files (names containing "train") only
 *       when they fall on the held-out TEST part of the fixed split; every headline of any
 *       other file (such as the official test files);</li>
 *   <li>{@code TEST}, {@code DEV}: that part of the split, whatever the file;</li>
 *   <li>{@code ALL}: every headline (includes what the model was trained on).</li>
 * </ul>
 * The baselines are trained on the TRAIN and DEV parts of the training files of
 * {@code trainDir} (the same headlines the shipped model learned from); the majority class is
 * taken from them too.
 */
public final class ClickbaitEval {

    /** Which headlines of the given data are scored. */
    public enum Selection { AUTO, TEST, DEV, ALL }

    /** The figures of one system. */
    public record Figures(String system, double accuracy, double precision, double recall, double f1, double rocAuc,
                          double brier, double ece, double precisionAtThreshold, double recallAtThreshold) {

        static Figures of(String system, int[] y, double[] p, double threshold) {
            Prf at5 = prf(y, p, 0.5);
            Prf atT = prf(y, p, threshold);
            return new Figures(system, Metrics.accuracy(y, p), at5.precision(), at5.recall(), at5.f1(),
                    Metrics.rocAuc(y, p), Metrics.brier(y, p), Metrics.ece(y, p, 10), atT.precision(), atT.recall());
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("system", system);
            m.put("accuracy", r(accuracy));
            m.put("precision", r(precision));
            m.put("recall", r(recall));
            m.put("f1", r(f1));
            m.put("roc_auc", r(rocAuc));
            m.put("brier", r(brier));
            m.put("ece", r(ece));
            m.put("precision_at_threshold", r(precisionAtThreshold));
            m.put("recall_at_threshold", r(recallAtThreshold));
            return m;
        }
    }

    private final String data;
    private final Selection selection;
    private final int headlines;
    private final int clickbait;
    private final int trainedOn;
    private final double threshold;
    private final List<Figures> rows;

    private ClickbaitEval(String data, Selection selection, int headlines, int clickbait, int trainedOn,
                          double threshold, List<Figures> rows) {
        this.data = data;
        this.selection = selection;
        this.headlines = headlines;
        this.clickbait = clickbait;
        this.trainedOn = trainedOn;
        this.threshold = threshold;
        this.rows = List.copyOf(rows);
    }

    /**
     * Scores {@code model} on the headlines of {@code dataDir} chosen by {@code selection},
     * with baselines trained on the training files of {@code trainDir}.
     */
    public static ClickbaitEval evaluate(Path dataDir, Path trainDir, Selection selection, ClickbaitModel model)
            throws IOException {
        List<ClickbaitData.Headline> scored = select(ClickbaitData.read(dataDir), selection);
        if (scored.isEmpty()) {
            throw new IOException("no headlines to score in " + dataDir + " with --split " + selection.name().toLowerCase(Locale.ROOT));
        }
        List<ClickbaitData.Headline> train = ClickbaitData.read(trainDir).stream()
                .filter(h -> h.fromTrainingFile() && h.part() != ClickbaitData.Part.TEST).toList();
        if (train.isEmpty()) {
            throw new IOException("no training headlines (files with 'train' in the name) in " + trainDir);
        }
        List<String> texts = new ArrayList<>(train.size());
        boolean[] labels = new boolean[train.size()];
        int trainPositive = 0;
        for (int i = 0; i < train.size(); i++) {
            texts.add(train.get(i).text());
            labels[i] = train.get(i).clickbait();
            trainPositive += labels[i] ? 1 : 0;
        }
        TfidfWordLogistic tfidf = TfidfWordLogistic.train(texts, labels);
        boolean majorityClickbait = trainPositive * 2 > train.size();

        int n = scored.size();
        int[] y = new int[n];
        double[] credence = new double[n];
        double[] majority = new double[n];
        double[] baseline = new double[n];
        int positive = 0;
        for (int i = 0; i < n; i++) {
            ClickbaitData.Headline h = scored.get(i);
            y[i] = h.clickbait() ? 1 : 0;
            positive += y[i];
            credence[i] = model.probability(h.text());
            majority[i] = majorityClickbait ? 1 : 0;
            baseline[i] = tfidf.probability(h.text());
        }
        double t = model.threshold();
        List<Figures> rows = List.of(
                Figures.of("credence", y, credence, t),
                Figures.of("majority (" + (majorityClickbait ? "clickbait" : "not clickbait") + ")", y, majority, t),
                Figures.of("tf-idf word 1-2-grams + logistic regression", y, baseline, t));
        return new ClickbaitEval(dataDir.toString(), selection, n, positive, train.size(), t, rows);
    }

    static List<ClickbaitData.Headline> select(List<ClickbaitData.Headline> all, Selection selection) {
        return all.stream().filter(h -> switch (selection) {
            case AUTO -> !h.fromTrainingFile() || h.part() == ClickbaitData.Part.TEST;
            case TEST -> h.part() == ClickbaitData.Part.TEST;
            case DEV -> h.part() == ClickbaitData.Part.DEV;
            case ALL -> true;
        }).toList();
    }

    public List<Figures> rows() {
        return rows;
    }

    /** The shipped model's figures. */
    public Figures credence() {
        return rows.get(0);
    }

    /** The TF-IDF + logistic regression baseline's figures. */
    public Figures tfidf() {
        return rows.get(2);
    }

    public int headlines() {
        return headlines;
    }

    /** The figures as a table. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Clickbait headlines: %s, split %s: %d headlines (%d clickbait); "
                        + "baselines trained on %d headlines%n", data, selection.name().toLowerCase(Locale.ROOT),
                headlines, clickbait, trainedOn));
        sb.append(String.format(Locale.ROOT, "%-45s %8s %9s %7s %7s %7s %7s %7s   at threshold %.2f: P / R%n",
                "system", "accuracy", "precision", "recall", "F1", "ROC-AUC", "Brier", "ECE", threshold));
        for (Figures f : rows) {
            sb.append(String.format(Locale.ROOT, "%-45s %8.4f %9.4f %7.4f %7.4f %7.4f %7.4f %7.4f   %.4f / %.4f%n",
                    f.system(), f.accuracy(), f.precision(), f.recall(), f.f1(), f.rocAuc(), f.brier(), f.ece(),
                    f.precisionAtThreshold(), f.recallAtThreshold()));
        }
        sb.append("Accuracy, precision, recall and F1 (clickbait class) at P >= 0.5; the signal fires at the threshold.\n");
        return sb.toString();
    }

    /** The figures for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", data);
        m.put("split", selection.name().toLowerCase(Locale.ROOT));
        m.put("headlines", headlines);
        m.put("clickbait", clickbait);
        m.put("baseline_training_headlines", trainedOn);
        m.put("threshold", r(threshold));
        m.put("systems", rows.stream().map(Figures::asMap).toList());
        return m;
    }

    private static Prf prf(int[] y, double[] p, double threshold) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < y.length; i++) {
            boolean pred = p[i] >= threshold;
            if (pred && y[i] == 1) {
                tp++;
            } else if (pred) {
                fp++;
            } else if (y[i] == 1) {
                fn++;
            }
        }
        return new Prf(tp, fp, fn);
    }

    private static double r(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
