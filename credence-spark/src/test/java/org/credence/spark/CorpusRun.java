package org.credence.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.credence.Credence;
import org.credence.ingest.IngestItem;
import org.credence.ingest.Inputs;
import org.credence.report.SummaryRow;
import picocli.CommandLine;

/**
 * The shared fixture of the Spark tests, built once per test JVM: a corpus of 2,100 generated
 * records in a directory (a plain JSON-lines file of several splits and a gzipped one), the
 * single-machine rows for it ({@code Inputs} over the directory, {@code Credence.standard()},
 * {@code SummaryRow.of}: what the batch path runs) and the rows of {@code AnalyzeJob} run over
 * the same directory in local[2] through its command line.
 */
final class CorpusRun {

    static final int RECORDS = 2_100;

    final TestCorpus.Corpus corpus;
    final Path dir;
    final Path output;
    final List<SummaryRow> expected;
    /** The single-machine pipeline (built here, apart from the job's shared one). */
    final Credence credence;
    final int exitCode;
    final String stderr;

    private static CorpusRun instance;

    private CorpusRun() throws IOException {
        corpus = TestCorpus.generate(RECORDS, 20251127L);
        Path root = Files.createTempDirectory("credence-spark-it");
        dir = Files.createDirectories(root.resolve("in"));
        int cut = corpus.lines().size() * 3 / 4;
        Files.write(dir.resolve("a.jsonl"), corpus.lines().subList(0, cut), StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.jsonl.gz")))) {
            out.write((String.join("\n", corpus.lines().subList(cut, corpus.lines().size())) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (Files.size(dir.resolve("a.jsonl")) < 3L * LocalSpark.SPLIT_BYTES) {
            throw new IllegalStateException("the plain file should span several splits");
        }
        credence = Credence.standard();
        try (Stream<IngestItem> items = Inputs.withDefaults().read(List.of(dir.toString()))) {
            expected = items.toList().parallelStream().map(i -> SummaryRow.of(credence.analyze(i))).toList();
        }
        output = root.resolve("out");
        StringWriter err = new StringWriter();
        CommandLine cl = AnalyzeJob.commandLine(LocalSpark::session);
        cl.setErr(new PrintWriter(err, true));
        exitCode = cl.execute("--input", dir.toString(), "--format", "jsonl", "--output", output.toString());
        stderr = err.toString();
    }

    /** The fixture (built on first use). */
    static synchronized CorpusRun get() throws IOException {
        if (instance == null) {
            instance = new CorpusRun();
        }
        return instance;
    }

    /** The job's rows, read back from its Parquet output. */
    List<SummaryRow> actual() {
        return read(LocalSpark.session(), output.toString());
    }

    static List<SummaryRow> read(SparkSession spark, String path) {
        return spark.read().parquet(path).collectAsList().stream().map(SummarySchema::fromRow).toList();
    }
}
