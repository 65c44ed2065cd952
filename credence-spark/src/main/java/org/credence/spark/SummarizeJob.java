package org.credence.spark;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs {@link SourceSummary} over an {@link AnalyzeJob} output and writes it as Parquet or JSON
 * lines (one file: the summary has one row per source).
 *
 * <pre>
 * spark-submit --class org.credence.spark.SummarizeJob credence-spark.jar \
 *     --input hdfs:///credence/run1 --output hdfs:///credence/run1-by-source --format json
 * </pre>
 */
@Command(name = "SummarizeJob", mixinStandardHelpOptions = true, versionProvider = Jobs.VersionProvider.class,
        description = "Per source: records, articles, errors, mean scores and signal scores, signals fired (Spark SQL; the columns of credence summarize).")
public final class SummarizeJob implements Callable<Integer> {

    /** Output formats. */
    public enum Format { PARQUET, JSON }

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "An AnalyzeJob output (Parquet).")
    String input;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "Where to write the summary (a directory).")
    String output;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--overwrite", description = "Replace an existing output instead of refusing to run.")
    boolean overwrite;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<SparkSession> session;

    public SummarizeJob(Supplier<SparkSession> session) {
        this.session = session;
    }

    /** {@code spark-submit} entry point. */
    public static void main(String[] args) {
        Jobs.main(new SummarizeJob(Jobs.submitted("credence-summarize")), args);
    }

    /** The command line of a job in {@code session}, with the jobs' exit codes. */
    public static CommandLine commandLine(Supplier<SparkSession> session) {
        return Jobs.commandLine(new SummarizeJob(session));
    }

    @Override
    public Integer call() throws Exception {
        SparkSession spark = session.get();
        Jobs.checkOutput(spark, output, overwrite);
        Dataset<Row> summary = SourceSummary.of(spark.read().parquet(input)).coalesce(1);
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        if (format == Format.JSON) {
            summary.write().mode(mode).json(output);
        } else {
            summary.write().mode(mode).parquet(output);
        }
        spec.commandLine().getErr().println(String.format(Locale.ROOT, "credence-spark: %d sources -> %s",
                spark.read().format(format.name().toLowerCase(Locale.ROOT)).load(output).count(), output));
        return Jobs.OK;
    }
}
