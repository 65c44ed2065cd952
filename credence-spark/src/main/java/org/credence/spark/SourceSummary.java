package org.credence.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An example aggregate over {@link AnalyzeJob}'s output, in Spark SQL: per source, the rows,
 * articles and errors, the mean of every score and signal score, how often each signal fired and
 * the three that fired most. It is the aggregate {@code credence summarize} computes on one
 * machine ({@link org.credence.report.SourceSummary}): the same columns in the same order
 * ({@link SparkRows#SOURCE_SUMMARY_SCHEMA}'s names and types), the same meaning and the same
 * order of rows (means may differ in the last bits, as sums in another order do). The query is
 * {@link #SQL}, shipped as {@code org/credence/spark/source-summary.sql} (its header documents
 * the columns); it reads a view named {@value #VIEW}, so it can also be run by hand in
 * {@code spark-sql} after {@code CREATE TEMPORARY VIEW credence_rows USING parquet OPTIONS (path '...')}.
 */
public final class SourceSummary {

    /** The view the query reads. */
    public static final String VIEW = "credence_rows";

    /** The query. */
    public static final String SQL = load();

    private SourceSummary() {
    }

    /** The summary of {@code rows} (the job's output), one row per source. Registers {@value #VIEW}. */
    public static Dataset<Row> of(Dataset<Row> rows) {
        rows.createOrReplaceTempView(VIEW);
        return rows.sparkSession().sql(SQL);
    }

    private static String load() {
        try (InputStream in = SourceSummary.class.getResourceAsStream("source-summary.sql")) {
            if (in == null) {
                throw new IllegalStateException("source-summary.sql is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
