package org.credence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.credence.eval.ScoreTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence train reliability} and {@code credence train hyperpartisan}: the shipped article scores. */
final class TrainScores {

    private TrainScores() {
    }

    abstract static class Base implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
        Path data = Path.of("../shared/data");

        abstract String score();

        abstract Path out();

        abstract String[] sets();

        @Override
        public Integer call() throws Exception {
            for (String set : sets()) {
                if (!Files.isDirectory(data.resolve(set))) {
                    throw new BadInputException("no " + set + " data under " + data + " (expected " + data.resolve(set) + ")");
                }
            }
            ScoreTraining.train(score(), data, out(), System.err);
            return Main.OK;
        }
    }

    /** {@code credence train reliability}. */
    @Command(name = "reliability", mixinStandardHelpOptions = true,
            description = {"Train the P(unreliable) model on BuzzFeed-Webis 2016 (mostly true = reliable; mostly false,",
                    "mixture = unreliable) and the FakeNewsNet articles that do not repeat one of them (fake = unreliable):",
                    "candidates compared by 5-fold cross-validation grouped by outlet, Platt calibration on the",
                    "out-of-fold scores, final model on all (seed 42); writes the model (.bin.gz) and provenance (.json)."})
    static final class Reliability extends Base {
        @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default ${DEFAULT-VALUE}).")
        Path out = Path.of("unreliable.bin.gz");

        @Override String score() { return "unreliable"; }
        @Override Path out() { return out; }
        @Override String[] sets() { return new String[] {"buzzfeed-webis-2016", "fakenewsnet-v1"}; }
    }

    /** {@code credence train hyperpartisan}. */
    @Command(name = "hyperpartisan", mixinStandardHelpOptions = true,
            description = {"Train the P(hyperpartisan) model on the SemEval-2019 task 4 by-article training set:",
                    "candidates compared by 5-fold cross-validation grouped by publisher (URL host), Platt calibration",
                    "on the out-of-fold scores, final model on all (seed 42); writes the model (.bin.gz) and provenance (.json)."})
    static final class Hyperpartisan extends Base {
        @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default ${DEFAULT-VALUE}).")
        Path out = Path.of("hyperpartisan.bin.gz");

        @Override String score() { return "hyperpartisan"; }
        @Override Path out() { return out; }
        @Override String[] sets() { return new String[] {"semeval2019-hyperpartisan-byarticle"}; }
    }
}
