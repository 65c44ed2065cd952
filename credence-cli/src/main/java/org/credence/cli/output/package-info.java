/**
 * Batch outputs of {@code credence analyze}: JSON lines reports, the flat CSV summary and Parquet
 * (columns of {@link org.credence.report.SummarySchema}), each resumable after a kill: a sink
 * first {@linkplain RecordSink#recover recovers} what an earlier run wrote completely (cutting a
 * torn last line, dropping an unfinished Parquet part) and then appends. Also reads those outputs
 * back as {@link org.credence.report.SummaryRow}s for {@code credence summarize}.
 */
package org.credence.cli.output;
