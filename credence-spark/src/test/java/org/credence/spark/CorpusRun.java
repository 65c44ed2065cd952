package org.credence.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.credence.report.SummaryRow;
import picocli.CommandLine;

/**
 * The shared fixture of the Spark tests, built once per test JVM (all IT classes run in one):
 * a corpus of 2,000 generated JSON-lines records (a plain file of several splits and a gzipped
 * one) and a few WARC files; the single-machine batch output for both, written by
 * {@code credence analyze <jsonl dir> <warc dir> --output batch.parquet} (the CLI's jar in its own
 * JVM, {@link BatchCli}, started first so that it runs while the jobs run); and the outputs of
 * {@code AnalyzeJob} in local[2] over the JSON lines ({@code --format jsonl}) and over the WARC
 * files ({@code --format warc}), run through its command line.
 */
final class CorpusRun {

    static final int RECORDS = 2_000;

    final TestCorpus.Corpus corpus;
    final TestWarcs.Warcs warcs;
    final Path root;
    /** The JSON-lines input directory. */
    final Path dir;
    /** The batch output (one Parquet file). */
    final Path batch;
    final BatchCli.Result batchRun;
    /** The batch output's rows, read with Spark, in file order. */
    final List<SummaryRow> batchRows;
    /** The job's output over {@link #dir}. */
    final Path output;
    final int exitCode;
    final String stderr;
    /** The job's output over the WARC files. */
    final Path warcOutput;
    final int warcExitCode;
    final String warcStderr;

    private static CorpusRun instance;

    private CorpusRun() throws IOException {
        long start = System.nanoTime();
        corpus = TestCorpus.generate(RECORDS, 20251127L);
        root = Files.createTempDirectory("credence-spark-it");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root), "credence-spark-it-cleanup"));
        dir = Files.createDirectories(root.resolve("in"));
        // Most records in the plain file, read as ~10 splits of ~180 records: local[2]'s two task
        // threads stay busy to the end; the gzipped file (one task) is small and comes last.
        int cut = corpus.lines().size() * 9 / 10;
        Files.write(dir.resolve("a.jsonl"), corpus.lines().subList(0, cut), StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.jsonl.gz")))) {
            out.write((String.join("\n", corpus.lines().subList(cut, corpus.lines().size())) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (Files.size(dir.resolve("a.jsonl")) < 4L * LocalSpark.SPLIT_BYTES) {
            throw new IllegalStateException("the plain file should span several splits");
        }
        warcs = TestWarcs.write(root.resolve("warc"), 20251128L);
        batch = root.resolve("batch.parquet");
        BatchCli.Run child = BatchCli.start(root, "batch", "analyze", dir.toString(), warcs.dir().toString(),
                "--output", batch.toString(), "--no-progress");
        long session = System.nanoTime();
        LocalSpark.session();
        session = System.nanoTime() - session;
        output = root.resolve("out");
        StringWriter err = new StringWriter();
        exitCode = analyze(err, "--input", dir.toString(), "--format", "jsonl", "--output", output.toString());
        stderr = err.toString();
        warcOutput = root.resolve("out-warc");
        StringWriter warcErr = new StringWriter();
        warcExitCode = analyze(warcErr, "--input", warcs.dir().toString(), "--format", "warc", "--output", warcOutput.toString());
        warcStderr = warcErr.toString();
        long jobs = System.nanoTime();
        batchRun = child.finish();
        batchRows = Files.exists(batch) ? read(LocalSpark.session(), batch.toString()) : List.of();
        System.err.printf(Locale.ROOT, "CorpusRun: fixture in %.1f s; batch (a child JVM, beside the jobs): %s; "
                        + "Spark session %.1f s; jobs until %.1f s: jsonl %s; warc %s%n", (System.nanoTime() - start) / 1e9,
                batchRun.err().lines().filter(l -> l.contains(" records, ")).findFirst().orElse("?").strip(),
                session / 1e9, (jobs - start) / 1e9, lastLine(stderr), lastLine(warcStderr));
    }

    private static String lastLine(String s) {
        List<String> lines = s.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "?" : lines.get(lines.size() - 1).strip();
    }

    private static int analyze(StringWriter err, String... args) {
        CommandLine cl = AnalyzeJob.commandLine(LocalSpark::session);
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** The fixture (built on first use). */
    static synchronized CorpusRun get() throws IOException {
        if (instance == null) {
            instance = new CorpusRun();
        }
        return instance;
    }

    /** The job's rows over the JSON lines, read back from its Parquet output. */
    List<SummaryRow> actual() {
        return read(LocalSpark.session(), output.toString());
    }

    /** The job's rows over the JSON lines and the WARC files. */
    List<SummaryRow> allActual() {
        List<SummaryRow> all = new ArrayList<>(actual());
        all.addAll(read(LocalSpark.session(), warcOutput.toString()));
        return all;
    }

    /** The batch rows of the JSON-lines records (not the WARC ones). */
    List<SummaryRow> batchJsonRows() {
        return batchRows.stream().filter(r -> r.origin().startsWith(dir + "/")).toList();
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind; nothing else to do at exit
        }
    }

    static List<SummaryRow> read(SparkSession spark, String path) {
        return spark.read().parquet(path).collectAsList().stream().map(SparkRows::fromRow).toList();
    }
}
