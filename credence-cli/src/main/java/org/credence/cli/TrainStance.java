package org.credence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.credence.eval.StanceScore;
import org.credence.signals.stance.StanceTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence train stance}: reproduces the shipped headline-support stance model. */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = {"Train the headline-support stance model on FNC-1 (../shared/data/fnc1/train_*.csv): fit on the train and",
                "dev bodies, score on the held-out test bodies, write stance-stage1.bin.gz, stance-stage2.bin.gz,",
                "stance-terms.tsv.gz and stance.json (provenance) into --out. Fixed seed: same data, same files."})
final class TrainStance implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the model files into (default ${DEFAULT-VALUE}).")
    Path out = Path.of("stance-model");

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = StanceTrainer.Params.defaults().seed();

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(data.resolve("fnc1/train_stances.csv"))) {
            throw new BadInputException("no FNC-1 data under " + data + " (expected " + data.resolve("fnc1/train_stances.csv") + ")");
        }
        StanceTrainer.Params d = StanceTrainer.Params.defaults();
        StanceScore s = StanceTrainer.trainShipped(data, out, new StanceTrainer.Params(d.epochs1(), d.epochs2(), d.rate(),
                d.l2(), d.classPower(), d.minDf(), seed));
        System.out.printf(Locale.ROOT, "held-out test bodies: FNC %.2f %% of max, macro-F1 %.4f; model written to %s%n",
                s.fncPercent(), s.macroF1(), out);
        return Main.OK;
    }
}
