package org.credence.language.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.credence.model.Sentence;
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
        this.sentences = sentences;
        this.entities = entities;
        int n = tokens.size();
        lower = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            lower[i] = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
        }
        sentenceOf = new int[n];
        latin = new boolean[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sen = sentences.get(s);
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
