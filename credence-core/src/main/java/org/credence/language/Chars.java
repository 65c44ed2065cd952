package org.credence.language;

/** Character classes for the tokenizer, on code points; ASCII is decided without table look-ups. */
final class Chars {

    private Chars() {
    }

    static final int ZWJ = 0x200D;
    static final int ZWNJ = 0x200C;
    static final int SOFT_HYPHEN = 0x00AD;

    /** The code point at {@code i}, treating a surrogate pair as one only when both halves lie before {@code limit}. */
    static int cpAt(String s, int i, int limit) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < limit) {
            char d = s.charAt(i + 1);
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }

    /** Letters and digits of any script, and combining marks (which continue the word they follow). */
    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return Character.isLetterOrDigit(cp) || isMark(cp);
    }

    static boolean isAlnum(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return Character.isLetterOrDigit(cp);
    }

    static boolean isAsciiAlnum(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isDigit(int cp) {
        return cp < 128 ? cp >= '0' && cp <= '9' : Character.isDigit(cp);
    }

    static boolean isLetter(int cp) {
        return cp < 128 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp);
    }

    static boolean isMark(int cp) {
        if (cp < 0x300) {
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /** Marks and variation selectors: never separated from the character before them. */
    static boolean isExtender(int cp) {
        return isMark(cp) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Whitespace, and format characters that separate tokens (zero-width space, BOM, bidi marks, a stray soft hyphen). */
    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    /** Han ideographs are one token each: CJK text has no spaces to split on. */
    static boolean isIdeograph(int cp) {
        return cp >= 0x2E80 && Character.isIdeographic(cp);
    }

    static boolean isHyphen(int cp) {
        return cp == '-' || cp == 0x2010 || cp == 0x2011;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
    }

    /** . ! ? and the ellipsis (and the rarer interrobang and CJK/fullwidth stops), which end sentences. */
    static boolean isTerminal(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x203D || cp == 0x3002
                || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E || cp == 0x203C || cp == 0x2047 || cp == 0x2048
                || cp == 0x2049;
    }

    /** The first code point of a possible emoji. */
    static boolean isEmojiStart(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x2300 && cp <= 0x23FF)
                || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
    }

    /** Symbols that are emoji only with the emoji variation selector U+FE0F after them: © ® ™ ‼ ℹ arrows, squares. */
    static boolean isTextEmoji(int cp) {
        return cp == 0xA9 || cp == 0xAE || cp == 0x2122 || cp == 0x2139 || cp == 0x203C || cp == 0x2049
                || (cp >= 0x2194 && cp <= 0x21AA) || (cp >= 0x25AA && cp <= 0x25FE) || cp == 0x2934 || cp == 0x2935;
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** What follows an emoji and belongs to it: selectors, skin tones, tags, the keycap mark. */
    static boolean isEmojiModifier(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F)
                || cp == 0x20E3;
    }

    static boolean isOpening(int cp) {
        return cp == '(' || cp == '[' || cp == '{' || cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == 0x2039
                || cp == 0x201E || cp == 0x201A || cp == '"' || cp == '\'';
    }

    static boolean isClosing(int cp) {
        return cp == ')' || cp == ']' || cp == '}' || cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x203A
                || cp == '"' || cp == '\'';
    }

    /** Punctuation by Unicode category that Credence calls a symbol rather than punctuation. */
    static boolean isSymbolPunct(int cp) {
        return cp == '%' || cp == 0x2030 || cp == '&' || cp == '*' || cp == '@' || cp == '#' || cp == 0xA7
                || cp == 0xB6 || cp == '\\' || cp == 0x2020 || cp == 0x2021;
    }
}
