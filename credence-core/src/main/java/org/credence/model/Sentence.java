package org.credence.model;

import java.util.List;

/**
 * One sentence: its span in the text and the half-open range {@code [firstToken, endToken)} of
 * indexes into the token list it was split from.
 *
 * <p>The span runs from the start of the first token to the end of the last one, so it never
 * starts or ends with whitespace and never cuts a token.
 *
 * @param span       from the first token's start to the last token's end
 * @param firstToken index of the first token
 * @param endToken   index one past the last token (at least {@code firstToken + 1})
 */
public record Sentence(Span span, int firstToken, int endToken) {

    public Sentence {
        if (span == null) {
            throw new IllegalArgumentException("span is required");
        }
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("bad token range [" + firstToken + ", " + endToken + ")");
        }
    }

    public int tokenCount() {
        return endToken - firstToken;
    }

    /** This sentence's tokens, a view of {@code tokens}, the list it was split from. */
    public List<Token> tokens(List<Token> tokens) {
        return tokens.subList(firstToken, endToken);
    }

    /** The covered text of {@code doc}. */
    public String text(String doc) {
        return span.in(doc);
    }
}
