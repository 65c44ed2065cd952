package org.credence.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.credence.Analysis;
import org.credence.Credence;
import org.credence.ingest.IngestItem;
import org.credence.report.HtmlReport;
import org.credence.report.JsonReport;
import org.credence.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code credence analyze}: one article or a whole corpus in, reports out. One record prints its
 * report; many records stream one JSON line each (in input order) to {@code --output} or
 * standard output, on all cores. Every record yields a report or an error record.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles: repair, structure and report.",
                "Exit code 0 when every record was analysed, 1 when any was bad input, 2 on usage errors."})
final class AnalyzeCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { json, text, html }

    @Mixin
    InputOptions input;

    @Mixin
    BatchOptions batch;

    @Mixin
    SourceRatingsOption ratings;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json, text or html (html takes one record). Default: text for one record on the terminal, json otherwise.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        java.io.PrintWriter err = spec.commandLine().getErr();
        batch.validate(spec.commandLine());
        Credence credence = ratings.apply(Credence.standard(), spec.commandLine());
        List<String> notes = new ArrayList<>();
        try (Stream<IngestItem> items = input.open(notes::add).read(input.inputs);
             Writer out = batch.open(spec.commandLine())) {
            // Peek at the first two items to tell one record from a batch.
            var it = items.iterator();
            List<IngestItem> head = new ArrayList<>(2);
            while (head.size() < 2 && it.hasNext()) {
                head.add(it.next());
            }
            notes.forEach(n -> err.println("credence: " + n));
            if (head.isEmpty()) {
                err.println("credence: no records found in " + String.join(", ", input.inputs));
                return Main.BAD_INPUT;
            }
            if (head.size() == 1) {
                Analysis a = credence.analyze(head.get(0));
                Format f = format != null ? format : (batch.output == null && System.console() != null ? Format.text : Format.json);
                out.write(render(a, f, true));
                return a instanceof Analysis.Failed ? Main.BAD_INPUT : Main.OK;
            }
            Format f = format != null ? format : Format.json;
            if (f == Format.html) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format html takes one record; use --format json (JSON lines) for several");
            }
            Stream<IngestItem> all = Stream.concat(head.stream(),
                    java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(it, 0), false));
            BatchRunner.Summary s = batch.runner(spec.commandLine()).run(all, credence::analyze, a -> {
                try {
                    out.write(render(a, f, false));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!batch.quiet) {
                err.println("credence: " + s.line());
            }
            return s.errors() > 0 ? Main.BAD_INPUT : Main.OK;
        }
    }

    static String render(Analysis a, Format f, boolean single) {
        return switch (f) {
            case json -> (single ? JsonReport.pretty(a) : JsonReport.line(a)) + "\n";
            case text -> TextReport.render(a) + (single ? "" : "\n");
            case html -> HtmlReport.render(a);
        };
    }
}
