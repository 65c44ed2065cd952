package org.credence.language;

import org.credence.model.Token;
import org.credence.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.credence.model.Span;

/**
 * Splits tokenized text into sentences. Immutable and thread-safe; linear in the number of tokens.
 *
 * <p><b>Contract.</b> Every token belongs to exactly one sentence; sentences are in order, never
 * empty, and start and end at token boundaries (so never inside a word). The tokens must be in
 * order, inside the text and not overlap, as {@link Tokenizer} makes them; otherwise
 * {@link IllegalArgumentException}.
 *
 * <p><b>Rules.</b>
 * <ol>
 *   <li>A paragraph break (two or more line breaks with only whitespace between, a form feed or
 *       U+2029) always ends a sentence.</li>
 *   <li>A sentence ends after . ! ? … (or a run of them, such as ?! or ...) and any closing quotes
 *       and brackets glued to it ({@code "He left." She said} splits after the quote), unless the
 *       next word (after any opening quotes or brackets) starts with a lower-case letter or is
 *       , ; or : ({@code "Why?" he asked.} is one sentence; so is {@code "He left." she said}).
 *       A word like eBay or iPhone counts as capitalised.</li>
 *   <li>A period inside an abbreviation token: after a title-like abbreviation (Mr., Dr., Gen.,
 *       Sen., St., No., vs., e.g.; {@link Abbreviations#TITLES}) the sentence never ends; after an
 *       initial (J.), a dotted abbreviation (U.S., a.m.) or one that may end a sentence (Inc., Jr.,
 *       etc., months, states) it ends only when the next word is a typical sentence starter
 *       (The, He, It, But, ...; {@link Abbreviations#STARTERS}) or an opening quote followed by a
 *       capital: "in the U.S. He said" splits, "U.S. President Biden" does not. After "etc." any
 *       capitalised word starts a new sentence.</li>
 *   <li>A stop followed by another stop token (the spaced ellipsis ". . .") does not end the
 *       sentence; the last one of the row decides.</li>
 *   <li>A single line break ends a sentence only when the next line starts a list item (a bullet
 *       such as - • * or "1." / "1)"), or when the line before looks like a heading: the current
 *       sentence started on that line (it is not wrapped prose), has at most 40 tokens, does not
 *       end with , ; : a dash, an opening bracket or a lower-case function word (the, of, and, said,
 *       ...), and the next line does not start with a lower-case letter. So a headline or byline
 *       without a period is a sentence of its own, and hard-wrapped prose is not cut.</li>
 * </ol>
 */
public final class SentenceSplitter {

    private static final int HEADING_MAX_TOKENS = 40;

    private enum Stop { NONE, REAL, NEVER, MAY_END }

    public SentenceSplitter() {
    }

    /** The sentences of {@code text}, whose tokens are {@code tokens}. */
    public List<Sentence> split(String text, List<Token> tokens) {
        if (text == null || tokens == null) {
            throw new IllegalArgumentException("text and tokens are required");
        }
        check(text, tokens);
        int n = tokens.size();
        List<Sentence> out = new ArrayList<>(Math.max(4, n / 20));
        int start = 0;
        boolean wrapped = false;
        int i = 0;
        while (i < n) {
            if (i > start) {
                int nl = newlines(text, tokens.get(i - 1).end(), tokens.get(i).start());
                if (nl >= 2 || nl == 1 && headingBreak(text, tokens, start, i, wrapped)) {
                    out.add(sentence(tokens, start, i));
                    start = i;
                    wrapped = false;
                } else if (nl == 1) {
                    wrapped = true;
                }
            }
            Stop stop = stop(text, tokens.get(i));
            if (stop != Stop.NONE) {
                int j = i + 1;
                while (j < n && tokens.get(j).start() == tokens.get(j - 1).end() && closes(text, tokens.get(j))) {
                    j++;
                }
                if (j < n && endsBefore(text, tokens, stop, i, j)) {
                    out.add(sentence(tokens, start, j));
                    start = j;
                    wrapped = false;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        if (start < n) {
            out.add(sentence(tokens, start, n));
        }
        return Collections.unmodifiableList(out);
    }

    private static void check(String text, List<Token> tokens) {
        int prevEnd = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() < prevEnd || t.end() > text.length()) {
                throw new IllegalArgumentException("token " + k + " at " + t.span()
                        + " overlaps the one before or lies outside the text of length " + text.length());
            }
            prevEnd = t.end();
        }
    }

    private static Sentence sentence(List<Token> tokens, int first, int end) {
        return new Sentence(new Span(tokens.get(first).start(), tokens.get(end - 1).end()), first, end);
    }

    /** Line breaks in {@code [a, b)}: CR LF counts once, a form feed or U+2029 twice (a paragraph). */
    static int newlines(String text, int a, int b) {
        int n = 0;
        for (int k = a; k < b; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == 0x2028 || c == 0x85 || c == '\r' && (k + 1 >= b || text.charAt(k + 1) != '\n')) {
                n++;
            } else if (c == 0x2029 || c == '\f') {
                n += 2;
            }
        }
        return n;
    }

