package org.credence.signals.propaganda;

/** Small word helpers shared by the propaganda features. */
final class Words {

    private Words() {
    }

    /** A crude English stem: common inflection and derivation endings removed from a lower-case word. */
    static String stem(String w) {
        int n = w.length();
        if (n > 5 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        for (String suffix : new String[] {"ingly", "edly", "ness", "ment", "ing", "ed", "ly", "es", "s"}) {
            if (n - suffix.length() >= 3 && w.endsWith(suffix)) {
                return w.substring(0, n - suffix.length());
            }
        }
        return w;
    }

    /** The word's shape: X for upper-case, x for lower-case, d for digits, other characters kept; runs of 3+ collapsed. */
    static String shape(String raw) {
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), 8));
        char last = 0;
        int run = 0;
        for (int i = 0; i < raw.length() && sb.length() < 8; i++) {
            char c = raw.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2) {
                sb.append(k);
            }
        }
        return sb.toString();
    }

    /** VADER valence in five buckets. */
    static String valenceBucket(float v) {
        if (v <= -2f) {
            return "--";
        }
        if (v < 0f) {
            return "-";
        }
        if (v >= 2f) {
            return "++";
        }
        return v > 0f ? "+" : "0";
    }

    /** VADER valence as a level: 0 (&lt;= -2), 1 (negative), 2 (neutral), 3 (positive), 4 (&gt;= 2). */
    static int valenceLevel(float v) {
        return v <= -2f ? 0 : v < 0f ? 1 : v >= 2f ? 4 : v > 0f ? 3 : 2;
    }

    /** A token count in buckets: 1, 2, 3, 4-5, 6-8, 9-15, 16-30, 31+. */
    static String lengthBucket(int n) {
        if (n <= 3) {
            return Integer.toString(n);
        }
        return n <= 5 ? "4-5" : n <= 8 ? "6-8" : n <= 15 ? "9-15" : n <= 30 ? "16-30" : "31+";
    }
}
