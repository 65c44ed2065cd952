package org.credence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.credence.language.ner.NerTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credence train}: reproduces a shipped model from ../shared/data with fixed seeds. The
 * model file records its data (sizes and SHA-256), parameters and figures. The opt-in propaganda
 * transformer of credence-transformer is fine-tuned with PyTorch: {@code train
 * propaganda-transformer} runs the source checkout's script for it ({@link TrainTransformer}).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Reproduce a shipped model from the public data with fixed seeds.",
                "The opt-in propaganda transformer is fine-tuned with PyTorch:",
                "`train propaganda-transformer` runs the source checkout's script for it."},
        subcommands = {TrainCommand.Ner.class, TrainCheckworthy.class, TrainStance.class, TrainSloppiness.class,
                TrainClickbait.class, TrainPropaganda.class, TrainTransformer.class, TrainScores.Reliability.class, TrainScores.Hyperpartisan.class})
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a model to train: ner");
    }

    /** {@code credence train ner}. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Train the NER model on CoNLL-2003 eng.train (epochs chosen on eng.testa), then retrain it on",
                    "eng.train + eng.testa with those epochs, with gazetteers and word clusters from ../shared/data;",
                    "writes the model (.bin.gz) and its provenance (.json).",
                    "Needs about 4 GB of heap: run with CREDENCE_JAVA_OPTS=-Xmx6g."})
    static final class Ner implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
        Path data = Path.of("../shared/data");

        @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default ${DEFAULT-VALUE}).")
        Path out = Path.of("ner-conll2003.bin.gz");

        @Option(names = "--epochs", paramLabel = "N", description = "Most epochs per stage (default ${DEFAULT-VALUE}).")
        int epochs = NerTrainer.Params.defaults().epochs();

        @Option(names = "--seed", paramLabel = "N", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed = NerTrainer.Params.defaults().seed();

        @Option(names = "--train-on-dev", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Retrain on eng.train + eng.testa with the epochs chosen on eng.testa (default ${DEFAULT-VALUE}).")
        boolean trainOnDev;

        @Option(names = "--replicas", paramLabel = "N",
                description = "Perceptrons trained on different shuffles and averaged, per stage (default ${DEFAULT-VALUE}).")
        int replicas = NerTrainer.Params.defaults().replicas();

        @Option(names = "--dev-only", description = "Score eng.testa only, never the test sets (for feature work).")
        boolean devOnly;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(data.resolve("conll2003-en"))) {
                throw new BadInputException("no CoNLL-2003 data under " + data + " (expected " + data.resolve("conll2003-en") + ")");
            }
            NerTrainer.Params d = NerTrainer.Params.defaults();
            NerTrainer.train(data, out, new NerTrainer.Params(epochs, d.bits(), seed, d.clusters(), d.prune(), trainOnDev,
                    replicas), devOnly);
            return Main.OK;
        }
    }
}
