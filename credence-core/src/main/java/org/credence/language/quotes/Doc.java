package org.credence.language.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/** One text prepared for extraction: lower-cased tokens and per-token indexes. Not thread-safe; one per call. */
final class Doc {

    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<EntityHint> entities;
    final String[] lower;
    /** Index of the sentence each token is in. */
    final int[] sentenceOf;
    /** Index into {@link #quoted} of the quoted stretch whose content covers the token, or -1. */
    final int[] quoteOf;
    /** Index into {@link #entities} of the mention covering the token, or -1. */
    final int[] entityOf;
    /** Index of the paragraph (lines split by a line break) each token is in. */
    final int[] paraOf;
    /** Whether each sentence is written mostly in Latin letters. */
    final boolean[] latin;
    final List<QuoteMarks.Quoted> quoted;

    Doc(String text, List<Token> tokens, List<Sentence> sentences, List<EntityHint> entities) {
        this.text = text;
        this.tokens = tokens;
        this.entities = entities;
        int n = tokens.size();
        lower = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            lower[i] = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
        }
        this.sentences = joinParentheses(sentences);
        sentenceOf = new int[n];
        latin = new boolean[this.sentences.size()];
        for (int s = 0; s < this.sentences.size(); s++) {
            Sentence sen = this.sentences.get(s);
            Arrays.fill(sentenceOf, sen.firstToken(), Math.min(n, sen.endToken()), s);
            latin[s] = mostlyLatin(text, sen.span().start(), sen.span().end());
        }
        quoted = QuoteMarks.find(text);
        quoteOf = new int[n];
        Arrays.fill(quoteOf, -1);
        for (int q = 0; q < quoted.size(); q++) {
            QuoteMarks.Quoted qu = quoted.get(q);
            for (int i = tokenAtOrAfter(qu.content().start()); i < n && tokens.get(i).start() < qu.content().end(); i++) {
                quoteOf[i] = q;
            }
        }
        paraOf = new int[n];
        for (int i = 1; i < n; i++) {
            paraOf[i] = paraOf[i - 1] + (lineBreakBetween(i - 1, i) ? 1 : 0);
        }
        entityOf = new int[n];
        Arrays.fill(entityOf, -1);
        for (int e = 0; e < entities.size(); e++) {
            EntityHint h = entities.get(e);
            for (int i = tokenAtOrAfter(h.span().start()); i < n && tokens.get(i).start() < h.span().end(); i++) {
                entityOf[i] = e;
            }
        }
    }

    /**
     * The sentences with a break inside a short parenthesis undone: "Rep. Jane Smith (D-N.Y.) said"
     * splits after "N." when the abbreviation is read as a sentence end; a sentence that leaves a
     * parenthesis open joins the next one when that closes it within its first four tokens on the
     * same line.
     */
    private List<Sentence> joinParentheses(List<Sentence> in) {
        List<Sentence> out = new ArrayList<>(in.size());
        for (Sentence s : in) {
            Sentence prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.endToken() == s.firstToken() && leavesOpen(prev)
                    && !lineBreakBetween(prev.endToken() - 1, s.firstToken()) && closesEarly(s)) {
                out.set(out.size() - 1, new Sentence(new Span(prev.span().start(), s.span().end()),
                        prev.firstToken(), s.endToken()));
            } else {
                out.add(s);
            }
        }
        return out.size() == in.size() ? in : List.copyOf(out);
    }

    private boolean leavesOpen(Sentence s) {
        int open = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            open += isPunct(i, "(") ? 1 : isPunct(i, ")") ? -1 : 0;
        }
        return open > 0;
    }

    private boolean closesEarly(Sentence s) {
        for (int i = s.firstToken(); i < Math.min(s.endToken(), s.firstToken() + 4); i++) {
            if (isPunct(i, ")")) {
                return true;
            }
            if (isPunct(i, "(")) {
                return false;
            }
        }
        return false;
    }

    int size() {
        return tokens.size();
    }

    boolean isWord(int i) {
        return tokens.get(i).kind() == Token.Kind.WORD;
    }

    boolean capitalised(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(tokens.get(i).start()));
    }

    boolean isPunct(int i, String p) {
        return tokens.get(i).kind() == Token.Kind.PUNCT && lower[i].equals(p);
    }

    /** Index of the first token starting at or after {@code offset} ({@link #size()} when none). */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether there is a line break between the end of token {@code a} and the start of token {@code b}. */
    boolean lineBreakBetween(int a, int b) {
        for (int k = tokens.get(a).end(); k < tokens.get(b).start(); k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    static boolean mostlyLatin(String text, int start, int end) {
        int latinLetters = 0;
        int other = 0;
        int accented = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (cp >= 0xC0 && cp <= 0x24F) {
                    accented++; // many accented Latin letters read as mojibake ("Ð¿Ñ€Ð¸")
                } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latinLetters++;
                } else {
                    other++;
                }
            }
        }
        return latinLetters > 0 && latinLetters >= 2 * (other + accented);
    }
}
