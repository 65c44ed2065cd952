package org.credence.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.credence.Credence;
import org.credence.eval.ReliabilityDiagram;
import org.credence.eval.ScoreData;
import org.credence.eval.ScoreEval;
import org.credence.scoring.ScoreRecipes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credence eval reliability} and {@code credence eval hyperpartisan}: the article scores,
 * trained by their shipped recipe on training data only, beside a majority baseline and TF-IDF +
 * logistic regression trained on the same articles.
 */
final class EvalScores {

    private EvalScores() {
    }

    /** Options both score evaluations share. */
    abstract static class ScoreBase extends EvalCommand.Base {
        @Option(names = "--folds", paramLabel = "N", description = "Folds of the grouped cross-validation (default ${DEFAULT-VALUE}).")
        int folds = 5;

        @Option(names = "--split", paramLabel = "PART",
                description = {"all, dev or test (default ${DEFAULT-VALUE}): the fixed outlet split of the data",
                        "(hash of the outlet mod 5 = 0 is test). Without --train, cross-validate on that part;",
                        "--heldout trains on dev and scores test."})
        ScoreEval.Part split = ScoreEval.Part.ALL;

        @Option(names = "--heldout", description = "Train on the dev part of the data and score its test part.")
        boolean heldout;

        @Option(names = "--diagram", paramLabel = "FILE.svg", description = "Also write a reliability diagram (SVG).")
        Path diagram;

        @Option(names = "--disjoint-outlets", negatable = true, paramLabel = "BOOL",
                description = "With --train: leave out test articles of outlets the training data has.")
        Boolean disjointOutlets;

        abstract ScoreRecipes.Recipe recipe();

        abstract boolean disjointByDefault();

        int run(ScoreData.Read data, ScoreData.Read train) throws Exception {
            if (folds < 2) {
                throw new BadInputException("--folds must be at least 2: " + folds);
            }
            if (train != null && (heldout || split != ScoreEval.Part.ALL)) {
                throw new BadInputException("--train cannot be combined with --heldout or --split");
            }
            report(data);
            if (train != null) {
                report(train);
            }
            Credence credence = Credence.withoutScores();
            String positive = recipe().definition().positiveLabel();
            List<ScoreEval.Item> items = ScoreEval.prepare(data.articles(), credence, positive);
            ScoreEval.Result r;
            try {
                if (train != null) {
                    List<ScoreEval.Item> trainItems = ScoreEval.prepare(train.articles(), credence, positive);
                    boolean disjoint = disjointOutlets == null ? disjointByDefault() : disjointOutlets;
                    r = ScoreEval.trainTest(recipe(), train.name(), trainItems, data.name(), items, disjoint);
                } else if (heldout) {
                    r = ScoreEval.heldout(recipe(), data.name(), items);
                } else {
                    String name = split == ScoreEval.Part.ALL ? data.name() : data.name() + " (" + split.name().toLowerCase(java.util.Locale.ROOT) + " outlets)";
                    r = ScoreEval.crossValidate(recipe(), name, split.of(items), folds);
                }
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            if (diagram != null) {
                writeDiagram(r);
            }
            Map<String, Object> map = r.asMap();
            if (diagram != null) {
                map.put("diagram", diagram.toString());
            }
            return print(r.table(), map);
        }

        private void writeDiagram(ScoreEval.Result r) throws IOException {
            if (diagram.getParent() != null) {
                Files.createDirectories(diagram.getParent());
            }
            Files.writeString(diagram, ReliabilityDiagram.svg("Reliability diagram of P(" + r.score() + ")", r.protocol(),
                    r.test(), r.y(), r.credence(), r.tfidf()));
        }

        private void report(ScoreData.Read read) {
            if (read.articles().isEmpty()) {
                throw new BadInputException("no usable labelled articles in " + read.name()
                        + (read.problems().isEmpty() ? "" : ": " + read.problems().get(0)));
            }
            int shown = 0;
            for (String p : read.problems()) {
                if (shown++ == 5) {
                    spec.commandLine().getErr().println("credence: … " + (read.problems().size() - 5) + " more");
                    break;
                }
                spec.commandLine().getErr().println("credence: " + p);
            }
        }
    }

