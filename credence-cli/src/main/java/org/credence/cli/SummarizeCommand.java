package org.credence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.credence.cli.output.SummaryReader;
import org.credence.report.SourceSummary;
import org.credence.report.SummarySchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code credence summarize}: the per-source aggregate ({@link SourceSummary}) of a batch output,
 * as a table, CSV or JSON lines. The Spark job's example aggregate gives the same columns.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Per source: articles, errors, mean scores, the signals that fired most, of an analyze output.",
                "Reads .jsonl reports, the .csv summary, a .parquet file or a folder of .parquet files."})
final class SummarizeCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Parameters(arity = "1", paramLabel = "OUTPUT", description = "The output of analyze (or of the Spark job).")
    Path path;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table (default), csv or json (one object a line).")
    Format format = Format.table;

    @Option(names = "--limit", paramLabel = "N", description = "Show only the N sources with most articles (default: all).")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (limit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must not be negative, got " + limit);
        }
        SourceSummary.Accumulator acc = new SourceSummary.Accumulator();
        long[] rows = {0};
        try {
            SummaryReader.read(path, r -> {
                rows[0]++;
                acc.add(r);
            });
        } catch (IOException e) {
            throw new BadInputException(e.getMessage());
        }
        List<SourceSummary> all = acc.result();
        List<SourceSummary> shown = limit > 0 ? all.subList(0, Math.min(limit, all.size())) : all;
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> table(shown, out);
            case csv -> {
                CSVPrinter p = new CSVPrinter(out, org.apache.commons.csv.CSVFormat.RFC4180);
                p.printRecord(SourceSummary.COLUMNS.stream().map(SummarySchema.Column::name).toList());
                for (SourceSummary s : shown) {
                    p.printRecord(s.values().stream().map(SummarySchema::cell).toList());
                }
                p.flush();
            }
            case json -> {
                var json = new com.fasterxml.jackson.databind.ObjectMapper();
                for (SourceSummary s : shown) {
                    var o = json.createObjectNode();
                    List<Object> v = s.values();
                    for (int i = 0; i < v.size(); i++) {
                        o.set(SourceSummary.COLUMNS.get(i).name(), json.valueToTree(v.get(i)));
                    }
                    out.println(json.writeValueAsString(o));
                }
            }
        }
        out.flush();
        spec.commandLine().getErr().printf(Locale.ROOT, "credence: %d rows, %d sources%s%n", rows[0], all.size(),
                shown.size() < all.size() ? " (" + shown.size() + " shown)" : "");
        return Main.OK;
    }

    private static void table(List<SourceSummary> rows, PrintWriter out) {
        TreeSet<String> scoreIds = new TreeSet<>();
        rows.forEach(r -> scoreIds.addAll(r.meanScores().keySet()));
        int w = Math.max(6, Math.min(40, rows.stream().mapToInt(r -> r.source().length()).max().orElse(6)));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s %9s %7s", "source", "articles", "errors"));
        scoreIds.forEach(id -> head.append(String.format(Locale.ROOT, " %12s", abbreviate(id, 12))));
        head.append("  top signals (articles fired)");
        out.println(head);
        for (SourceSummary r : rows) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s %9d %7d",
                    abbreviate(r.source(), w), r.articles(), r.errors()));
            for (String id : scoreIds) {
                Double m = r.meanScores().get(id);
                sb.append(m == null || m.isNaN() ? String.format(Locale.ROOT, " %12s", "-") : String.format(Locale.ROOT, " %12.3f", m));
            }
            sb.append("  ").append(r.topSignals().stream().map(t -> t.signal() + " (" + t.articles() + ")")
                    .collect(Collectors.joining(", ")));
            out.println(sb);
        }
    }

    private static String abbreviate(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "…";
    }
}
