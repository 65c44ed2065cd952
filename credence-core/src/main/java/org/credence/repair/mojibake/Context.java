package org.credence.repair.mojibake;

/** Word boundaries around a span, for scoring a repair in its context. */
final class Context {

    private static final int MAX = 48;

    private Context() {
    }

    static int wordStart(String s, int pos) {
        int i = pos;
        while (i > 0 && pos - i < MAX && !Plausibility.isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static int wordEnd(String s, int pos) {
        int i = pos;
        while (i < s.length() && i - pos < MAX && !Plausibility.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Start of the word before the one holding {@code pos}. */
    static int left(String s, int pos) {
        int i = wordStart(s, pos);
        while (i > 0 && Plausibility.isSpace(s.charAt(i - 1)) && pos - i < MAX) {
            i--;
        }
        return wordStart(s, i);
    }

    /** End of the word after the one holding {@code pos}. */
    static int right(String s, int pos) {
        int i = wordEnd(s, pos);
        while (i < s.length() && Plausibility.isSpace(s.charAt(i)) && i - pos < MAX) {
            i++;
        }
        return wordEnd(s, i);
    }
}
