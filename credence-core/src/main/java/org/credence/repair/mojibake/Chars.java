package org.credence.repair.mojibake;

/** Per-character facts used by {@link Plausibility}. */
final class Chars {

    private Chars() {
    }

    /** Latin-1 and windows-1252 symbols that follow a lead letter in UTF-8 mojibake. */
    private static final String MOJI_FOLLOW =
            "\u20AC\u201A\u0192\u201E\u2020\u2021\u02C6\u2030\u2039\u203A\u2022\u02DC\u2122"
            + "\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AE\u00AF"
            + "\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BA\u00BB\u00BC"
            + "\u00BD\u00BE\u00BF\u00D7\u00F7\u00AD\uFFFD";

    /** Cost of one code point on its own. */
    static double charCost(int cp) {
        if (cp < 0x80) {
            return cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f' ? 1 : 0;
        }
        if (cp < 0xA0) {
            return 5;
        }
        if (cp < 0x180) {
            if (cp == 0x17F) {
                return 4; // long s
            }
            if (cp == 0x108 || cp == 0x109 || cp == 0x11C || cp == 0x11D || cp == 0x124
                    || cp == 0x125 || cp == 0x134 || cp == 0x135 || cp == 0x15C || cp == 0x15D
                    || cp == 0x16C || cp == 0x16D || cp == 0x149 || cp == 0x138) {
                return 1; // Esperanto, kra, apostrophe-n
            }
            return cp == 0xAD ? 1 : isSymbol(cp) ? 0.3 : 0;
        }
        if (cp == 0xFFFD) {
            return 0.5;
        }
        int type = Character.getType(cp);
        if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE) {
            return 8;
        }
        if (cp < 0x250) {
            if ((cp >= 0x218 && cp <= 0x21B) || cp == 0x1A0 || cp == 0x1A1 || cp == 0x1AF
                    || cp == 0x1B0 || (cp >= 0x1C4 && cp <= 0x1CC) || cp == 0x192) {
                return 0.5;
            }
            return 2.5;
        }
        if (cp < 0x2B0) {
            return 4; // IPA
        }
        if (cp < 0x300) {
            return cp == 0x2C6 || cp == 0x2DC || cp == 0x2C7 || cp == 0x2D8 || cp == 0x2D9
                    || cp == 0x2DB || cp == 0x2DD ? 1 : 3;
        }
        if (cp < 0x370) {
            return 0.3; // combining diacritics
        }
        if (cp >= 0x3E2 && cp < 0x400) {
            return 3; // Coptic in the Greek block
        }
        if (cp >= 0x460 && cp < 0x530 && cp != 0x490 && cp != 0x491) {
            return 3.5; // historic and minority Cyrillic
        }
        if (cp >= 0x530 && cp < 0x590) {
            return 1.5; // Armenian
        }
        if (cp >= 0x591 && cp <= 0x5C7) {
            return 3; // Hebrew points
        }
        if ((cp >= 0x610 && cp <= 0x61A) || (cp >= 0x64B && cp <= 0x65F) || cp == 0x619) {
            return 2;
        }
        if (cp >= 0x1D00 && cp < 0x1DC0) {
            return 4; // phonetic extensions
        }
        if (cp >= 0x2500 && cp < 0x25A0) {
            return 0.3; // box drawing
        }
        if (cp >= 0xE000 && cp < 0xF900) {
            return 8;
        }
        return isSymbol(cp) ? 0.3 : 0;
    }

    static boolean isSymbol(int cp) {
        int t = Character.getType(cp);
        return t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL
                || t == Character.MODIFIER_SYMBOL || t == Character.OTHER_SYMBOL
                || t == Character.OTHER_NUMBER;
    }

    /**
     * Whether {@code cp} is out of place inside a word: symbols, controls, non-ASCII punctuation
     * other than the apostrophe and hyphens. ASCII punctuation is never odd.
     */
    static boolean isOdd(int cp) {
        if (cp < 0x80) {
            return cp < 0x20;
        }
        if (cp == 0x2019 || cp == 0xFFFD || cp == 0x2010 || cp == 0x2011 || cp == 0x00B7) {
            return false;
        }
        if (Character.isLetterOrDigit(cp)) {
            return false;
        }
        int t = Character.getType(cp);
        return t != Character.NON_SPACING_MARK && t != Character.COMBINING_SPACING_MARK
                && t != Character.ENCLOSING_MARK && t != Character.FORMAT;
    }

    /** A non-ASCII Latin letter directly followed by a symbol typical of UTF-8 mojibake. */
    static boolean isMojibakePair(int first, int second) {
        if (first < 0xC0 || first > 0x17F || !Character.isLetter(first)) {
            if (first != 0x152 && first != 0x153 && first != 0x160 && first != 0x161
                    && first != 0x17D && first != 0x17E && first != 0x178) {
                return false;
            }
        }
        if (second >= 0x80 && second < 0xA0) {
            return true;
        }
        if (second > 0xFFFF) {
            return false;
        }
        if (first >= 0xC0 && first <= 0xFF && (second == 0x152 || second == 0x153
                || second == 0x160 || second == 0x17D || second == 0x178 || second == 0x192)) {
            return true;
        }
        if (first >= 0xC0 && first <= 0xDE && (second == 0x161 || second == 0x17E)) {
            return true;
        }
        if (first == 0xC3 || first == 0xC2) {
            return second == 0xA0 || second == 0x2018 || second == 0x201C || second == 0x201D
                    || second == 0x2013 || second == 0x2014 || MOJI_FOLLOW.indexOf(second) >= 0;
        }
        if ((second == 0x2122 || second == 0xAE || second == 0xA9) && Character.isUpperCase(first)) {
            return false;
        }
        return MOJI_FOLLOW.indexOf(second) >= 0;
    }
}
