package org.credence.ingest;

import org.credence.model.Metadata;

/**
 * One article as read from an input, before decoding and analysis: its metadata and its content,
 * either raw bytes (a file, whose encoding is still to be found) or characters (a field of a
 * JSON or CSV record).
 */
public record InputRecord(Metadata metadata, Content content) {

    public InputRecord {
        if (metadata == null || content == null) {
            throw new IllegalArgumentException("metadata and content are required");
        }
    }

    /** The article content. */
    public sealed interface Content permits Bytes, Chars {
        /** True if the content is an HTML page, false for plain text. */
        boolean html();
    }

    /**
     * Undecoded bytes.
     *
     * @param data            the bytes
     * @param declaredCharset a charset named by the container (HTTP header), or empty
     */
    public record Bytes(byte[] data, String declaredCharset, boolean html) implements Content {
        public Bytes {
            data = data.clone();
            declaredCharset = declaredCharset == null ? "" : declaredCharset;
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        /** The bytes without a defensive copy, for the decoder only. */
        byte[] unsafeData() {
            return data;
        }
    }

    /** Characters, already decoded by the container format. */
    public record Chars(String text, boolean html) implements Content {
        public Chars {
            if (text == null) {
                throw new IllegalArgumentException("text is required");
            }
        }
    }

    public static InputRecord text(Metadata metadata, String text) {
        return new InputRecord(metadata, new Chars(text, false));
    }

    public static InputRecord html(Metadata metadata, String html) {
        return new InputRecord(metadata, new Chars(html, true));
    }
}
