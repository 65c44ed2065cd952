package org.credence.repair.mojibake;

import java.lang.Character.UnicodeScript;

/** Coarse script classes for {@link Plausibility}. */
final class Scripts {

    static final int LATIN = 0;
    static final int CYRILLIC = 1;
    static final int GREEK = 2;
    static final int HAN = 3;
    static final int OTHER = 4;

    private Scripts() {
    }

    static int of(int cp) {
        if (cp < 0x250) {
            return LATIN;
        }
        if (cp >= 0x400 && cp < 0x530) {
            return CYRILLIC;
        }
        if (cp >= 0x370 && cp < 0x400) {
            return GREEK;
        }
        if (cp >= 0x1E00 && cp < 0x1F00) {
            return LATIN;
        }
        UnicodeScript us = UnicodeScript.of(cp);
        switch (us) {
            case LATIN:
                return LATIN;
            case CYRILLIC:
                return CYRILLIC;
            case GREEK:
                return GREEK;
            case HAN:
            case HIRAGANA:
            case KATAKANA:
                return HAN;
            default:
                return OTHER + us.ordinal();
        }
    }

    /** Cost of two neighbouring letters of different scripts inside one word. */
    static double switchCost(int a, int b) {
        if ((a == LATIN && b == GREEK) || (a == GREEK && b == LATIN)) {
            return 0.75;
        }
        return 3;
    }

    /** The script of the first letter in {@code s[from, to)}, or -1 if there is none. */
    static int dominant(CharSequence s, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(s, i);
            if (Character.isLetter(cp)) {
                return of(cp);
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
