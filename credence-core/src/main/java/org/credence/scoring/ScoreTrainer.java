package org.credence.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.ml.LinearModel;
import org.credence.ml.LogisticTrainer;
import org.credence.ml.Metrics;
import org.credence.ml.Platt;
import org.credence.ml.SparseVector;

/**
 * Trains a {@link ScoreModel}; deterministic (fixed seeds, fixed fold rule).
 *
 * <ol>
 *   <li>Articles that cannot be scored (not English, too little body) are left out.</li>
 *   <li>The articles are split into {@link Folds grouped folds} by their group (outlet or
 *       publisher), so no group is on both sides.</li>
 *   <li>Each candidate of the grid gets out-of-fold raw scores (trained on the other folds,
 *       its feature statistics too); the candidate with the best out-of-fold ROC-AUC wins
 *       (ties: lower log-loss after calibration).</li>
 *   <li>Platt scaling is fitted on the winner's out-of-fold scores: held-out articles only.</li>
 *   <li>The winner is trained on all articles; text weights below {@code prune} are dropped.</li>
 * </ol>
 */
public final class ScoreTrainer {

    /** One labelled article: its group (outlet, publisher) keeps it on one side of every split. */
    public record Example(String id, String group, boolean positive, ArticleFeatures features) {
    }

    /** What is scored: id, names, the meaning of a high probability, class names and bands. */
    public record Definition(String id, String name, String meaning, String negativeLabel, String positiveLabel,
                             double low, double high) {
    }

    /**
     * Training parameters of one candidate.
     *
     * @param textWeight  length of the word part of the vectors (0: no words)
     * @param bigrams     word bigrams beside unigrams
     * @param bits        bits of the hashed word part
     * @param denseWeight scale of the standardised signal and style features
     * @param l2          L2 penalty
     * @param epochs      passes over the data
     * @param rate        AdaGrad learning rate
     * @param seed        shuffling seed
     */
    public record Params(double textWeight, boolean bigrams, int bits, double denseWeight, double l2, int epochs,
                         double rate, long seed) {

        String describe() {
            return String.format(Locale.ROOT, "text=%.2f%s dense=%.2f l2=%.0e ep=%d", textWeight,
                    bigrams ? "+bi" : "", denseWeight, l2, epochs);
        }
    }

    /**
     * What training made.
     *
     * @param model  the trained, calibrated model
     * @param params the winning candidate
     * @param used   the articles trained on (scorable ones), in input order
     * @param oof    their out-of-fold calibrated probabilities (Platt fitted on the same scores)
     */
    public record Result(ScoreModel model, Params params, List<Example> used, double[] oof) {
    }

    /** Dense features non-zero in fewer articles than this share are left out. */
    static final double MIN_SHARE = 0.01;
    /** Text weights smaller than this are dropped from the final model. */
    static final double PRUNE = 1e-3;

    private ScoreTrainer() {
    }

