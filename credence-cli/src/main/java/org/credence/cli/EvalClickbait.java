package org.credence.cli;

import java.nio.file.Path;
import org.credence.eval.ClickbaitEval;
import org.credence.signals.clickbait.ClickbaitData;
import org.credence.signals.clickbait.ClickbaitModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence eval clickbait}: the clickbait headline model beside majority and TF-IDF baselines. */
@Command(name = "clickbait", mixinStandardHelpOptions = true,
        description = {"Clickbait headlines on the Chakraborty et al. (2016) layout: every clickbait_data*.txt (clickbait) and",
                "non_clickbait_data*.txt (not) in DIR, one headline a line. Prints accuracy, precision, recall, F1",
                "(clickbait class), ROC-AUC, Brier and ECE for Credence, the majority class and TF-IDF word 1-2-grams +",
                "logistic regression trained on the same headlines as the shipped model.",
                "--split auto (default): files with 'train' in the name give only their held-out test part, other",
                "files (e.g. the official test files) all their headlines; test, dev, all: that part of every file."})
final class EvalClickbait extends EvalCommand.Base {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder with the headline files.")
    Path data;

    @Option(names = "--train", paramLabel = "DIR",
            description = "Folder with the training files the baselines learn from (default: DIR when it has them, "
                    + "else ../shared/data/clickbait-chakraborty2016).")
    Path train;

    @Option(names = "--split", paramLabel = "SPLIT", description = "auto, test, dev or all (default ${DEFAULT-VALUE}).")
    ClickbaitEval.Selection split = ClickbaitEval.Selection.AUTO;

    @Override
    public Integer call() throws Exception {
        requireData(data);
        Path trainDir = train;
        if (trainDir == null) {
            boolean here = ClickbaitData.files(data).stream()
                    .anyMatch(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).contains("train"));
            trainDir = here ? data : Path.of("../shared/data/clickbait-chakraborty2016");
        }
        requireData(trainDir);
        ClickbaitEval r = ClickbaitEval.evaluate(data, trainDir, split, ClickbaitModel.standard());
        return print(r.table(), r.asMap());
    }
}