    /** {@code credence eval reliability}. */
    @Command(name = "reliability", mixinStandardHelpOptions = true,
            description = {"P(unreliable) on labelled articles: a JSON lines file of {title, text, label: reliable|unreliable,",
                    "source?}, a BuzzFeed-Webis 2016 folder (mostly true = reliable; mostly false, mixture = unreliable)",
                    "or a FakeNewsNet folder (fake = unreliable). Prints accuracy, macro-F1, ROC-AUC, Brier and ECE",
                    "for Credence, the majority class and TF-IDF + logistic regression trained on the same articles.",
                    "Without --train: cross-validation grouped by outlet. With --train: train there, test on --data",
                    "(test articles that repeat a training article are left out)."})
    static final class Reliability extends ScoreBase {
        @Option(names = "--data", required = true, paramLabel = "PATH", description = "Test data (file or folder).")
        Path data;

        @Option(names = "--train", paramLabel = "PATH", description = "Training data (file or folder) for a cross-set figure.")
        Path train;

        @Override ScoreRecipes.Recipe recipe() { return ScoreRecipes.UNRELIABLE; }

        @Override boolean disjointByDefault() { return false; }

        @Override
        public Integer call() throws Exception {
            requireData(data);
            ScoreData.Read t = null;
            if (train != null) {
                requireData(train);
                t = read(train);
            }
            return run(read(data), t);
        }

        private static ScoreData.Read read(Path p) {
            try {
                return ScoreData.reliability(p);
            } catch (IOException e) {
                throw new BadInputException(e.getMessage());
            }
        }
    }

    /** {@code credence eval hyperpartisan}. */
    @Command(name = "hyperpartisan", mixinStandardHelpOptions = true,
            description = {"P(hyperpartisan) on the SemEval-2019 task 4 layout (--articles + --truth), or a BuzzFeed-Webis",
                    "folder or records file (--data; orientation left/right = hyperpartisan). Prints accuracy, macro-F1,",
                    "ROC-AUC, Brier and ECE for Credence, the majority class and TF-IDF + logistic regression trained on",
                    "the same articles. Without training data: cross-validation grouped by publisher (URL host). With",
                    "--train-articles/--train-truth or --train: train there, test on the data; test articles of",
                    "publishers in the training data are left out unless --no-disjoint-outlets."})
    static final class Hyperpartisan extends ScoreBase {
        @Option(names = "--articles", paramLabel = "FILE.xml", description = "SemEval articles file.")
        Path articles;

        @Option(names = "--truth", paramLabel = "FILE.xml", description = "SemEval ground-truth file.")
        Path truth;

        @Option(names = "--data", paramLabel = "PATH", description = "Or: a BuzzFeed-Webis folder or records file.")
        Path data;

        @Option(names = "--train-articles", paramLabel = "FILE.xml", description = "SemEval articles to train on.")
        Path trainArticles;

        @Option(names = "--train-truth", paramLabel = "FILE.xml", description = "Their ground truth.")
        Path trainTruth;

        @Option(names = "--train", paramLabel = "PATH", description = "Or: a BuzzFeed-Webis folder or records file to train on.")
        Path train;

        @Override ScoreRecipes.Recipe recipe() { return ScoreRecipes.HYPERPARTISAN; }

        @Override boolean disjointByDefault() { return true; }

        @Override
        public Integer call() throws Exception {
            ScoreData.Read test = read(articles, truth, data, "--articles/--truth", "--data");
            ScoreData.Read t = trainArticles == null && trainTruth == null && train == null ? null
                    : read(trainArticles, trainTruth, train, "--train-articles/--train-truth", "--train");
            return run(test, t);
        }

        private ScoreData.Read read(Path xml, Path gold, Path other, String pair, String single) {
            if ((xml == null) != (gold == null)) {
                throw new BadInputException("give both files of " + pair);
            }
            if ((xml == null) == (other == null)) {
                throw new BadInputException("give either " + pair + " or " + single);
            }
            try {
                if (xml != null) {
                    requireData(xml);
                    requireData(gold);
                    return ScoreData.hyperpartisan(xml, gold);
                }
                requireData(other);
                return ScoreData.hyperpartisan(other);
            } catch (IOException e) {
                throw new BadInputException(e.getMessage());
            }
        }
    }
}
