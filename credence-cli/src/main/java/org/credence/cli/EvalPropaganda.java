package org.credence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.eval.PropagandaEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence eval propaganda}: span identification and technique classification on the PTC layout. */
@Command(name = "propaganda", mixinStandardHelpOptions = true,
        description = {"Propaganda techniques on the Propaganda Techniques Corpus layout (SemEval-2020 task 11):",
                "span identification (the task's partial-overlap precision, recall, F1) and technique classification",
                "(gold fragments given; micro-F1 = accuracy), beside baselines trained on the model's training articles.",
                "--labels: a TC file (id, technique, start, end), an SI file (id, start, end: span identification only)",
                "or a folder of per-article .labels files. --split auto (default) scores the articles the shipped model",
                "was not trained on: on the corpus's training folder that is the held-out test part; elsewhere, all."})
final class EvalPropaganda extends EvalCommand.Base {

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of article<ID>.txt files.")
    Path articles;

    @Option(names = "--labels", required = true, paramLabel = "FILE|DIR", description = "Gold labels (see above).")
    Path labels;

    @Option(names = "--split", paramLabel = "SPLIT",
            description = "auto, test, dev, train or all (default auto); test/dev/train apply the split rule by article id.")
    PropagandaEval.Selection split = PropagandaEval.Selection.AUTO;

    @Option(names = "--train-data", paramLabel = "DIR",
            description = "The corpus folder the baselines train on (default ${DEFAULT-VALUE}).")
    Path trainData = Path.of("../shared/data/ptc-semeval2020");

    @picocli.CommandLine.Mixin
    PropagandaOption propaganda;

    @Override
    public Integer call() throws Exception {
        requireData(articles);
        requireData(labels);
        if (!Files.isDirectory(articles)) {
            throw new BadInputException("--articles must be a folder: " + articles);
        }
        PropagandaEval r;
        try {
            r = PropagandaEval.evaluate(articles, labels, split, trainData, propaganda.model());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return print(r.table(), r.asMap());
    }
}
