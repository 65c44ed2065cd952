package org.credence.repair.mojibake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * A single-byte code page as two tables: byte to char and char to byte. "Sloppy" tables also map
 * the C1 controls U+0080..U+009F to their own byte value and decode bytes the code page leaves
 * undefined as those controls (as browsers and Python's latin-1 do), so that text garbled by a
 * mix of latin-1 and windows-1252 still encodes back to its bytes. Immutable once built.
 */
final class ByteTable {

    /** The Java name of the code page, as reported in fixes. */
    final String name;
    private final char[] decode = new char[256];
    private final short[] encode = new short[0x10000];
    /** Whether byte 0xA0 is a no-break space, which copy and paste often turns into a space. */
    final boolean nbspIsA0;
    /** Whether byte 0xC3 is read as a capital letter that stands for "à" (windows-1252, -1251). */
    final boolean agrave;

    private ByteTable(String javaName, boolean sloppy, String extra) {
        this.name = javaName;
        Arrays.fill(encode, (short) -1);
        Charset cs = Charset.forName(javaName);
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        for (int b = 0; b < 256; b++) {
            char c;
            try {
                CharBuffer cb = dec.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                c = cb.length() == 1 ? cb.charAt(0) : '\uFFFD';
            } catch (java.nio.charset.CharacterCodingException e) {
                c = '\uFFFD';
            }
            if (c == '\uFFFD' && sloppy) {
                c = (char) b;
            }
            decode[b] = c;
            if (c != '\uFFFD' && encode[c] < 0) {
                encode[c] = (short) b;
            }
        }
        if (sloppy) {
            for (int b = 0x80; b < 0xA0; b++) {
                if (encode[b] < 0) {
                    encode[b] = (short) b;
                }
            }
        }
        // extra: pairs "char, byte" of further characters that garbling software emits
        for (int i = 0; i + 1 < extra.length(); i += 2) {
            encode[extra.charAt(i)] = (short) extra.charAt(i + 1);
        }
        this.nbspIsA0 = decode[0xA0] == '\u00A0';
        this.agrave = javaName.equals("windows-1252") || javaName.equals("windows-1251");
    }

    static ByteTable sloppy(String javaName) {
        return new ByteTable(javaName, true, "");
    }

    static ByteTable strict(String javaName) {
        return new ByteTable(javaName, false, "");
    }

    /** Java's x-MacCyrillic is the old table (0xFF = ¤); today's Mac OS has € there: accept both. */
    static ByteTable macCyrillic() {
        return new ByteTable("x-MacCyrillic", false, "\u20AC\u00FF");
    }

    /** The byte for {@code c}, or -1 if this code page cannot encode it. */
    int byteOf(char c) {
        return encode[c];
    }

    /** The character for byte {@code b} (0..255). */
    char charOf(int b) {
        return decode[b & 0xFF];
    }

    /** Whether {@code c} is a character of this code page above ASCII. */
    boolean isHigh(char c) {
        return encode[c] >= 0x80;
    }

    /** Re-decodes {@code s} (all encodable in this table) with {@code target}; null if impossible. */
    String transcode(CharSequence s, ByteTable target) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int b = encode[s.charAt(i)];
            if (b < 0) {
                return null;
            }
            char c = target.decode[b];
            if (c == '\uFFFD' || (c >= 0x80 && c < 0xA0)) {
                return null;
            }
            out.append(c);
        }
        return out.toString();
    }
}
