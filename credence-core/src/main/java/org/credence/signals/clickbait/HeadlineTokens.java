package org.credence.signals.clickbait;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a headline into the tokens the clickbait model reads, each with its exact offsets in
 * the headline string so that the words that weighed most can be cited.
 *
 * <p>Rules (deliberately blind to letter case and to terminal punctuation, which differ between
 * the outlets of the training set rather than between clickbait and news):
 * <ul>
 *   <li>a word is a run of letters and digits, keeping an apostrophe between letters
 *       ("won't", "here's") and a period or comma between digits ("2.5", "1,000") or between
 *       single letters ("u.s."); hyphens and slashes split words;</li>
 *   <li>its form is lower-cased (Locale.ROOT), curly apostrophes become straight ones, and a
 *       number becomes its shape: {@code <n>} for one or two digits, {@code <year>} for
 *       1900–2099, {@code <num>} otherwise;</li>
 *   <li>the marks {@code " ' : ( ) $ % & # @ , ; .} become one-character tokens (curly quotes
 *       as straight ones); question and exclamation marks are dropped: the training set's
 *       clickbait outlets stripped them, so the model must not learn their absence.</li>
 * </ul>
 */
public final class HeadlineTokens {

    /**
     * One token of a headline.
     *
     * @param start  offset of its first character in the headline
     * @param end    offset after its last character
     * @param form   what the model reads: lower-cased word, number shape, or the mark
     * @param kind   word, number or mark
     * @param quoted whether it lies inside quotation marks (the marks included): someone's
     *               words or a title, not the writer's own
     */
    public record Token(int start, int end, String form, Kind kind, boolean quoted) {

        Token asQuoted() {
            return new Token(start, end, form, kind, true);
        }
    }

    /** What a token is. */
    public enum Kind { WORD, NUMBER, MARK }

    private HeadlineTokens() {
    }

    /** The tokens of {@code headline}, in order. */
    public static List<Token> of(String headline) {
        List<Token> out = new ArrayList<>();
        int n = headline.length();
        int i = 0;
        while (i < n) {
            char c = headline.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(headline, i);
                out.add(word(headline, i, end));
                i = end;
            } else {
                String mark = mark(c);
                if (mark != null) {
                    out.add(new Token(i, i + 1, mark, Kind.MARK, false));
                }
                i++;
            }
        }
        markQuoted(headline, out);
        return out;
    }

    /**
     * Marks the tokens between paired quotation marks. Double marks pair in order; a single
     * mark opens when it follows the start, a space, a colon or a parenthesis and precedes a
     * letter or digit, and closes when it follows a non-space and precedes the end, a space or
     * punctuation (a plural possessive, "teachers' pay", closes nothing that was not opened).
     */
    static void markQuoted(String s, List<Token> tokens) {
        int open = -1;
        char openMark = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Kind.MARK || !(t.form().equals("\"") || t.form().equals("'"))) {
                continue;
            }
            char m = t.form().charAt(0);
            char before = t.start() == 0 ? ' ' : s.charAt(t.start() - 1);
            char after = t.end() >= s.length() ? ' ' : s.charAt(t.end());
            boolean canOpen = (Character.isWhitespace(before) || before == ':' || before == '(' || t.start() == 0)
                    && Character.isLetterOrDigit(after);
            boolean canClose = !Character.isWhitespace(before)
                    && (Character.isWhitespace(after) || t.end() >= s.length() || isPunct(after));
            if (open >= 0 && m == openMark && canClose) {
                for (int q = open; q <= k; q++) {
                    tokens.set(q, tokens.get(q).asQuoted());
                }
                open = -1;
            } else if (open < 0 && canOpen) {
                open = k;
                openMark = m;
            } else if (open >= 0 && m == '"' && openMark == '"') {
                open = -1;
            }
        }
    }

    private static boolean isPunct(char c) {
        return c == ',' || c == '.' || c == ':' || c == ';' || c == '?' || c == '!' || c == ')' || c == '-'
                || c == '\u2013' || c == '\u2014' || c == '"' || c == '\'' || c == '\u201d' || c == '\u2019';
    }

    /** Number of word and number tokens. */
    public static int words(List<Token> tokens) {
        int w = 0;
        for (Token t : tokens) {
            if (t.kind() != Kind.MARK) {
                w++;
            }
        }
        return w;
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
                continue;
            }
            if (i + 1 < n && i > from) {
                char prev = s.charAt(i - 1);
                char next = s.charAt(i + 1);
                boolean apostrophe = (c == '\'' || c == '\u2019') && Character.isLetter(prev) && Character.isLetter(next);
                boolean decimal = (c == '.' || c == ',') && Character.isDigit(prev) && Character.isDigit(next);
                boolean initials = c == '.' && Character.isLetter(prev) && Character.isLetter(next)
                        && (i - 1 == from || s.charAt(i - 2) == '.')
                        && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2)));
                if (apostrophe || decimal || initials) {
                    i++;
                    continue;
                }
            }
            // "U.S." keeps its final period when it closes initials
            if (c == '.' && i - from >= 3 && s.charAt(i - 2) == '.') {
                i++;
            }
            break;
        }
        return i;
    }

    private static Token word(String s, int start, int end) {
        String raw = s.substring(start, end);
        boolean digits = true;
        boolean anyDigit = false;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (Character.isDigit(c)) {
                anyDigit = true;
            } else if (c != '.' && c != ',') {
                digits = false;
            }
        }
        if (digits && anyDigit) {
            return new Token(start, end, numberShape(raw), Kind.NUMBER, false);
        }
        return new Token(start, end, raw.replace('\u2019', '\'').toLowerCase(Locale.ROOT), Kind.WORD, false);
    }

    static String numberShape(String raw) {
        if (raw.length() <= 2 && raw.chars().allMatch(Character::isDigit)) {
            return "<n>";
        }
        if (raw.length() == 4 && (raw.startsWith("19") || raw.startsWith("20")) && raw.chars().allMatch(Character::isDigit)) {
            return "<year>";
        }
        return "<num>";
    }

    private static String mark(char c) {
        return switch (c) {
            case '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> "\"";
            case '\'', '\u2018', '\u2019' -> "'";
            case ':', '(', ')', '$', '%', '&', '#', '@', ',', ';', '.' -> String.valueOf(c);
            case '\u00a3', '\u20ac' -> "$";
            default -> null;
        };
    }
}
