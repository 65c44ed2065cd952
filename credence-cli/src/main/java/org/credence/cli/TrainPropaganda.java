package org.credence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.credence.signals.propaganda.PropagandaTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence train propaganda}: reproduces the shipped propaganda model. */
@Command(name = "propaganda", mixinStandardHelpOptions = true,
        description = {"Train the propaganda model on the PTC training articles (ptc-semeval2020/train-articles and",
                "train-task2-TC.labels) of the train and dev parts of the split, score it on the held-out test part,",
                "and write propaganda-si.bin.gz, propaganda-tc.bin.gz, propaganda-gate.bin.gz and propaganda.json",
                "(provenance) into --out. The fragment gate learns from out-of-fold token probabilities (5 folds).",
                "With --tune: train on the train part only and print dev figures over a grid of decoding thresholds,",
                "gate thresholds and short-technique splits."})
final class TrainPropaganda implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the model into (default ${DEFAULT-VALUE}).")
    Path out = Path.of("propaganda-model");

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = PropagandaTrainer.Params.defaults().seed();

    @Option(names = "--tune", description = "Print dev figures instead of writing a model.")
    boolean tune;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data.resolve(PropagandaTrainer.ARTICLES))) {
            throw new BadInputException("no PTC training articles under " + data + " (expected "
                    + data.resolve(PropagandaTrainer.ARTICLES) + ")");
        }
        PropagandaTrainer.Params p = PropagandaTrainer.Params.defaults().withSeed(seed);
        if (tune) {
            PropagandaTrainer.tune(data, p);
        } else {
            PropagandaTrainer.trainAndWrite(data, out, p);
        }
        return Main.OK;
    }
}
