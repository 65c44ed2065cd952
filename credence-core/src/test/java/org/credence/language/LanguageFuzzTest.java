package org.credence.language;

import org.credence.model.Token;
import java.util.List;
import java.util.Random;
import org.credence.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Random strings (fixed seeds) never make the tokenizer or splitter throw, and always satisfy the
 * offset invariants of {@link TokenChecks}; tokenizing a sub-span equals tokenizing its text alone.
 */
class LanguageFuzzTest {

    private static final String[] PIECES = {
        "U.S.", "Dr.", "Mr", ".", "..", "...", "…", "?!", "!", "?", ",", ";", ":", "'", "’", "‘", "\"", "“", "”",
        "(", ")", "[", "]", "-", "--", "—", "–", "/", "@", "#", "$", "%", "&", "+", "−", "*", "\n", "\n\n", "\r\n",
        " ", " ", " ", "\t", "\u00A0", "\u200B", "\u200D", "\u00AD", "\uFE0F", "\u0301", "\u20E3", "don't", "it's",
        "O'Brien", "25’000", "3.2%", "1990s", "2019-11-19", "10:30", "24/7", "http://", "https://x.org/a(b)",
        "www.", "example.com", ".com", "a@b.co", "@", "#tag", "J.", "e.g.", "Inc.", "No.", "No. 10", "Привет",
        "北京", "😀", "👍🏽", "👨‍👩‍👧", "🇺🇸", "1️⃣", "\uD800", "\uDC00", "\u0007", "Word", "word", "The", "9", "0.5",
        "-5", "+", "'90s", "workers'", "AT&T", "state-of-the-art", "\u2029", "•", "1."
    };

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void randomCodePoints() {
        Random r = new Random(20261127L);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(60);
            for (int k = 0; k < len; k++) {
                int pick = r.nextInt(10);
                if (pick < 4) {
                    sb.append((char) (32 + r.nextInt(95)));
                } else if (pick < 6) {
                    sb.append((char) r.nextInt(0x10000));
                } else if (pick < 8) {
                    sb.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1));
                } else {
                    sb.append(" .,'’-\n@#".charAt(r.nextInt(9)));
                }
            }
            check(sb.toString(), "random #" + n, r);
        }
    }

    @Test
    void randomPiecesOfNewsText() {
        Random r = new Random(7L);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(25);
            for (int k = 0; k < len; k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            check(sb.toString(), "pieces #" + n, r);
        }
    }

    private void check(String text, String caseName, Random r) {
        String name = caseName + " " + escape(text);
        List<Token> tokens = tokenizer.tokenize(text);
        TokenChecks.tokens(text, tokens, name);
        TokenChecks.sentences(text, tokens, splitter.split(text, tokens), name);
        if (text.length() > 2) {
            int a = r.nextInt(text.length());
            int b = a + r.nextInt(text.length() - a + 1);
            if (b < text.length() && b > 0 && Character.isHighSurrogate(text.charAt(b - 1)) && Character.isLowSurrogate(text.charAt(b))) {
                return;
            }
            if (a > 0 && Character.isHighSurrogate(text.charAt(a - 1)) && Character.isLowSurrogate(text.charAt(a))) {
                return;
            }
            List<Token> inside = tokenizer.tokenize(text, new Span(a, b));
            List<Token> alone = tokenizer.tokenize(text.substring(a, b));
            if (inside.size() != alone.size()) {
                throw new AssertionError(name + ": sub-span [" + a + ", " + b + ") gives " + inside.size()
                        + " tokens, its text alone " + alone.size());
            }
            for (int k = 0; k < alone.size(); k++) {
                if (!alone.get(k).span().shift(a).equals(inside.get(k).span()) || alone.get(k).kind() != inside.get(k).kind()) {
                    throw new AssertionError(name + ": sub-span token " + k + " differs");
                }
            }
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp >= 32 && cp < 127) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(String.format("\\u{%X}", cp));
            }
        });
        return sb.toString();
    }
}
