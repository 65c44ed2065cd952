package org.credence.structure.html;

import org.credence.model.OffsetMap;
import org.credence.model.Span;
import org.jsoup.parser.Parser;

/**
 * Builds the extracted text block by block together with an {@link OffsetMap} back to the HTML
 * source string.
 *
 * <p>Contract: blocks are appended in source order; inside a block, text nodes are appended with
 * their source range. Whitespace runs collapse to one space (a {@code <br>} becomes one
 * {@code "\n"}), blocks are separated by {@code "\n\n"}. A character copied from a text node maps
 * one to one; an entity reference ({@code &amp;amp;}), a CR LF pair, a collapsed whitespace run
 * and a separator together with the markup it replaces map as replaced segments. Text whose
 * source range is unknown or out of order is inserted (an empty original segment), so the map is
 * always valid. Not thread-safe; one instance per extraction.
 */
final class MappedText {

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private final OffsetMap.Builder map = new OffsetMap.Builder();
    private int srcPos;
    private int pendingDel;
    private int pendingIns;
    private boolean inBlock;
    private boolean blockHasContent;
    private boolean spacePending;
    private boolean breakPending;
    private int blockStart;

    MappedText(String source) {
        this.source = source;
    }

    /** Starts a block; nothing is written until the block gets content. */
    void startBlock() {
        inBlock = true;
        blockHasContent = false;
        spacePending = false;
        breakPending = false;
    }

    /** Ends the current block; returns its span in the text, or null if it got no content. */
    Span endBlock() {
        inBlock = false;
        spacePending = false;
        breakPending = false;
        if (!blockHasContent) {
            return null;
        }
        blockHasContent = false;
        return new Span(blockStart, out.length());
    }

    /** A line break inside the block ({@code <br>}); dropped at the start and end of a block. */
    void lineBreak() {
        if (blockHasContent) {
            breakPending = true;
        }
    }

    /** A soft break (a table cell boundary): a space if more content follows. */
    void softBreak() {
        if (blockHasContent) {
            spacePending = true;
        }
    }

    /**
     * Appends the decoded text of a text node whose raw source is {@code source[start, end)}.
     * Pass {@code start < 0} when the range is unknown.
     */
    void appendNode(String decoded, int start, int end) {
        if (start < 0 || start < srcPos || end > source.length() || end < start) {
            appendInserted(decoded);
            return;
        }
        advanceTo(start);
        int i = start;
        int j = 0;
        int n = decoded.length();
        while (j < n) {
            if (i >= end) {
                appendInserted(decoded.substring(j));
                return;
            }
            char r = source.charAt(i);
            char c = decoded.charAt(j);
            if (r == '&') {
                int k = entityEnd(i, end);
                if (k > i + 1) {
                    String raw = source.substring(i, k);
                    String dec = Parser.unescapeEntities(raw, false);
                    if (!dec.equals(raw) && decoded.startsWith(dec, j)) {
                        unit(k - i, dec);
                        i = k;
                        j += dec.length();
                        continue;
                    }
                }
            }
            if (r == c) {
                unitChar(1, c);
                i++;
                j++;
            } else if (r == '\r' && c == '\n') {
                int len = i + 1 < end && source.charAt(i + 1) == '\n' ? 2 : 1;
                unit(len, "\n");
                i += len;
                j++;
            } else {
                unit(end - i, decoded.substring(j));
                return;
            }
        }
        if (i < end) {
            advanceTo(end);
        }
    }

    /** Appends text that stands for {@code source[start, end)} as a whole (an attribute value). */
    void appendReplacing(String text, int start, int end) {
        if (start < 0 || start < srcPos || end > source.length() || end < start) {
            appendInserted(text);
            return;
        }
        advanceTo(start);
        unit(end - start, text);
    }

    /** Appends text with no source: an insertion. */
    void appendInserted(String text) {
        for (int j = 0; j < text.length(); j++) {
            unitChar(0, text.charAt(j));
        }
    }

    /** The text so far. */
    String text() {
        return out.toString();
    }

    int length() {
        return out.length();
    }

    /** Consumes the rest of the source and returns the finished map. */
    OffsetMap finish() {
        advanceTo(source.length());
        flush();
        return map.build();
    }

    private void advanceTo(int pos) {
        if (pos > srcPos) {
            pendingDel += pos - srcPos;
            srcPos = pos;
        }
    }

    private void flush() {
        if (pendingDel > 0 || pendingIns > 0) {
            map.replace(pendingDel, pendingIns);
            pendingDel = 0;
            pendingIns = 0;
        }
    }

    /** One source unit ({@code srcLen} raw chars, possibly 0) decoding to {@code dec}. */
    private void unit(int srcLen, String dec) {
        if (dec.length() == 1) {
            unitChar(srcLen, dec.charAt(0));
            return;
        }
        unitString(srcLen, dec);
    }

    private void unitChar(int srcLen, char c) {
        if (isSpace(c)) {
            pendingDel += srcLen;
            srcPos += srcLen;
            if (blockHasContent) {
                spacePending = true;
            }
            return;
        }
        separators();
        if (srcLen == 0) {
            out.append(c);
            pendingIns++;
        } else if (srcLen == 1 && source.charAt(srcPos) == c) {
            flush();
            map.copy(1);
            out.append(c);
            srcPos++;
        } else {
            flush();
            map.replace(srcLen, 1);
            out.append(c);
            srcPos += srcLen;
        }
    }

    private void unitString(int srcLen, String dec) {
        String core = collapse(dec);
        boolean lead = !dec.isEmpty() && isSpace(dec.charAt(0));
        boolean trail = !dec.isEmpty() && isSpace(dec.charAt(dec.length() - 1));
        if (core.isEmpty()) {
            pendingDel += srcLen;
            srcPos += srcLen;
            if (blockHasContent) {
                spacePending = true;
            }
            return;
        }
        if (lead && blockHasContent) {
            spacePending = true;
        }
        separators();
        if (srcLen == 0) {
            out.append(core);
            pendingIns += core.length();
        } else {
            flush();
            map.replace(srcLen, core.length());
            out.append(core);
            srcPos += srcLen;
        }
        spacePending = trail;
    }

    private void separators() {
        if (!inBlock) {
            startBlock();
        }
        if (!blockHasContent) {
            if (out.length() > 0) {
                out.append("\n\n");
                pendingIns += 2;
            }
            blockStart = out.length();
            blockHasContent = true;
        } else if (breakPending) {
            out.append('\n');
            pendingIns++;
        } else if (spacePending) {
            if (pendingIns == 0 && pendingDel == 1 && source.charAt(srcPos - 1) == ' ') {
                pendingDel = 0;
                map.copy(1);
            } else {
                pendingIns++;
            }
            out.append(' ');
        }
        spacePending = false;
        breakPending = false;
    }

    /** End of an entity reference starting at {@code i}, or {@code i} if none. */
    private int entityEnd(int i, int end) {
        int k = i + 1;
        int limit = Math.min(end, i + 40);
        if (k < limit && source.charAt(k) == '#') {
            k++;
            if (k < limit && (source.charAt(k) == 'x' || source.charAt(k) == 'X')) {
                k++;
            }
        }
        while (k < limit && Character.isLetterOrDigit(source.charAt(k))) {
            k++;
        }
        if (k < limit && source.charAt(k) == ';') {
            k++;
        }
        return k;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0'
                || c == '\u200B' || c == '\u2028' || c == '\u2029' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
    }

    /** Collapses whitespace runs to one space and trims. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