    /**
     * Trains and calibrates a model.
     *
     * @param def        what is scored
     * @param examples   labelled articles (features may be {@linkplain ArticleFeatures#compact compact})
     * @param grid       candidates, compared by grouped cross-validation
     * @param folds      number of grouped folds
     * @param data       how the data was obtained, for the provenance (files, split rule, counts)
     * @param log        progress lines; may be null
     */
    public static Result train(Definition def, List<Example> examples, List<Params> grid, int folds,
                               Map<String, Object> data, PrintStream log) {
        List<Example> used = examples.stream().filter(e -> e.features().unscorable().isEmpty()).toList();
        int[] y = labels(used);
        int pos = 0;
        for (int v : y) {
            pos += v;
        }
        if (pos == 0 || pos == used.size()) {
            throw new IllegalArgumentException("training data for " + def.id() + " needs both classes; got "
                    + pos + " positive of " + used.size());
        }
        int[] fold = Folds.assign(used.stream().map(Example::group).toList(), folds);
        Params best = null;
        double[] bestOof = null;
        double bestAuc = -1;
        double bestLoss = Double.MAX_VALUE;
        Map<String, Object> gridLog = new LinkedHashMap<>();
        for (Params p : grid) {
            double[] raw = outOfFold(used, fold, p);
            double auc = Metrics.rocAuc(y, raw);
            double loss = logLoss(y, calibrated(Platt.fit(raw, y), raw));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("roc_auc", round(auc));
            row.put("log_loss", round(loss));
            gridLog.put(p.describe(), row);
            if (log != null) {
                log.printf(Locale.ROOT, "%s cv %-40s AUC %.4f  log-loss %.4f%n", def.id(), p.describe(), auc, loss);
            }
            if (auc > bestAuc + 1e-9 || (Math.abs(auc - bestAuc) <= 1e-9 && loss < bestLoss)) {
                best = p;
                bestOof = raw;
                bestAuc = auc;
                bestLoss = loss;
            }
        }
        Platt platt = Platt.fit(bestOof, y);
        double[] oof = calibrated(platt, bestOof);
        List<ArticleFeatures> feats = used.stream().map(Example::features).toList();
        FeatureSpec spec = FeatureSpec.fit(feats, MIN_SHARE, best.denseWeight(), best.bits(), best.textWeight(), best.bigrams());
        LinearModel lm = prune(linear(spec, used, y, best, def), spec.dense().size());
        double textOffset = textOffset(lm, spec, feats);

        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("score", def.id());
        prov.put("name", def.name());
        prov.put("meaning", def.meaning());
        prov.put("model", "scoring/" + def.id() + ".bin.gz");
        prov.put("method", "logistic regression (AdaGrad, L2, class-balanced) over standardised signal scores and "
                + "measures, style features (Horne & Adali 2017)"
                + (best.textWeight() > 0 ? " and hashed word " + (best.bigrams() ? "1-2" : "1") + "-grams" : "")
                + "; Platt scaling fitted on out-of-fold scores of grouped cross-validation");
        prov.put("data", data);
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("rule", "grouped k-fold by outlet/publisher (org.credence.scoring.Folds: groups largest first, "
                + "each to the fold with fewest articles)");
        split.put("folds", Folds.count(fold));
        split.put("articles", used.size());
        split.put("positive", pos);
        split.put("left_out_unscorable", examples.size() - used.size());
        split.put("groups", used.stream().map(Example::group).distinct().count());
        prov.put("split", split);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("text_weight", best.textWeight());
        params.put("bigrams", best.bigrams());
        params.put("bits", best.bits());
        params.put("dense_weight", best.denseWeight());
        params.put("l2", best.l2());
        params.put("epochs", best.epochs());
        params.put("learning_rate", best.rate());
        params.put("seed", best.seed());
        params.put("min_share", MIN_SHARE);
        params.put("prune_below", PRUNE);
        prov.put("parameters", params);
        prov.put("cv_grid", gridLog);
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("dense", spec.dense());
        features.put("mean", spec.mean());
        features.put("std", spec.std());
        features.put("dense_weight", spec.denseWeight());
        features.put("bits", spec.bits());
        features.put("text_weight", spec.textWeight());
        features.put("bigrams", spec.bigrams());
        prov.put("features", features);
        Map<String, Object> cal = new LinkedHashMap<>();
        cal.put("method", "Platt scaling on out-of-fold raw log-odds");
        cal.put("a", platt.a());
        cal.put("b", platt.b());
        cal.put("text_offset", textOffset);
        prov.put("calibration", cal);
        Map<String, Object> bands = new LinkedHashMap<>();
        bands.put("low", def.low());
        bands.put("high", def.high());
        prov.put("bands", bands);
        Map<String, Object> cv = new LinkedHashMap<>();
        cv.put("note", "out-of-fold figures of the chosen candidate; the calibration was fitted on these same "
                + "scores, so ECE here is optimistic: held-out figures are in docs/EVALUATION.md");
        cv.put("accuracy", round(Metrics.accuracy(y, oof)));
        cv.put("macro_f1", round(Metrics.macroF1(y, oof)));
        cv.put("roc_auc", round(Metrics.rocAuc(y, oof)));
        cv.put("brier", round(Metrics.brier(y, oof)));
        cv.put("ece", round(Metrics.ece(y, oof, 10)));
        prov.put("cross_validation", cv);
        String json;
        try {
            json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(prov);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        // Re-read through the file path so a trained model is exactly what a loaded one is.
        ScoreModel model = ScoreModel.of(new org.credence.ml.ModelFile(lm, json));
        return new Result(model, best, used, oof);
    }

    /** Out-of-fold raw log-odds of each article under candidate {@code p}. */
    static double[] outOfFold(List<Example> used, int[] fold, Params p) {
        int k = Folds.count(fold);
        double[] raw = new double[used.size()];
        for (int f = 0; f < k; f++) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < used.size(); i++) {
                if (fold[i] != f) {
                    train.add(used.get(i));
                }
            }
            FeatureSpec spec = FeatureSpec.fit(train.stream().map(Example::features).toList(), MIN_SHARE,
                    p.denseWeight(), p.bits(), p.textWeight(), p.bigrams());
            LinearModel m = linear(spec, train, labels(train), p, null);
            for (int i = 0; i < used.size(); i++) {
                if (fold[i] == f) {
                    double[] s = m.scores(spec.vector(used.get(i).features()));
                    raw[i] = s[1] - s[0];
                }
            }
        }
        return raw;
    }

    private static LinearModel linear(FeatureSpec spec, List<Example> train, int[] y, Params p, Definition def) {
        List<SparseVector> xs = new ArrayList<>(train.size());
        for (Example e : train) {
            xs.add(spec.vector(e.features()));
        }
        List<String> labels = def == null ? List.of("0", "1") : List.of(def.negativeLabel(), def.positiveLabel());
        LinearModel m = new LogisticTrainer(p.epochs(), p.rate(), p.l2(), p.seed())
                .train(xs, y, LogisticTrainer.balanced(y, 2), labels, spec.dimension());
        return fold(m);
    }

    /** One weight row: softmax of (0, w1 − w0) equals that of (w0, w1). */
    static LinearModel fold(LinearModel m) {
        int d = m.dimension();
        float[] w = new float[d];
        for (int i = 0; i < d; i++) {
            w[i] = m.weights()[1][i] - m.weights()[0][i];
        }
        return new LinearModel(m.labels(), new float[][] {new float[d], w}, new float[] {0, m.bias()[1] - m.bias()[0]});
    }

    /** Drops word weights below {@link #PRUNE}; dense weights stay. */
    static LinearModel prune(LinearModel m, int dense) {
        float[] w = m.weights()[1].clone();
        for (int i = dense; i < w.length; i++) {
            if (Math.abs(w[i]) < PRUNE) {
                w[i] = 0;
            }
        }
        return new LinearModel(m.labels(), new float[][] {m.weights()[0], w}, m.bias());
    }

    /** Mean raw log-odds that the word part adds over the training articles. */
    private static double textOffset(LinearModel m, FeatureSpec spec, List<ArticleFeatures> feats) {
        if (spec.textWeight() == 0 || feats.isEmpty()) {
            return 0;
        }
        int dense = spec.dense().size();
        float[] w = m.weights()[1];
        double sum = 0;
        for (ArticleFeatures a : feats) {
            SparseVector x = spec.vector(a);
            for (int k = 0; k < x.size(); k++) {
                if (x.index()[k] >= dense) {
                    sum += w[x.index()[k]] * x.value()[k];
                }
            }
        }
        return sum / feats.size();
    }

    static int[] labels(List<Example> ex) {
        int[] y = new int[ex.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ex.get(i).positive() ? 1 : 0;
        }
        return y;
    }

    static double[] calibrated(Platt platt, double[] raw) {
        double[] p = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            p[i] = platt.apply(raw[i]);
        }
        return p;
    }

    static double logLoss(int[] y, double[] p) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double q = Math.min(1 - 1e-12, Math.max(1e-12, p[i]));
            s -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
        }
        return y.length == 0 ? 0 : s / y.length;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
