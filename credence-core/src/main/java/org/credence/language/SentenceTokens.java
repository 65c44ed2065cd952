package org.credence.language;

import java.util.List;
import java.util.Locale;
import org.credence.model.Token;

/**
 * A view of one sentence's tokens, {@code [lo, hi)} of a document's token list, for the rule-based
 * finders (dates, quantities): every accessor answers "" or false outside the sentence, so rules can
 * look ahead and behind without bounds checks. Lower-cased forms are computed once per token.
 * Single use, not thread-safe.
 */
public class SentenceTokens {

    protected final String text;
    protected final List<Token> toks;
    protected final int lo;
    protected final int hi;
    private final String[] lower;

    protected SentenceTokens(String text, List<Token> toks, int lo, int hi) {
        this.text = text;
        this.toks = toks;
        this.lo = lo;
        this.hi = hi;
        this.lower = new String[Math.max(0, hi - lo)];
    }

    /** Token k lower-cased, or "" outside the sentence. */
    public String low(int k) {
        if (k < lo || k >= hi) {
            return "";
        }
        String s = lower[k - lo];
        if (s == null) {
            s = toks.get(k).text(text).toLowerCase(Locale.ROOT);
            lower[k - lo] = s;
        }
        return s;
    }

    /** Token k as written, or "" outside the sentence. */
    public String raw(int k) {
        return k < lo || k >= hi ? "" : toks.get(k).text(text);
    }

    /** Token k's kind, or null outside the sentence. */
    public Token.Kind kind(int k) {
        return k < lo || k >= hi ? null : toks.get(k).kind();
    }

    public boolean is(int k, Token.Kind kind) {
        return kind(k) == kind;
    }

    /** Token k starts with a capital letter. */
    public boolean capital(int k) {
        String r = raw(k);
        return !r.isEmpty() && Character.isUpperCase(r.charAt(0));
    }

    /** Tokens a and b touch (no space between). */
    public boolean adjacent(int a, int b) {
        return a >= lo && b < hi && toks.get(a).end() == toks.get(b).start();
    }

    /** At most one whitespace character between tokens a and b. */
    public boolean close(int a, int b) {
        return a >= lo && b < hi && toks.get(b).start() - toks.get(a).end() <= 1;
    }

    public String text() {
        return text;
    }

    public Token token(int k) {
        return toks.get(k);
    }

    /** The sentence's first token. */
    public int lo() {
        return lo;
    }

    /** The index after the sentence's last token. */
    public int hi() {
        return hi;
    }
}
