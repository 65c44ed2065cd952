package org.credence.ingest;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV rows with a header line as records. A row whose quoting is broken cannot be resynchronised
 * (the rest of the file is one open quote): it becomes one error item naming the row and the
 * reading stops there.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    static Stream<IngestItem> stream(Reader reader, FieldMapping mapping, String origin) {
        CSVParser parser;
        try {
            parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(false).setAllowMissingColumnNames(true)
                    .setIgnoreEmptyLines(true).get().parse(reader);
        } catch (Exception e) {
            return Stream.of(new IngestItem.Failed(origin, "", "csv.header", "cannot read the CSV header: " + Inputs.firstLine(e)));
        }
        Iterator<CSVRecord> rows = parser.iterator();
        Iterator<IngestItem> it = new Iterator<>() {
            private boolean failed;
            private long row;

            @Override
            public boolean hasNext() {
                if (failed) {
                    return false;
                }
                try {
                    return rows.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    return true; // next() reports it
                }
            }

            @Override
            public IngestItem next() {
                if (failed) {
                    throw new NoSuchElementException();
                }
                row++;
                String at = origin + "#" + row;
                try {
                    CSVRecord r = rows.next();
                    Map<String, String> m = new LinkedHashMap<>();
                    for (Map.Entry<String, Integer> h : parser.getHeaderMap().entrySet()) {
                        if (h.getValue() < r.size()) {
                            m.put(h.getKey(), r.get(h.getValue()));
                        }
                    }
                    if (r.size() != parser.getHeaderMap().size()) {
                        return new IngestItem.Failed(at, m.getOrDefault("id", ""), "csv.columns", "row " + row + " has " + r.size()
                                + " fields but the header has " + parser.getHeaderMap().size() + " (broken quoting?)");
                    }
                    return RecordFields.fromRow(m, mapping, at);
                } catch (UncheckedIOException | IllegalStateException | NoSuchElementException e) {
                    failed = true;
                    return new IngestItem.Failed(at, "", "csv.malformed", "CSV broken at row " + row
                            + " (reading stopped there; later rows are not read): " + Inputs.firstLine(e));
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, 0), false);
    }
}
