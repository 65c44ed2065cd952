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
import picocli.CommandLine.Option;

/** {@code credence eval signals}: how each signal behaves over a labelled or unlabelled corpus. */
@Command(name = "signals", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline over articles and prints, per signal: articles judged, fire rate, mean score;",
                "with --positive and labelled records, the fire rate on each side and the ROC-AUC of the score.",
                "Example: credence eval signals --buzzfeed ../shared/data/buzzfeed-webis-2016 --positive left,right",
                "Example: credence eval signals ../shared/data/fakenewscorpus-sample/news_sample.csv "
                        + "--field text=content --field label=type --positive fake,unreliable,conspiracy,bias,junksci"})
final class EvalSignals extends EvalCommand.Base {

    @Option(names = "--buzzfeed", paramLabel = "DIR",
            description = "Read the BuzzFeed-Webis 2016 layout (articles/*.xml) instead of INPUTs; see --buzzfeed-label.")
    java.nio.file.Path buzzfeed;

    @Option(names = "--buzzfeed-label", paramLabel = "FIELD",
            description = "orientation (mainstream, left, right), veracity or portal (default ${DEFAULT-VALUE}).")
    org.credence.eval.BuzzfeedWebis.Label buzzfeedLabel = org.credence.eval.BuzzfeedWebis.Label.ORIENTATION;

    @Option(names = "--field", paramLabel = "FIELD=NAME",
            description = "Read record field FIELD from the JSON/CSV field NAME, e.g. --field label=type. Repeatable.")
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();

    @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Files or directories, as for analyze (records with a label field).")
    List<String> inputs = new java.util.ArrayList<>();

    @Option(names = "--positive", paramLabel = "LABELS", split = ",",
            description = "Labels (case-insensitive) counted as the positive side, e.g. unreliable,fake.")
    List<String> positive = List.of();

    @Option(names = "--limit", paramLabel = "N", description = "Read at most N records (default: all).")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        List<IngestItem> items;
        if (buzzfeed != null) {
            items = org.credence.eval.BuzzfeedWebis.read(requireData(buzzfeed), buzzfeedLabel).stream().limit(limit).toList();
        } else if (inputs.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give INPUTs or --buzzfeed DIR");
        } else {
            var in = new org.credence.ingest.Inputs(org.credence.ingest.FieldMapping.of(fields),
                    note -> spec.commandLine().getErr().println(note), System.in);
            try (var stream = in.read(inputs)) {
                items = stream.limit(limit).toList();
            }
        }
        Set<String> pos = positive.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        SignalsEval r = SignalsEval.evaluate(items, Credence.standard(), pos);
        return print(r.table(), r.asMap());
    }
}
