package org.credence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.credence.signals.claims.CheckWorthyTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence train checkworthy}: reproduces the shipped check-worthiness model. */
@Command(name = "checkworthy", mixinStandardHelpOptions = true,
        description = {"Train the check-worthy-claims model on the CheckThat! 2019 task 1 training debates and ClaimBuster",
                "(../shared/data/claimbuster-checkthat): debates split by a hash of their name (test held out), a small grid",
                "tuned by MAP on the dev debates, the final model trained on train + dev. Writes FILE and its provenance (.json)."})
final class TrainCheckworthy implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default ${DEFAULT-VALUE}).")
    Path out = Path.of("check-worthy.bin.gz");

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data.resolve(CheckWorthyTrainer.CT19))) {
            throw new BadInputException("no CheckThat! 2019 data at " + data.resolve(CheckWorthyTrainer.CT19));
        }
        CheckWorthyTrainer.train(data, out, seed, System.err::println);
        return Main.OK;
    }
}
