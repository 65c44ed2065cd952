package org.credence;

import org.credence.model.Document;

/**
 * The outcome for one input record: an analysed document, or an error saying why the record
 * could not be analysed. Every record yields exactly one.
 */
public sealed interface Analysis permits Analysis.Ok, Analysis.Failed {

    /** Where the record came from. */
    String origin();

    /** An analysed document (which may still carry warnings in its problems). */
    record Ok(Document document) implements Analysis {
        @Override
        public String origin() {
            return document.metadata().origin();
        }
    }

    /**
     * A record that could not be analysed.
     *
     * @param origin  where it came from
     * @param id      its id, if known
     * @param code    stable error code, e.g. {@code input.binary}, {@code json.invalid}
     * @param message what is wrong, in plain words
     */
    record Failed(String origin, String id, String code, String message) implements Analysis {
        public Failed {
            id = id == null ? "" : id;
        }
    }
}
