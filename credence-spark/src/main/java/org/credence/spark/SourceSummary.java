package org.credence.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An example aggregate over {@link AnalyzeJob}'s output, in Spark SQL: per source, the number of
 * articles and errors, the mean of every score and signal score, and the five signals that fired
 * most. The query is {@link #SQL}, shipped as {@code org/credence/spark/source-summary.sql}
 * (its header documents the columns); it reads a view named {@value #VIEW}, so it can also be
 * run by hand in {@code spark-sql} after
 * {@code CREATE TEMPORARY VIEW credence_rows USING parquet OPTIONS (path '...')}.
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
