package org.credence.cli;

import java.nio.file.Path;
import org.credence.eval.CheckWorthyEval;
import org.credence.signals.claims.CheckWorthiness;
import org.credence.signals.claims.CheckWorthyTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence eval checkworthy}: ranking figures on CheckThat! 2019 task 1 data. */
@Command(name = "checkworthy", mixinStandardHelpOptions = true,
        description = {"Check-worthy claims on CheckThat! 2019 task 1 data (a CSV with line_number, speaker, text, label",
                "[, file_name], official per-debate .tsv files, or a folder of them): MAP, R-precision, P@5/10/20 over",
                "debates for the shipped model, a TF-IDF + LR baseline trained on the model's training debates, a random",
                "order and the majority (transcript order). --split auto scores only the held-out debates when the file",
                "holds debates the model was trained on (the shared training file), else every debate."})
final class EvalCheckworthy extends EvalCommand.Base {

    @Option(names = "--data", required = true, paramLabel = "FILE|DIR", description = "CheckThat! 2019 task 1 data.")
    Path data;

    @Option(names = "--split", paramLabel = "SCOPE",
            description = "auto, test (held out), dev (tuned on) or all (default ${DEFAULT-VALUE}).")
    String split = "auto";

    @Option(names = "--train", paramLabel = "FILE",
            description = "The training file the baseline learns from (default ${DEFAULT-VALUE}).")
    Path train = Path.of("../shared/data").resolve(CheckWorthyTrainer.CT19);

    @Override
    public Integer call() throws Exception {
        requireData(data);
        requireData(train);
        CheckWorthyEval.Scope scope;
        try {
            scope = CheckWorthyEval.Scope.valueOf(split.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--split must be auto, test, dev or all, not " + split);
        }
        CheckWorthyEval r = CheckWorthyEval.evaluate(data, train, CheckWorthiness.standard(), scope);
        return print(r.table(), r.asMap());
    }
}
