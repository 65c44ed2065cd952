package org.credence.language.quotes;

import java.util.ArrayList;
import java.util.List;
import org.credence.model.Span;

/**
 * Finds stretches of text in quotation marks: “ ” " " „ “ « » and, outside double quotes, ‘ ’ and
 * ' ' where they are not apostrophes. A paragraph (a line) that opens with a quotation mark while a
 * quote is open continues it (the news convention for quotes over several paragraphs); any other
 * paragraph end closes an open quote there, as unclosed. Two apostrophes ('') are a double mark
 * (the New York Times' style); three after a '' quote ({@code ,'''}) close a single quote inside it
 * and then the quote. Linear in the text.
 */
final class QuoteMarks {

    /**
     * One quoted stretch.
     *
     * @param open    offset of the opening mark (its first character: a two-character '' mark counts whole)
     * @param content the text between the marks, trimmed of surrounding whitespace
     * @param close   offset of the closing mark's last character, -1 when none was found
     * @param single  whether single quotation marks were used
     * @param paragraphs how many paragraphs the quote runs over
     */
    record Quoted(int open, int close, Span content, boolean single, int paragraphs) {
        boolean closed() {
            return close >= 0;
        }

        /** One past the closing mark (both characters of ''), or the end of the content when unclosed. */
        int end() {
            return close >= 0 ? close + 1 : content.end();
        }
    }

    private QuoteMarks() {
    }

    static boolean isDoubleOpener(char c) {
        return c == '“' || c == '"' || c == '„' || c == '«';
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '“', '"' -> c == '”' || c == '"';
            case '„' -> c == '“' || c == '”' || c == '"';
            case '«' -> c == '»';
            default -> false;
        };
    }

    /** Quoted stretches of {@code text} in text order. */
    static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        int open = -1;
        int openStart = -1;
        char openCh = 0;
        int paras = 1;
        boolean newPara = false;
        int lastNonSpace = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newPara = true;
                continue;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (newPara && open >= 0) {
                newPara = false;
                if (isDoubleOpener(c) && c != '«') {
                    paras++;
                    lastNonSpace = i;
                    continue;
                }
                emitUnclosed(text, out, openStart, open, lastNonSpace + 1, paras);
                open = -1;
            }
            newPara = false;
            int width = 1;
            if (open >= 0 && openCh == '"' && c == '\'' && i + 2 < n && text.charAt(i + 1) == '\''
                    && text.charAt(i + 2) == '\'') {
                lastNonSpace = i;
                i++; // ,''' closes a single quote inside a '' quote, then the '' quote (NYT style)
            }
            if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                c = '"'; // '' as a double quotation mark (the New York Times' style)
                width = 2;
            }
            if (c == '"') {
                boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                        || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
                boolean spaceAfter = i + width >= n || Character.isWhitespace(text.charAt(i + width))
                        || ".,;:!?)]}—–".indexOf(text.charAt(i + width)) >= 0;
                if (open < 0 && !spaceBefore && spaceAfter) {
                    lastNonSpace = i + width - 1;
                    i += width - 1;
                    continue; // a stray closing mark
                }
                if (open >= 0 && spaceBefore && !spaceAfter && i > open + width) {
                    emitUnclosed(text, out, openStart, open, lastNonSpace + 1, paras); // a lost closing mark
                    open = -1;
                }
            }
            if (c == '“' || c == '”' || c == '"' || c == '„' || c == '«' || c == '»') {
                if (open < 0) {
                    if (isDoubleOpener(c) && !(c == '"' && i > 0 && Character.isDigit(text.charAt(i - 1)))) {
                        open = i + width - 1;
                        openStart = i;
                        openCh = c;
                        paras = 1;
                    }
                } else if (closes(openCh, c)) {
                    emitClosed(text, out, openStart, open, i, i + width - 1, paras);
                    open = -1;
                    i += width - 1;
                } else if (c == '“' || c == '„' || c == '«') {
                    emitUnclosed(text, out, openStart, open, lastNonSpace + 1, paras);
                    open = i;
                    openStart = i;
                    openCh = c;
                    paras = 1;
                }
            }
            lastNonSpace = i;
            if (width == 2 && c == '"') {
                i++;
                lastNonSpace = i;
            }
        }
        if (open >= 0) {
            emitUnclosed(text, out, openStart, open, lastNonSpace + 1, paras);
        }
        return singles(text, out);
    }

    /** A double-quoted stretch: mark from {@code openStart}, content after {@code open}, closing mark over {@code [end, closeLast]}. */
    private static void emitClosed(String text, List<Quoted> out, int openStart, int open, int end, int closeLast,
                                   int paras) {
        int before = out.size();
        emit(text, out, open, end, true, false, paras);
        if (out.size() > before) {
            Quoted q = out.get(before);
            out.set(before, new Quoted(openStart, closeLast, q.content(), false, paras));
        }
    }

    /** A double-quoted stretch left open at {@code end}. */
    private static void emitUnclosed(String text, List<Quoted> out, int openStart, int open, int end, int paras) {
        int before = out.size();
        emit(text, out, open, end, false, false, paras);
        if (out.size() > before) {
            Quoted q = out.get(before);
            out.set(before, new Quoted(openStart, -1, q.content(), false, paras));
        }
    }

    private static void emit(String text, List<Quoted> out, int open, int end, boolean closed,
                             boolean single, int paras) {
        int s = open + 1;
        int e = Math.max(s, end);
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--; // "“We will win,” she said": the comma belongs to the frame
        }
        if (e > s) {
            out.add(new Quoted(open, closed ? end : -1, new Span(s, e), single, paras));
        }
    }

    /** Adds single-quoted stretches that lie outside the double ones, closed within their line. */
    private static List<Quoted> singles(String text, List<Quoted> doubles) {
        List<Quoted> out = new ArrayList<>(doubles.size());
        int d = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (d < doubles.size() && i >= doubles.get(d).open()) {
                Quoted q = doubles.get(d++);
                out.add(q);
                i = q.end() - 1;
                continue;
            }
            char c = text.charAt(i);
            if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                i++;
                continue;
            }
            if ((c == '‘' || c == '\'') && opensSingle(text, i)) {
                int limit = Math.min(n, i + 400);
                for (int j = i + 1; j < limit; j++) {
                    char x = text.charAt(j);
                    if (x == '\n' || (d < doubles.size() && j >= doubles.get(d).open())) {
                        break;
                    }
                    if ((x == '’' || x == '\'') && closesSingle(text, j)) {
                        emit(text, out, i, j, true, true, 1);
                        i = j;
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean opensSingle(String text, int i) {
        boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        return before && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean closesSingle(String text, int j) {
        char prev = text.charAt(j - 1);
        if (Character.isWhitespace(prev)) {
            return false;
        }
        if (j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1))) {
            return false;
        }
        // "voters’ rights": a plural possessive is not a closing mark when a word follows
        return !(prev == 's' && j + 2 < text.length() && text.charAt(j + 1) == ' '
                && Character.isLowerCase(text.charAt(j + 2)));
    }
}
