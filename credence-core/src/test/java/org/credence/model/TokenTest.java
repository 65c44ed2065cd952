package org.credence.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTest {

    @Test
    void firstEndingAfterFindsTheTokenHoldingAnOffsetOrTheNextOne() {
        // "ab cd  ef": tokens [0,2) [3,5) [7,9)
        List<Token> t = List.of(new Token(new Span(0, 2), Token.Kind.WORD), new Token(new Span(3, 5), Token.Kind.WORD),
                new Token(new Span(7, 9), Token.Kind.WORD));
        assertEquals(0, Token.firstEndingAfter(t, 0));
        assertEquals(0, Token.firstEndingAfter(t, 1));
        assertEquals(1, Token.firstEndingAfter(t, 2), "the space after a token belongs to the next one");
        assertEquals(1, Token.firstEndingAfter(t, 4));
        assertEquals(2, Token.firstEndingAfter(t, 5));
        assertEquals(2, Token.firstEndingAfter(t, 8));
        assertEquals(3, Token.firstEndingAfter(t, 9), "past the last token: the size");
        assertEquals(0, Token.firstEndingAfter(List.of(), 5));
    }
}
