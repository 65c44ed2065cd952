package org.credence.ingest;

import java.util.List;
import org.credence.ingest.charset.CharsetDetector;
import org.credence.ingest.charset.Decoded;
import org.credence.model.Encoding;

/**
 * Turns an input record's content into characters: bytes are decoded from what the bytes say
 * (byte order mark, declared or meta charset, UTF-8 validity, then statistics); characters are
 * taken as they are. Also flags content that is not text at all.
 */
public final class Decoding {

    private Decoding() {
    }

    /** Decodes a record's content; bytes go through {@link CharsetDetector}. Never throws. */
    public static Decoded decode(InputRecord.Content content) {
        if (content instanceof InputRecord.Chars c) {
            return new Decoded(c.text(), Encoding.ALREADY_TEXT, List.of());
        }
        InputRecord.Bytes b = (InputRecord.Bytes) content;
        return CharsetDetector.decode(b.unsafeData(), b.declaredCharset(), b.html());
    }

    /**
     * Share of characters that no text contains (controls other than tab, newline, carriage
     * return and form feed, and U+FFFD): above a few percent the input is binary, not text.
     */
    public static double binaryShare(String text) {
        int n = Math.min(text.length(), 1 << 16);
        if (n == 0) {
            return 0;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                bad++;
            }
        }
        return bad / (double) n;
    }
}
