package org.credence.spark;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.credence.Credence;
import org.credence.ingest.IngestItem;
import org.credence.ingest.WarcRecords;
import org.credence.report.SummaryRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job: reads records from any Hadoop-compatible path, runs the standard pipeline over
 * each partition (one {@link Credence} per executor JVM, see {@link SharedCredence}) and writes
 * Parquet with one row per input record in the batch output's columns ({@link SparkRows#ROW_SCHEMA},
 * the core's {@link org.credence.report.SummarySchema}; gzip pages, as {@code credence analyze}
 * writes them): an analysed record, or an error row ({@code status = error}, {@code errorCode},
 * {@code errorMessage}) for a record that could not be read or analysed. Same records in, same
 * rows out as on one machine.
 *
 * <pre>
 * spark-submit --class org.credence.spark.AnalyzeJob credence-spark.jar \
 *     --input hdfs:///crawl/news/*.jsonl.gz --format jsonl --output hdfs:///credence/run1
 * </pre>
 *
 * Prints a summary line on standard error: records, ok, partial, errors, seconds, articles/s.
 */
@Command(name = "AnalyzeJob", mixinStandardHelpOptions = true, versionProvider = Jobs.VersionProvider.class,
        description = "Runs the Credence pipeline over JSON lines, Parquet or WARC on Spark and writes one Parquet row per input record.")
public final class AnalyzeJob implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeJob.class);

    /** Input formats. */
    public enum Format {
        /** JSON lines, optionally gzipped ({@link JsonLinesInput}). */
        JSONL {
            @Override
            SparkInput input(Map<String, String> fields) {
                return new JsonLinesInput(fields);
            }
        },
        /** Parquet with record-field columns ({@link ParquetInput}). */
        PARQUET {
            @Override
            SparkInput input(Map<String, String> fields) {
                return new ParquetInput(fields);
            }
        },
        /**
         * WARC files, plain or gzipped, read whole by the core's {@link WarcRecords} (one task per
         * file or group of files, {@link FileInput}): the same article records, metadata and
         * {@code path@offset} origins as {@code credence analyze}. {@code --field} does not apply.
         */
        WARC {
            @Override
            SparkInput input(Map<String, String> fields) {
                if (!fields.isEmpty()) {
                    throw new IllegalArgumentException("--field does not apply to --format warc (WARC records have fixed fields)");
                }
                return new FileInput(AnalyzeJob::warc);
            }
        };

        abstract SparkInput input(Map<String, String> fields);
    }

    /**
     * What a run did.
     *
     * @param records rows written (one per input record)
     * @param ok      rows with status ok
     * @param partial rows with status partial (a stage failed, the rest ran)
     * @param errors  error rows
     * @param seconds wall time of the run
     */
    public record Result(long records, long ok, long partial, long errors, double seconds) {
        /** The summary line. */
        public String line() {
            return String.format(Locale.ROOT, "%d records (%d ok, %d partial, %d errors), %.1f s, %.0f articles/s",
                    records, ok, partial, errors, seconds, seconds > 0 ? records / seconds : 0);
        }
    }

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A file, directory (read recursively) or glob on any Hadoop-compatible file system.")
    String input;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "Where to write the Parquet output (a directory).")
    String output;

    @Option(names = "--overwrite", description = "Replace an existing output instead of refusing to run.")
    boolean overwrite;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Spread the input over N partitions first (default: the input's own splits).")
    int partitions;

    @Option(names = "--field", paramLabel = "FIELD=NAME",
            description = "Read record field FIELD (id, url, source, title, author, published, text, html, label) "
                    + "from the JSON field or column NAME, e.g. --field text=body. Repeatable.")
    Map<String, String> fields = new LinkedHashMap<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<SparkSession> session;

    /** A job that runs in the session {@code session} gives (asked for once the arguments are valid). */
    public AnalyzeJob(Supplier<SparkSession> session) {
        this.session = session;
    }

    /** {@code spark-submit} entry point. */
    public static void main(String[] args) {
        Jobs.main(new AnalyzeJob(Jobs.submitted("credence-analyze")), args);
    }

    /** The command line of a job in {@code session}, with the jobs' exit codes. */
    public static CommandLine commandLine(Supplier<SparkSession> session) {
        return Jobs.commandLine(new AnalyzeJob(session));
    }

    @Override
    public Integer call() throws Exception {
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 or more, got " + partitions);
        }
        SparkInput in = format.input(fields);
        Result r = run(session.get(), in, input, partitions, output, overwrite);
        spec.commandLine().getErr().println("credence-spark: " + r.line() + " -> " + output);
        return Jobs.OK;
    }

    /**
     * Analyses every record {@code input} reads at {@code inputPath} and writes the rows to
     * {@code output} as Parquet.
     *
     * @throws java.nio.file.FileAlreadyExistsException if the output exists and {@code overwrite} is false
     */
    public static Result run(SparkSession spark, SparkInput input, String inputPath, int partitions,
                             String output, boolean overwrite) throws java.io.IOException {
        Jobs.checkOutput(spark, output, overwrite);
        long start = System.nanoTime();
        JavaRDD<Row> rows = input.read(spark, inputPath, partitions).mapPartitions(AnalyzeJob::analyze);
        spark.createDataFrame(rows, SparkRows.ROW_SCHEMA).write().option("compression", "gzip")
                .mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).parquet(output);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Row r : spark.read().parquet(output).groupBy("status").count().collectAsList()) {
            byStatus.put(r.getString(0), r.getLong(1));
        }
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Result(total, byStatus.getOrDefault("ok", 0L), byStatus.getOrDefault("partial", 0L),
                byStatus.getOrDefault("error", 0L), (System.nanoTime() - start) / 1e9);
    }

    /** One WARC file's article records; the notes on skipped records go to the executor's log. */
    static Stream<IngestItem> warc(String origin, InputStream in) {
        return WarcRecords.read(new BufferedInputStream(in, 1 << 16), origin, note -> LOG.info("{}", note));
    }

    /** One partition: each item analysed by this JVM's shared pipeline, lazily, one row each. */
    static Iterator<Row> analyze(Iterator<IngestItem> items) {
        Credence credence = SharedCredence.get();
        return Iterators.map(items, item -> SparkRows.toRow(SummaryRow.of(credence.analyze(item))));
    }
}
