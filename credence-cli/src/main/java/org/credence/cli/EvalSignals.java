package org.credence.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.Credence;
import org.credence.eval.SignalsEval;
import org.credence.ingest.IngestItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code credence eval signals}: how each signal behaves over a labelled or unlabelled corpus. */
@Command(name = "signals", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline over articles and prints, per signal: articles judged, fire rate, mean score;",
                "with --positive and labelled records, the fire rate on each side and the ROC-AUC of the score.",
                "Example: credence eval signals ../shared/data/fakenewscorpus-sample/news_sample.csv "
                        + "--field text=content --field label=type --positive fake,unreliable,conspiracy,bias,junksci"})
final class EvalSignals extends EvalCommand.Base {

    @Mixin
    InputOptions input;

    @Option(names = "--positive", paramLabel = "LABELS", split = ",",
            description = "Labels (case-insensitive) counted as the positive side, e.g. unreliable,fake.")
    List<String> positive = List.of();

    @Option(names = "--limit", paramLabel = "N", description = "Read at most N records (default: all).")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        List<IngestItem> items;
        try (var stream = input.open(note -> spec.commandLine().getErr().println(note)).read(input.inputs)) {
            items = stream.limit(limit).toList();
        }
        Set<String> pos = positive.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        SignalsEval r = SignalsEval.evaluate(items, Credence.standard(), pos);
        return print(r.table(), r.asMap());
    }
}
