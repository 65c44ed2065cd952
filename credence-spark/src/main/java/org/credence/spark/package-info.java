/**
 * Credence on Apache Spark: {@link org.credence.spark.AnalyzeJob} runs the core pipeline once
 * per partition (one {@link org.credence.Credence} per executor JVM) over JSON lines, Parquet or
 * WARC from any Hadoop-compatible path and writes one Parquet row per input record, in the
 * columns of the batch output ({@link org.credence.report.SummarySchema}, as Spark columns in
 * {@link org.credence.spark.SparkRows}); {@link org.credence.spark.SourceSummary} aggregates that
 * output per source in Spark SQL, as {@code credence summarize} does on one machine.
 */
package org.credence.spark;
