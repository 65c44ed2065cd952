package org.credence.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credence.report.ReportRows;
import org.credence.report.SummaryRow;
import org.credence.report.SummarySchema;

/**
 * Reads the rows of a batch output back, whatever its format: JSON lines reports
 * ({@code .jsonl}, {@code .ndjson}, optionally {@code .gz}), the CSV summary ({@code .csv}),
 * a Parquet file, or a folder of Parquet files (the Spark job's output, read in name order).
 */
public final class SummaryReader {

    private SummaryReader() {
    }

    /**
     * Hands every row of {@code path} to {@code rows}, in file order.
     *
     * @throws IOException when the file cannot be read, with the line or row that is wrong
     */
    public static void read(Path path, Consumer<SummaryRow> rows) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new IOException(path + " holds no .parquet files");
            }
            for (Path f : files) {
                ParquetRows.read(f, rows);
            }
            return;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (bare.endsWith(".parquet")) {
            ParquetRows.read(path, rows);
        } else if (bare.endsWith(".csv")) {
            try (Reader r = reader(path, name.endsWith(".gz"));
                 CSVParser p = CsvSink.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                List<String> header = p.getHeaderNames();
                for (CSVRecord rec : p) {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < header.size() && i < rec.size(); i++) {
                        cells.put(header.get(i), rec.get(i));
                    }
                    try {
                        rows.accept(SummarySchema.fromCsv(cells));
                    } catch (IllegalArgumentException e) {
                        throw new IOException(path + " row " + rec.getRecordNumber() + ": " + e.getMessage(), e);
                    }
                }
            } catch (IllegalStateException | java.io.UncheckedIOException e) {
                throw new IOException("cannot read " + path + " as CSV: " + e.getMessage(), e);
            }
        } else if (bare.endsWith(".jsonl") || bare.endsWith(".ndjson") || bare.endsWith(".json")) {
            ObjectMapper json = new ObjectMapper();
            try (BufferedReader r = reader(path, name.endsWith(".gz"))) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        rows.accept(ReportRows.fromReport(json.readTree(line)));
                    } catch (IOException | IllegalArgumentException e) {
                        throw new IOException(path + " line " + n + ": " + e.getMessage(), e);
                    }
                }
            }
        } else {
            throw new IOException("cannot tell the format of " + path + " (expected .jsonl, .csv, .parquet or a folder of .parquet files)");
        }
    }

    private static BufferedReader reader(Path path, boolean gz) throws IOException {
        InputStream in = Files.newInputStream(path);
        return new BufferedReader(new InputStreamReader(gz ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8), 1 << 16);
    }
}
