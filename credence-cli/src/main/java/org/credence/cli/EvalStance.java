package org.credence.cli;

import java.nio.file.Path;
import org.credence.eval.StanceEval;
import org.credence.signals.stance.StanceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence eval stance}: the headline-support stance model on FNC-1 files. */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = {"Headline-body stance (unrelated, discuss, agree, disagree) on FNC-1 files: FNC score (% of the best",
                "possible), macro-F1, per-class F1 and confusion, beside the majority and the TF-IDF-threshold + overlap-LR baselines.",
                "--split auto scores the held-out test bodies when --stances is the file the model was trained from",
                "(SHA-256 recorded in its provenance), else every pair (e.g. the competition test files)."})
final class EvalStance extends EvalCommand.Base {

    @Option(names = "--bodies", required = true, paramLabel = "FILE", description = "Bodies CSV (Body ID, articleBody).")
    Path bodies;

    @Option(names = "--stances", required = true, paramLabel = "FILE", description = "Stances CSV (Headline, Body ID, Stance).")
    Path stances;

    @Option(names = "--split", paramLabel = "SPLIT", description = "auto, test, dev, train or all (default ${DEFAULT-VALUE}).")
    String split = "auto";

    @Option(names = "--train-data", paramLabel = "DIR",
            description = "Shared data folder whose fnc1/train_*.csv fit the baselines when --stances is another file (default ${DEFAULT-VALUE}).")
    Path trainData = Path.of("../shared/data");

    @Override
    public Integer call() throws Exception {
        requireData(bodies);
        requireData(stances);
        StanceEval.Mode mode;
        try {
            mode = StanceEval.Mode.valueOf(split.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--split must be auto, test, dev, train or all: " + split);
        }
        StanceEval r = StanceEval.evaluate(bodies, stances, mode, StanceModel.standard(),
                trainData.resolve("fnc1/train_bodies.csv"), trainData.resolve("fnc1/train_stances.csv"));
        return print(r.table(), r.asMap());
    }
}
