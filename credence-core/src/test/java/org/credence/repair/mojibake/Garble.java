package org.credence.repair.mojibake;

import java.nio.charset.Charset;

/** Test helper: makes mojibake from clean text by encoding with one charset and decoding with another. */
final class Garble {

    private Garble() {
    }

    /** {@code s} encoded as {@code really} and read as {@code shownAs}; undefined bytes become C1 controls. */
    static String as(String s, String really, String shownAs) {
        byte[] bytes = s.getBytes(Charset.forName(really));
        StringBuilder out = new StringBuilder();
        Charset shown = Charset.forName(shownAs);
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, shown);
            out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return out.toString();
    }

    /** UTF-8 read as windows-1252. */
    static String utf8As1252(String s) {
        return as(s, "UTF-8", "windows-1252");
    }

    /** windows-1251 read as today's Mac OS Cyrillic, which has € where Java's table has ¤. */
    static String as1251OnNewMac(String s) {
        return as(s, "windows-1251", "x-MacCyrillic").replace('\u00A4', '\u20AC');
    }
}
