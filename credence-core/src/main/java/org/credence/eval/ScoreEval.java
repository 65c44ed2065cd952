package org.credence.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.Analysis;
import org.credence.Credence;
import org.credence.ml.Metrics;
import org.credence.scoring.ArticleFeatures;
import org.credence.scoring.Folds;
import org.credence.scoring.ScoreRecipes;
import org.credence.scoring.ScoreTrainer;

/**
 * Evaluates an article score (P(unreliable), P(hyperpartisan)) the way it is shipped: the
 * score's {@link ScoreRecipes recipe} is trained on training articles only (its candidate and
 * calibration chosen by grouped cross-validation inside them) and scores test articles, beside
 * a majority baseline (the training share of the positive class as the probability) and TF-IDF
 * word 1-2-grams + logistic regression ({@link TfidfWordLogistic}) trained on the same articles.
 *
 * <p>Two protocols:
 * <ul>
 *   <li>{@link #crossValidate}: grouped k-fold cross-validation over one set, each outlet or
 *       publisher in one fold only; every article is scored once, by models that never saw its
 *       outlet (in-domain figures);</li>
 *   <li>{@link #trainTest}: train on one set, score another (cross-set figures). Test articles
 *       that repeat a training article ({@link NearDuplicates}) are left out, and, when asked,
 *       those of outlets the training set has.</li>
 * </ul>
 * Articles that cannot be scored (not English, too little body text) are left out of every
 * system's figures and counted. Figures: accuracy and macro-F1 at P = 0.5, ROC-AUC, Brier score,
 * expected calibration error over 10 equal bins.
 */
public final class ScoreEval {

    /**
     * The fixed outlet split of a set, for development: an article is TEST when
     * {@code FeatureHashing.hash(outlet) mod 5 == 0}, DEV otherwise, so every outlet is on one side.
     * Develop with cross-validation on DEV; report {@link #trainTest} from DEV to TEST once.
     */
    public enum Part {
        DEV, TEST, ALL;

        /** Whether an article of this outlet belongs to this part. */
        public boolean includes(String outlet) {
            boolean test = Math.floorMod(org.credence.ml.FeatureHashing.hash(outlet), 5) == 0;
            return this == ALL || (this == TEST) == test;
        }

        /** The items of this part. */
        public List<Item> of(List<Item> items) {
            return items.stream().filter(i -> includes(i.article().outlet())).toList();
        }
    }

    /** One analysed labelled article. */
    public record Item(LabeledArticle article, boolean positive, ArticleFeatures features) {
    }

    /** The figures of one system. */
    public record Figures(String system, double accuracy, double macroF1, double rocAuc, double brier, double ece) {

        static Figures of(String system, int[] y, double[] p) {
            return new Figures(system, Metrics.accuracy(y, p), Metrics.macroF1(y, p), Metrics.rocAuc(y, p),
                    Metrics.brier(y, p), Metrics.ece(y, p, 10));
        }

        /**
         * Figures of a constant predictor per training fold: its ROC-AUC is 0.5 by definition (pooling
         * folds whose constants differ would rank articles by fold, which is no skill of it).
         */
        static Figures constant(String system, int[] y, double[] p) {
            return new Figures(system, Metrics.accuracy(y, p), Metrics.macroF1(y, p), 0.5,
                    Metrics.brier(y, p), Metrics.ece(y, p, 10));
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("system", system);
            m.put("accuracy", r(accuracy));
            m.put("macro_f1", r(macroF1));
            m.put("roc_auc", r(rocAuc));
            m.put("brier", r(brier));
            m.put("ece", r(ece));
            return m;
        }
    }

