package org.credence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.credence.signals.clickbait.ClickbaitTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence train clickbait}: reproduces the shipped clickbait headline model. */
@Command(name = "clickbait", mixinStandardHelpOptions = true,
        description = {"Train the clickbait headline model on the training files of clickbait-chakraborty2016 (fixed split,",
                "candidates compared on the dev part, threshold set on dev, final model on train + dev, seed 42);",
                "writes the model (.bin.gz) and its provenance (.json) beside it."})
final class TrainClickbait implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default ${DEFAULT-VALUE}).")
    Path out = Path.of("clickbait-headline.bin.gz");

    @Override
    public Integer call() throws Exception {
        Path set = data.resolve("clickbait-chakraborty2016");
        if (!Files.isDirectory(set)) {
            throw new BadInputException("no clickbait data under " + data + " (expected " + set + ")");
        }
        ClickbaitTrainer.train(set, out, System.err);
        return Main.OK;
    }
}
