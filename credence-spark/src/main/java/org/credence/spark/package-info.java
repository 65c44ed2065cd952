/**
 * Credence on Apache Spark: {@link org.credence.spark.AnalyzeJob} runs the core pipeline once
 * per partition (one {@link org.credence.Credence} per executor JVM) over JSON lines or Parquet
 * from any Hadoop-compatible path and writes one Parquet row per input record
 * ({@link org.credence.spark.SummarySchema}, the columns of {@link org.credence.report.SummaryRow});
 * {@link org.credence.spark.SourceSummary} aggregates that output per source in Spark SQL.
 */
package org.credence.spark;