    /**
     * An evaluation's outcome.
     *
     * @param score      the score's id
     * @param protocol   how train and test were drawn, in words
     * @param train      the training data's name
     * @param test       the test data's name
     * @param y          gold labels of the scored articles
     * @param credence   Credence's calibrated probabilities for them
     * @param tfidf      the TF-IDF baseline's probabilities
     * @param rows       figures: Credence, majority, TF-IDF
     * @param unscorable articles left out because they cannot be scored
     * @param repeated   test articles left out as repeats of training articles
     * @param sharedOutlet test articles left out because their outlet is in the training set
     */
    public record Result(String score, String protocol, String train, String test, int[] y, double[] credence,
                         double[] tfidf, List<Figures> rows, int unscorable, int repeated, int sharedOutlet) {

        public Figures credenceFigures() {
            return rows.get(0);
        }

        public Figures tfidfFigures() {
            return rows.get(2);
        }

        /** The figures as a table. */
        public String table() {
            int pos = 0;
            for (int v : y) {
                pos += v;
            }
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "Score %s: %s%n  train: %s%n  test:  %s: %d articles (%d %s)%n",
                    score, protocol, train, test, y.length, pos, score));
            if (unscorable + repeated + sharedOutlet > 0) {
                sb.append(String.format(Locale.ROOT, "  left out of the test: %d repeating a training article, "
                        + "%d from outlets in the training set, %d that cannot be scored%n", repeated, sharedOutlet, unscorable));
            }
            sb.append(String.format(Locale.ROOT, "%-44s %8s %8s %8s %7s %7s%n", "system", "accuracy", "macro-F1",
                    "ROC-AUC", "Brier", "ECE"));
            for (Figures f : rows) {
                sb.append(String.format(Locale.ROOT, "%-44s %8.4f %8.4f %8.4f %7.4f %7.4f%n", f.system(), f.accuracy(),
                        f.macroF1(), f.rocAuc(), f.brier(), f.ece()));
            }
            sb.append("Accuracy and macro-F1 at P >= 0.5; ECE over 10 equal-width bins.\n");
            return sb.toString();
        }

        /** The figures for JSON. */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("score", score);
            m.put("protocol", protocol);
            m.put("train", train);
            m.put("test", test);
            m.put("articles", y.length);
            int pos = 0;
            for (int v : y) {
                pos += v;
            }
            m.put("positive", pos);
            m.put("left_out_unscorable", unscorable);
            m.put("left_out_repeats", repeated);
            m.put("left_out_shared_outlet", sharedOutlet);
            m.put("systems", rows.stream().map(Figures::asMap).toList());
            return m;
        }
    }

    private ScoreEval() {
    }

    /** Runs the pipeline (without scores) over {@code articles}, in parallel, and reads their features. */
    public static List<Item> prepare(List<LabeledArticle> articles, Credence credence, String positiveLabel) {
        return articles.parallelStream().map(a -> {
            Analysis r = credence.analyze(a.record());
            ArticleFeatures f = r instanceof Analysis.Ok ok ? ArticleFeatures.of(ok.document(), true).compact() : null;
            return new Item(a, a.label().equals(positiveLabel), f);
        }).filter(i -> i.features() != null).toList();
    }

    /** Grouped k-fold cross-validation over one set. */
    public static Result crossValidate(ScoreRecipes.Recipe recipe, String name, List<Item> items, int folds) {
        List<Item> usable = items.stream().filter(i -> i.features().unscorable().isEmpty()).toList();
        int unscorable = items.size() - usable.size();
        int[] fold = Folds.assign(usable.stream().map(i -> i.article().outlet()).toList(), folds);
        int k = Folds.count(fold);
        int n = usable.size();
        int[] y = new int[n];
        double[] cred = new double[n];
        double[] maj = new double[n];
        double[] tf = new double[n];
        for (int f = 0; f < k; f++) {
            List<Item> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    test.add(i);
                } else {
                    train.add(usable.get(i));
                }
            }
            Systems s = Systems.train(recipe, train);
            for (int i : test) {
                Item it = usable.get(i);
                y[i] = it.positive() ? 1 : 0;
                cred[i] = s.credence(it);
                maj[i] = s.prior();
                tf[i] = s.tfidf(it);
            }
        }
        String protocol = String.format(Locale.ROOT, "%d-fold cross-validation grouped by outlet (%d outlets; "
                + "no outlet in both training and test)", k, usable.stream().map(i -> i.article().outlet()).distinct().count());
        return result(recipe, protocol, name + " (other folds)", name, y, cred, maj, tf, unscorable, 0, 0);
    }

    /**
     * Trains on {@code train} and scores {@code test}, leaving out test articles that repeat a
     * training article and, with {@code disjointOutlets}, those of outlets the training set has.
     */
    public static Result trainTest(ScoreRecipes.Recipe recipe, String trainName, List<Item> train, String testName,
                                   List<Item> test, boolean disjointOutlets) {
        return trainTest(recipe, trainName, train, testName, test, disjointOutlets,
                "trained on one set, tested on another" + (disjointOutlets ? " (outlets disjoint)" : ""));
    }

    /**
     * Trains on the {@link Part#DEV} outlets of one set and scores its {@link Part#TEST} outlets:
     * the held-out figure of a set that was developed on by cross-validation of its dev part.
     */
    public static Result heldout(ScoreRecipes.Recipe recipe, String name, List<Item> items) {
        return trainTest(recipe, name + " (dev outlets)", Part.DEV.of(items), name + " (test outlets)", Part.TEST.of(items),
                true, "trained on the dev outlets, tested on the held-out test outlets (fixed split: outlet hash mod 5 = 0)");
    }

    private static Result trainTest(ScoreRecipes.Recipe recipe, String trainName, List<Item> train, String testName,
                                    List<Item> test, boolean disjointOutlets, String protocol) {
        List<Item> trainUsable = train.stream().filter(i -> i.features().unscorable().isEmpty()).toList();
        NearDuplicates dups = new NearDuplicates(train.stream().map(Item::article).toList());
        java.util.Set<String> outlets = new java.util.HashSet<>();
        train.forEach(i -> outlets.add(i.article().outlet()));
        int repeated = 0;
        int shared = 0;
        int unscorable = 0;
        List<Item> scored = new ArrayList<>();
        for (Item it : test) {
            if (dups.repeats(it.article())) {
                repeated++;
            } else if (disjointOutlets && outlets.contains(it.article().outlet())) {
                shared++;
            } else if (it.features().unscorable().isPresent()) {
                unscorable++;
            } else {
                scored.add(it);
            }
        }
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("no test article left to score in " + testName
                    + " (all repeat training articles, share their outlets or cannot be scored)");
        }
        Systems s = Systems.train(recipe, trainUsable);
        int n = scored.size();
        int[] y = new int[n];
        double[] cred = new double[n];
        double[] maj = new double[n];
        double[] tf = new double[n];
        for (int i = 0; i < n; i++) {
            Item it = scored.get(i);
            y[i] = it.positive() ? 1 : 0;
            cred[i] = s.credence(it);
            maj[i] = s.prior();
            tf[i] = s.tfidf(it);
        }
        return result(recipe, protocol, trainName, testName, y, cred, maj, tf, unscorable, repeated, shared);
    }

    private static Result result(ScoreRecipes.Recipe recipe, String protocol, String train, String test, int[] y,
                                 double[] cred, double[] maj, double[] tf, int unscorable, int repeated, int shared) {
        String id = recipe.definition().id();
        List<Figures> rows = List.of(Figures.of("credence (signals + style + words, calibrated)", y, cred),
                Figures.constant("majority (training share as probability)", y, maj),
                Figures.of("tf-idf word 1-2-grams + logistic regression", y, tf));
        return new Result(id, protocol, train, test, y, cred, tf, rows, unscorable, repeated, shared);
    }

    /** The three systems trained on one training set. */
    private record Systems(org.credence.scoring.ScoreModel model, double prior, TfidfWordLogistic baseline) {

        static Systems train(ScoreRecipes.Recipe recipe, List<Item> train) {
            List<ScoreTrainer.Example> ex = new ArrayList<>(train.size());
            List<String> texts = new ArrayList<>(train.size());
            boolean[] labels = new boolean[train.size()];
            int pos = 0;
            for (int i = 0; i < train.size(); i++) {
                Item it = train.get(i);
                ex.add(new ScoreTrainer.Example(it.article().id(), it.article().outlet(), it.positive(), it.features()));
                texts.add(it.article().fullText());
                labels[i] = it.positive();
                pos += it.positive() ? 1 : 0;
            }
            var result = ScoreTrainer.train(recipe.definition(), ex, recipe.grid(), recipe.folds(), Map.of(), null);
            return new Systems(result.model(), (double) pos / train.size(), TfidfWordLogistic.train(texts, labels));
        }

        double credence(Item it) {
            return model.probability(it.features());
        }

        double tfidf(Item it) {
            return baseline.probability(it.article().fullText());
        }
    }

    private static double r(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
