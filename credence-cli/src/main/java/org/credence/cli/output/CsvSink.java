package org.credence.cli.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.credence.Analysis;
import org.credence.report.SummaryRow;
import org.credence.report.SummarySchema;

/**
 * The flat CSV summary: a header of {@link SummarySchema#names()}, then one RFC 4180 row per
 * record ({@link SummarySchema#csvCells}). Rows are flushed as written; {@link #recover()} cuts a
 * torn last row (found by scanning for the last line break outside quotes).
 */
public final class CsvSink implements RecordSink {

    /** The format written and read: RFC 4180 (CRLF rows, quotes only where needed). */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Path path;
    private final boolean resume;
    private final java.io.Writer stream;
    private CSVPrinter out;

    /** A sink writing {@code path}; when {@code resume} is false any earlier file is replaced. */
    public CsvSink(Path path, boolean resume) {
        this.path = path;
        this.resume = resume;
        this.stream = null;
    }

    /** A sink writing to a stream (standard output), which cannot be resumed. */
    public CsvSink(java.io.Writer stream) {
        this.path = null;
        this.resume = false;
        this.stream = stream;
    }

    @Override
    public List<String> recover() throws IOException {
        List<String> origins = new ArrayList<>();
        boolean header = false;
        if (resume && Files.exists(path)) {
            TornTail.cut(path, TornTail.completeLength(path, true));
            header = Files.size(path) > 0;
            if (header) {
                try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                     CSVParser p = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                    if (!p.getHeaderNames().equals(SummarySchema.names())) {
                        throw new IOException(path + " is not a Credence CSV summary of this version (header "
                                + p.getHeaderNames() + ")");
                    }
                    for (CSVRecord rec : p) {
                        origins.add(rec.get("origin"));
                    }
                } catch (IllegalStateException | java.io.UncheckedIOException e) {
                    throw new IOException("cannot read " + path + " to resume: " + e.getMessage(), e);
                }
            }
        }
        out = new CSVPrinter(stream != null ? stream : Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING), FORMAT);
        if (!header) {
            out.printRecord(SummarySchema.names());
            out.flush();
        }
        return origins;
    }

    @Override
    public void write(Analysis analysis) throws IOException {
        if (out == null) {
            recover();
        }
        out.printRecord(SummarySchema.csvCells(SummaryRow.of(analysis)));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
