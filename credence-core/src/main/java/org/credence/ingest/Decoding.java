package org.credence.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.credence.model.Encoding;
import org.credence.model.Problem;

/**
 * Turns an input record's content into characters: bytes are decoded from what the bytes say
 * (byte order mark, declared or meta charset, UTF-8 validity, then statistics); characters are
 * taken as they are. Also flags content that is not text at all.
 */
public final class Decoding {

    private Decoding() {
    }

    /** Decoded content. */
    public record Decoded(String text, Encoding encoding, List<Problem> problems) {
        public Decoded {
            problems = List.copyOf(problems);
        }
    }

    public static Decoded decode(InputRecord.Content content) {
        if (content instanceof InputRecord.Chars c) {
            return new Decoded(c.text(), Encoding.ALREADY_TEXT, List.of());
        }
        InputRecord.Bytes b = (InputRecord.Bytes) content;
        return decodeBytes(b.unsafeData(), b.declaredCharset(), b.html());
    }

    static Decoded decodeBytes(byte[] data, String declared, boolean html) {
        List<Problem> problems = new ArrayList<>();
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(data, 3, data.length - 3, StandardCharsets.UTF_8), new Encoding("UTF-8", "bom", 1.0), problems);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            return new Decoded(s, new Encoding("UTF-8", "utf-8", 0.99), problems);
        } catch (CharacterCodingException e) {
            problems.add(Problem.info("encoding.guessed", "bytes are not valid UTF-8; decoded as windows-1252"));
            return new Decoded(new String(data, Charset.forName("windows-1252")),
                    new Encoding("windows-1252", "statistical", 0.5), problems);
        }
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