    /** Whether {@code t} can end a sentence, and how sure that is. */
    private static Stop stop(String text, Token t) {
        char last = text.charAt(t.end() - 1);
        if (t.kind() == Token.Kind.PUNCT) {
            return Chars.isTerminal(text.charAt(t.start())) ? Stop.REAL : Stop.NONE;
        }
        if (t.kind() != Token.Kind.WORD || last != '.' || t.span().length() < 2) {
            return Stop.NONE;
        }
        String w = text.substring(t.start(), t.end() - 1);
        if (Abbreviations.isTitle(w) || Abbreviations.BEFORE_NUMBER.contains(w)) {
            return Stop.NEVER;
        }
        return Stop.MAY_END;
    }

    private static boolean closes(String text, Token t) {
        return t.kind() == Token.Kind.PUNCT && t.span().length() == 1 && Chars.isClosing(text.charAt(t.start()));
    }

    private static boolean opens(String text, Token t) {
        return t.kind() == Token.Kind.PUNCT && t.span().length() == 1 && Chars.isOpening(text.charAt(t.start()));
    }

    /** Whether the sentence ends before token {@code j}, given the stop at token {@code i} (closing quotes and brackets between). */
    private static boolean endsBefore(String text, List<Token> tokens, Stop stop, int i, int j) {
        if (stop == Stop.NEVER) {
            return false;
        }
        Token first = tokens.get(j);
        if (first.kind() == Token.Kind.PUNCT && Chars.isTerminal(text.charAt(first.start()))) {
            return false; // ". . ." spaced out: the last stop of the row decides
        }
        int k = j;
        while (k < tokens.size() && opens(text, tokens.get(k))) {
            k++;
        }
        if (k == tokens.size()) {
            return true;
        }
        Token next = tokens.get(k);
        int cp = text.codePointAt(next.start());
        if (stop == Stop.MAY_END) {
            return Character.isUpperCase(cp) && (k > j || Abbreviations.STARTERS.contains(next.text(text))
                    || text.startsWith("etc.", tokens.get(i).start()) && next.kind() == Token.Kind.WORD);
        }
        if (next.kind() == Token.Kind.PUNCT && (cp == ',' || cp == ';' || cp == ':')) {
            return false;
        }
        return !lowerCaseWord(text, next);
    }

    /** A word that starts with a lower-case letter and has no capital later (eBay and iPhone are capitalised). */
    private static boolean lowerCaseWord(String text, Token t) {
        if (!Character.isLowerCase(text.codePointAt(t.start()))) {
            return false;
        }
        for (int k = t.start() + 1; k < t.end(); k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Rule 4: whether the single line break before token {@code i} ends the sentence that began at {@code start}. */
    private static boolean headingBreak(String text, List<Token> tokens, int start, int i, boolean wrapped) {
        if (bullet(text, tokens, i)) {
            return true;
        }
        if (wrapped || i - start > HEADING_MAX_TOKENS) {
            return false;
        }
        Token last = tokens.get(i - 1);
        if (last.kind() == Token.Kind.PUNCT && !closes(text, last)) {
            return false;
        }
        if (last.kind() == Token.Kind.WORD && Abbreviations.LINE_CONTINUES.contains(last.text(text))) {
            return false;
        }
        return !lowerCaseWord(text, tokens.get(i));
    }

    /** A list item starts at token {@code i}: a bullet character, "1." or "1)". */
    private static boolean bullet(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        char c = text.charAt(t.start());
        if (t.span().length() == 1 && (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.SYMBOL)) {
            return c == '-' || c == '*' || c == 0x2022 || c == 0x00B7 || c == 0x2013 || c == 0x2014
                    || c == 0x25AA || c == 0x25BA || c == 0x25CF || c == 0x25E6 || c == 0x2023;
        }
        if (t.kind() == Token.Kind.NUMBER) {
            if (text.charAt(t.end() - 1) == '.') {
                return true;
            }
            return i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end()
                    && text.charAt(t.end()) == ')' && t.span().length() <= 2;
        }
        return false;
    }
}
