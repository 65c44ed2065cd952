package org.credence.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.credence.Analysis;
import org.credence.report.SummaryRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summary rows through Parquet and back, with every page codec read without Hadoop. */
class ParquetRowsTest {

    static List<SummaryRow> rows(int n) {
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new SummaryRow("id" + i, "in.jsonl:" + (i + 1), "https://x.example/" + i, "x" + (i % 4) + ".example",
                    i % 5 == 0 ? "partial" : "ok", i % 5 == 0 ? "stage.failed" : "", i % 5 == 0 ? "quotes: boom" : "",
                    "Headline " + i + " — ünïcödé", Map.of("unreliable", i / (double) n, "hyperpartisan", Double.NaN),
                    Map.of("unreliable", "low", "hyperpartisan", "cannot-score"), List.of("unreliable: reason " + i),
                    Map.of("opinion", i % 3 / 3.0, "sourcing", Double.NaN), i % 2 == 0 ? List.of("opinion") : List.of(),
                    100 + i, 5, 3, 1, 0, i % 5 == 0 ? 1 : 0));
        }
        rows.add(SummaryRow.of(new Analysis.Failed("in.jsonl:999", "", "json.invalid", "invalid JSON")));
        return rows;
    }

    @Test
    void everyCodecRoundTrips(@TempDir Path dir) throws IOException {
        List<SummaryRow> rows = rows(300);
        for (CompressionCodecName codec : List.of(CompressionCodecName.GZIP, CompressionCodecName.SNAPPY,
                CompressionCodecName.ZSTD, CompressionCodecName.UNCOMPRESSED)) {
            Path f = dir.resolve(codec + ".parquet");
            try (ParquetRows.Writer w = ParquetRows.writer(f, codec)) {
                for (SummaryRow r : rows) {
                    w.write(r);
                }
            }
            assertEquals(rows, ParquetRows.readAll(f), codec.name());
        }
        assertTrue(Files.size(dir.resolve("GZIP.parquet")) < Files.size(dir.resolve("UNCOMPRESSED.parquet")));
    }

    @Test
    void unsupportedCodecsAndOtherFilesAreClearErrors(@TempDir Path dir) throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParquetRows.writer(dir.resolve("x.parquet"), CompressionCodecName.LZO));
        assertTrue(e.getMessage().contains("LZO"), e.getMessage());
        Path notParquet = dir.resolve("y.parquet");
        Files.writeString(notParquet, "hello");
        IOException io = assertThrows(IOException.class, () -> ParquetRows.readAll(notParquet));
        assertTrue(io.getMessage().contains("y.parquet"), io.getMessage());
    }
}
