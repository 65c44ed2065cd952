package org.credence.ingest.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Counts over raw bytes: strict UTF-8 validity (no overlong forms, no surrogates, nothing above
 * U+10FFFF), bytes above 0x7F, zero bytes and other control bytes.
 *
 * @param multiByte valid multi-byte UTF-8 sequences
 * @param invalid   bytes or truncated sequences that are not UTF-8
 * @param highBytes bytes 0x80..0xFF
 * @param zeros     zero bytes
 * @param controls  control bytes other than tab, newline, carriage return, form feed and escape
 */
record Utf8Scan(int multiByte, int invalid, int highBytes, int zeros, int controls) {

    /** A few stray bytes among many valid multi-byte sequences. */
    boolean nearlyValid() {
        return multiByte >= 3 && invalid * 5 <= multiByte;
    }

    static Utf8Scan of(byte[] b) {
        int multi = 0;
        int invalid = 0;
        int high = 0;
        int zeros = 0;
        int controls = 0;
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (c == 0) {
                    zeros++;
                } else if (c < 0x20 && c != 9 && c != 10 && c != 13 && c != 12 && c != 27) {
                    controls++;
                }
                i++;
                continue;
            }
            high++;
            int need;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    min2 = 0xA0;
                } else if (c == 0xED) {
                    max2 = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    min2 = 0x90;
                } else if (c == 0xF4) {
                    max2 = 0x8F;
                }
            } else {
                invalid++;
                i++;
                continue;
            }
            int k = 1;
            while (k <= need && i + k < n) {
                int d = b[i + k] & 0xFF;
                int lo = k == 1 ? min2 : 0x80;
                int hi = k == 1 ? max2 : 0xBF;
                if (d < lo || d > hi) {
                    break;
                }
                k++;
            }
            if (k == need + 1) {
                multi++;
                high += need;
                i += need + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Scan(multi, invalid, high, zeros, controls);
    }

    /** UTF-16 without a byte-order mark, told by zero bytes at one parity; null if not. */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 3 && evenZero * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero * 10 >= pairs * 3 && oddZero * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
