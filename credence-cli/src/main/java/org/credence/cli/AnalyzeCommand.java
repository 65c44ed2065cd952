package org.credence.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.credence.Analysis;
import org.credence.Credence;
import org.credence.cli.output.CsvSink;
import org.credence.cli.output.JsonLinesSink;
import org.credence.cli.output.ParquetSink;
import org.credence.cli.output.RecordSink;
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
 * standard output, on all cores. A file output of JSON lines, CSV or Parquet is always a batch
 * (one row per record, whatever their number) and can be resumed after a kill. Every record
 * yields a report or an error record.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles: repair, structure and report.",
                "Exit code 0 when every record was analysed, 1 when any was bad input, 2 on usage errors."})
final class AnalyzeCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { json, text, html, csv, parquet }

    @Mixin
    InputOptions input;

    @Mixin
    BatchOptions batch;

    @Mixin
    SourceRatingsOption ratings;

    @Mixin
    PropagandaOption propaganda;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json, text, html (one record), csv (flat summary) or parquet (flat summary; needs --output). "
                    + "Default: from the --output extension; else text for one record on the terminal, json otherwise.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The format the output file's name asks for, or null. */
    static Format byExtension(Path output) {
        if (output == null) {
            return null;
        }
        String n = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return Format.csv;
        }
        if (n.endsWith(".parquet")) {
            return Format.parquet;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Format.json;
        }
        return null;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        batch.validate(cl);
        Format f = format != null ? format : byExtension(batch.output);
        boolean lines = batch.output != null && batch.output.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jsonl|ndjson)");
        if (f == Format.parquet && batch.output == null) {
            throw new CommandLine.ParameterException(cl, "--format parquet needs --output FILE.parquet");
        }
        if (batch.resume && (f == Format.text || f == Format.html)) {
            throw new CommandLine.ParameterException(cl, "--resume works with json (JSON lines), csv and parquet output, not " + f);
        }
        if (f == Format.csv || f == Format.parquet || batch.resume || (f == Format.json && lines)) {
            return corpus(f == null ? Format.json : f);
        }
        return reports(f);
    }

    /** The standard pipeline (with the chosen propaganda model), with the outlet-ratings stage when ratings are configured. */
    private Credence credence() {
        return ratings.apply(propaganda.apply(Credence.standard()), spec.commandLine());
    }

    /** Reports: one record pretty-printed, or many as JSON lines / text to a writer. */
    private Integer reports(Format requested) throws IOException {
        java.io.PrintWriter err = spec.commandLine().getErr();
        Credence credence = credence();
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
                Format f = requested != null ? requested
                        : (batch.output == null && System.console() != null ? Format.text : Format.json);
                out.write(render(a, f, true));
                return a instanceof Analysis.Failed ? Main.BAD_INPUT : Main.OK;
            }
            Format f = requested != null ? requested : Format.json;
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

    /** A corpus run into a resumable sink: JSON lines, CSV or Parquet, one row per record. */
    private Integer corpus(Format f) throws IOException {
        CommandLine cl = spec.commandLine();
        java.io.PrintWriter err = cl.getErr();
        Credence credence = credence();
        List<String> notes = new ArrayList<>();
        RecordSink sink = switch (f) {
            case json -> new JsonLinesSink(batch.output, batch.resume);
            case csv -> batch.output == null ? new CsvSink(new NonClosing(cl.getOut())) : new CsvSink(batch.output, batch.resume);
            case parquet -> new ParquetSink(batch.output, batch.resume, batch.checkpoint);
            default -> throw new IllegalStateException("not a corpus format: " + f);
        };
        List<String> done;
        try {
            done = sink.recover();
        } catch (IOException e) {
            throw new BadInputException("cannot resume " + batch.output + ": " + e.getMessage());
        }
        Progress progress = batch.progress(cl);
        if (progress != null && !input.inputs.contains("-")) {
            countInBackground(progress, done.size());
        }
        BatchRunner.Summary s;
        try (RecordSink closing = sink;
             Stream<IngestItem> items = ResumeFilter.after(input.open(notes::add).read(input.inputs), done)) {
            s = new BatchRunner(batch.threads, progress).run(items, credence::analyze, a -> {
                try {
                    sink.write(a);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new BadInputException("cannot write " + (batch.output == null ? "the output" : batch.output) + ": "
                    + e.getCause().getMessage());
        }
        s = new BatchRunner.Summary(s.records(), s.errors(), s.seconds(), done.size());
        notes.forEach(n -> err.println("credence: " + n));
        if (!batch.quiet) {
            err.println("credence: " + s.line());
        }
        if (s.records() == 0 && done.isEmpty()) {
            err.println("credence: no records found in " + String.join(", ", input.inputs));
            return Main.BAD_INPUT;
        }
        return s.errors() > 0 ? Main.BAD_INPUT : Main.OK;
    }

    /** Counts the input records on a second reader, so that progress can show a total and the time left. */
    private void countInBackground(Progress progress, long done) {
        Thread t = new Thread(() -> {
            try (Stream<IngestItem> items = input.open(n -> { }).read(input.inputs)) {
                progress.total(Math.max(0, items.count() - done));
            } catch (RuntimeException e) {
                // no total then; progress shows counts and rate only
            }
        }, "credence-count");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static String render(Analysis a, Format f, boolean single) {
        return switch (f) {
            case json -> (single ? JsonReport.pretty(a) : JsonReport.line(a)) + "\n";
            case text -> TextReport.render(a) + (single ? "" : "\n");
            case html -> HtmlReport.render(a);
            case csv, parquet -> throw new IllegalArgumentException(f + " is written by the corpus path");
        };
    }
}
