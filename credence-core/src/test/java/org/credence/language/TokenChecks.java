package org.credence.language;

import org.credence.model.Token;
import org.credence.model.Sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** The offset invariants every token and sentence list must satisfy, with messages that name the case. */
final class TokenChecks {

    private TokenChecks() {
    }

    /** Tokens in order, not overlapping, inside the text, never on a surrogate or mark boundary; whitespace only between them. */
    static void tokens(String text, List<Token> tokens, String caseName) {
        int prevEnd = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String where = caseName + ": token " + k + " " + t;
            assertTrue(t.start() >= prevEnd, where + " overlaps or is out of order");
            assertTrue(t.end() <= text.length(), where + " outside text");
            assertFalse(t.span().isEmpty(), where + " empty");
            assertEquals(text.substring(t.start(), t.end()), t.text(text), where);
            assertFalse(splitsPair(text, t.start()) || splitsPair(text, t.end()), where + " splits a surrogate pair");
            assertFalse(t.end() < text.length() && Chars.isExtender(text.codePointAt(t.end())),
                    where + " leaves a combining mark behind");
            for (int i = t.start(); i < t.end(); i++) {
                assertFalse(Character.isWhitespace(text.charAt(i)), where + " covers whitespace");
            }
            for (int i = prevEnd; i < t.start(); i++) {
                int cp = text.codePointAt(i);
                assertTrue(Chars.isSpace(cp) || Character.isLowSurrogate(text.charAt(i)),
                        caseName + ": uncovered non-space U+" + Integer.toHexString(cp) + " at " + i);
            }
            prevEnd = t.end();
        }
        for (int i = prevEnd; i < text.length(); i++) {
            int cp = text.codePointAt(i);
            assertTrue(Chars.isSpace(cp) || Character.isLowSurrogate(text.charAt(i)),
                    caseName + ": uncovered trailing non-space at " + i);
        }
    }

    /** Sentences cover every token once, in order, with spans from first token start to last token end. */
    static void sentences(String text, List<Token> tokens, List<Sentence> sentences, String caseName) {
        int next = 0;
        for (Sentence s : sentences) {
            assertEquals(next, s.firstToken(), caseName + ": sentence " + s + " does not follow the one before");
            assertEquals(tokens.get(s.firstToken()).start(), s.span().start(), caseName + ": sentence start");
            assertEquals(tokens.get(s.endToken() - 1).end(), s.span().end(), caseName + ": sentence end");
            next = s.endToken();
        }
        assertEquals(tokens.size(), next, caseName + ": sentences do not cover all tokens");
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
