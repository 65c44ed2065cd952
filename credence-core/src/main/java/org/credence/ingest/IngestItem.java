package org.credence.ingest;

/**
 * What an input yields for each record it holds: the record, or an error saying why a record
 * (a line, a row, a file) could not be read. Inputs never drop a record silently.
 */
public sealed interface IngestItem permits IngestItem.Ok, IngestItem.Failed {

    /** Where the record came from: {@code path}, {@code path:line} or {@code path#row}. */
    String origin();

    /** A record that was read. */
    record Ok(InputRecord record) implements IngestItem {
        @Override
        public String origin() {
            return record.metadata().origin();
        }
    }

    /**
     * A record that could not be read.
     *
     * @param origin  where it was
     * @param id      its id if one could be read, else empty
     * @param code    a stable error code, e.g. {@code json.invalid}, {@code csv.quote}
     * @param message what is wrong, in plain words
     */
    record Failed(String origin, String id, String code, String message) implements IngestItem {
        public Failed {
            id = id == null ? "" : id;
        }
    }
}
