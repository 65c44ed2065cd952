package org.credence.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.credence.report.SummaryRow;
import org.credence.report.SummarySchema;
import org.junit.jupiter.api.Test;

/** The job in local[2] against the single-machine batch output ({@code credence analyze --output x.parquet}), record by record. */
class AnalyzeJobIT {

    @Test
    void theJobsRowsAreTheBatchOutputsRowsRecordByRecord() throws IOException {
        CorpusRun run = CorpusRun.get();
        int records = run.corpus.records() + run.warcs.rows();
        assertEquals(1, run.batchRun.exit(), "the batch exits 1 (some records are bad input): " + run.batchRun.err());
        assertTrue(run.batchRun.err().contains("credence: " + records + " records, "), run.batchRun.err());
        assertEquals(0, run.exitCode, run.stderr);
        assertEquals(0, run.warcExitCode, run.warcStderr);
        assertEquals(records, run.batchRows.size(), "one batch row per input record");
        assertTrue(records >= 2_000, "the corpus has at least 2,000 records");

        List<SummaryRow> actual = run.allActual();
        assertEquals(records, actual.size(), "one Spark row per input record");
        Map<String, SummaryRow> byOrigin = actual.stream()
                .collect(Collectors.toMap(SummaryRow::origin, Function.identity(), (a, b) -> {
                    throw new AssertionError("two rows for " + a.origin());
                }));
        int differ = 0;
        StringBuilder first = new StringBuilder();
        for (SummaryRow want : run.batchRows) {
            SummaryRow got = byOrigin.get(want.origin());
            if (!want.equals(got)) {
                if (differ++ < 3) {
                    first.append("\n").append(want.origin()).append("\n  batch: ").append(want).append("\n  spark: ").append(got);
                }
            }
        }
        assertEquals(0, differ, differ + " of " + records + " rows differ:" + first);
    }

    @Test
    void theJobWritesExactlyTheBatchOutputsColumns() throws IOException {
        CorpusRun run = CorpusRun.get();
        SparkSession spark = LocalSpark.session();
        StructType batchColumns = spark.read().parquet(run.batch.toString()).schema();
        assertEquals(batchColumns, spark.read().parquet(run.output.toString()).schema(), "the columns as Spark reads them");
        assertEquals(SummarySchema.names(), List.of(batchColumns.fieldNames()));
        for (StructField f : SparkRows.ROW_SCHEMA.fields()) {
            assertEquals(f.dataType().catalogString(), batchColumns.apply(f.name()).dataType().catalogString(), f.name());
        }

        // Spark reads every column, map value and list element as nullable; the files say more:
        // the same Parquet schema, field by field (repetition, logical types, nesting).
        ParquetMetadata batch = footer(run.batch);
        List<Path> parts;
        try (Stream<Path> files = Files.list(run.output)) {
            parts = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
        assertTrue(parts.size() > 1, "several part files: " + parts);
        for (Path part : parts) {
            ParquetMetadata job = footer(part);
            assertEquals(batch.getFileMetaData().getSchema().getFields(), job.getFileMetaData().getSchema().getFields(),
                    "Parquet schema of " + part);
            for (ColumnChunkMetaData c : job.getBlocks().get(0).getColumns()) {
                assertEquals(CompressionCodecName.GZIP, c.getCodec(), "gzip pages, as the batch writes them: " + c.getPath());
            }
        }
    }

    private static ParquetMetadata footer(Path file) throws IOException {
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
            return r.getFooter();
        }
    }

    @Test
    void warcArticleRecordsAreRowsWithTheirOffsetsAndABrokenFileIsAnErrorRow() throws IOException {
        CorpusRun run = CorpusRun.get();
        List<SummaryRow> rows = CorpusRun.read(LocalSpark.session(), run.warcOutput.toString());
        assertEquals(run.warcs.rows(), rows.size());
        String dir = run.warcs.dir().toString();
        Map<String, Long> byFile = new HashMap<>();
        for (SummaryRow r : rows) {
            assertTrue(r.origin().matches("\\Q" + dir + "/\\E(a\\.warc\\.gz|more/b\\.warc|c\\.warc\\.gz)@\\d+"), r.origin());
            byFile.merge(r.origin().substring(dir.length() + 1, r.origin().indexOf('@')), 1L, Long::sum);
        }
        assertEquals(Map.of("a.warc.gz", 13L, "more/b.warc", 6L, "c.warc.gz", (long) run.warcs.complete() + 1), byFile,
                "every article record of every file, subdirectories included");
        List<SummaryRow> errors = rows.stream().filter(r -> r.status().equals("error")).toList();
        assertEquals(1, errors.size(), "only the cut-off file has an error row: " + errors);
        assertTrue(errors.get(0).origin().startsWith(dir + "/c.warc.gz@") && errors.get(0).errorCode().startsWith("warc."),
                errors.get(0).toString());
        SummaryRow first = rows.stream().filter(r -> r.origin().equals(dir + "/a.warc.gz@0")).findFirst().orElse(null);
        assertEquals(null, first, "offset 0 is the warcinfo record, not an article");
        assertTrue(rows.stream().anyMatch(r -> r.source().equals("daily-ledger.example") && r.status().equals("ok")
                && r.id().startsWith("urn:uuid:") && !r.headline().isEmpty()), rows.toString());
        assertTrue(run.warcStderr.contains(rows.size() + " records ("), run.warcStderr);
    }

    @Test
    void everyBadLineIsAnErrorRowWithItsCodeAndLine() throws IOException {
        CorpusRun run = CorpusRun.get();
        List<SummaryRow> actual = run.actual();
        Map<String, Long> codes = actual.stream().filter(r -> r.status().equals("error"))
                .collect(Collectors.groupingBy(SummaryRow::errorCode, Collectors.counting()));
        assertEquals(run.corpus.invalidJson(), codes.getOrDefault("json.invalid", 0L), codes.toString());
        assertEquals(run.corpus.notObject(), codes.getOrDefault("json.not-object", 0L), codes.toString());
        assertEquals(run.corpus.noContent(), codes.getOrDefault("record.no-content", 0L), codes.toString());
        SummaryRow bad = actual.stream().filter(r -> r.errorCode().equals("json.invalid")).findFirst().orElseThrow();
        String line = bad.origin().substring(bad.origin().lastIndexOf(':') + 1);
        assertTrue(bad.errorMessage().startsWith("invalid JSON on line " + line + ":"), bad.toString());
        assertTrue(bad.origin().startsWith(run.dir.toString()), bad.origin());
    }

    @Test
    void theCorpusExercisesThePipeline() throws IOException {
        CorpusRun run = CorpusRun.get();
        Map<String, Long> status = new HashMap<>();
        Map<String, Long> fired = new HashMap<>();
        for (SummaryRow r : run.actual()) {
            status.merge(r.status(), 1L, Long::sum);
            r.signalsFired().forEach(s -> fired.merge(s, 1L, Long::sum));
        }
        assertTrue(status.getOrDefault("ok", 0L) > run.corpus.records() * 9L / 10, status.toString());
        assertTrue(fired.size() >= 3, "signals fired: " + fired);
        assertTrue(run.stderr.contains(run.corpus.records() + " records ("), run.stderr);
    }

    @Test
    void thePipelineIsBuiltOncePerJvmNotPerRecordOrPartition() throws IOException {
        CorpusRun.get();
        assertEquals(1, SharedCredence.builds());
    }
}
