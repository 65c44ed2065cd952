package org.credence.model;


/**
 * One token: a non-empty span of the text it was made from and what kind of thing it covers.
 *
 * <p>{@code text.substring(span.start(), span.end())} is the token's text. Tokens made by
 * {@link org.credence.language.Tokenizer} never overlap, come in text order, never cover whitespace and never split a
 * surrogate pair or a base character from its combining marks.
 *
 * @param span where the token is, in UTF-16 offsets of the whole text
 * @param kind what the token is
 */
public record Token(Span span, Kind kind) {

    /** What a token covers. */
    public enum Kind {
        /** Letters (any script), with inner hyphens, apostrophes, {@code &} (AT&amp;T) or abbreviation periods. */
        WORD,
        /** A number as a reader says it: 25,000 / 25’000 / 25.000,50 / 3.2% / 1990s / 1.5bn / 24/7 / 10:30 / 2019-11-19. */
        NUMBER,
        /** Punctuation: . , ; : ! ? quotes, brackets, dashes, ellipses (runs such as {@code ?!} or {@code ...} are one token). */
        PUNCT,
        /** Currency, math and other symbols: $ € % &amp; + = ©, and a lone @ or #. */
        SYMBOL,
        /** http(s)/ftp URLs, www. addresses and bare domains with a known top-level domain. */
        URL,
        /** name@domain.tld */
        EMAIL,
        /** {@code @name} */
        HANDLE,
        /** {@code #tag} with at least one letter */
        HASHTAG,
        /** One emoji with its modifiers: skin tones, variation selectors, ZWJ sequences, flags, keycaps. */
        EMOJI,
        /** Anything else that is not whitespace: controls, unpaired surrogates, unassigned or private-use code points. */
        OTHER
    }

    public Token {
        if (span == null || kind == null) {
            throw new IllegalArgumentException("span and kind are required");
        }
        if (span.isEmpty()) {
            throw new IllegalArgumentException("empty token at " + span);
        }
    }

    /**
     * Index of the first of {@code tokens} (in text order, not overlapping) that ends after
     * {@code offset}: the token holding {@code offset}, else the next one; {@code tokens.size()}
     * when none does. Binary search.
     */
    public static int firstEndingAfter(java.util.List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** The covered text of {@code doc}, the text this token was made from. */
    public String text(String doc) {
        return span.in(doc);
    }
}
