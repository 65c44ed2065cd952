package org.credence.language;

import org.credence.model.Token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.credence.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sharp edges of {@link Tokenizer}: each case is an input and its tokens joined by single spaces. */
class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private String tokens(String text) {
        List<Token> ts = tokenizer.tokenize(text);
        TokenChecks.tokens(text, ts, text);
        return ts.stream().map(t -> t.text(text)).collect(Collectors.joining(" "));
    }

    private String kinds(String text) {
        return tokenizer.tokenize(text).stream().map(t -> t.kind().name()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        // abbreviations and initials
        "Dr. Smith met Mr. Jones.                    | Dr. Smith met Mr. Jones .",
        "the U.S. economy                            | the U.S. economy",
        "in the U.S.                                 | in the U.S.",
        "Gov. Newsom and Sen. Warren                 | Gov. Newsom and Sen. Warren",
        "Apple Inc. said on Jan. 5                   | Apple Inc. said on Jan. 5",
        "No. 10 Downing St.                          | No. 10 Downing St.",
        "He said no.                                 | He said no .",
        "e.g. apples, i.e. fruit, etc.               | e.g. apples , i.e. fruit , etc.",
        "at 10 a.m. local time                       | at 10 a.m. local time",
        "J. K. Rowling                               | J. K. Rowling",
        "George W. Bush                              | George W. Bush",
        "a Ph.D. student                             | a Ph.D. student",
        "U.S.-led coalition                          | U.S.-led coalition",
        "the U.S.'s debt                             | the U.S. 's debt",
        "Vitamin C.                                  | Vitamin C.",
        "It ended.                                   | It ended .",
        "It ended.The next                           | It ended . The next",
        "etc...                                      | etc ...",
        // numbers
        "25’000 people                               | 25’000 people",
        "25,000 and 25.000,50                        | 25,000 and 25.000,50",
        "$1.5 billion                                | $ 1.5 billion",
        "£1.5bn and €20m                             | £ 1.5bn and € 20m",
        "rose 3.2% to                                | rose 3.2% to",
        "in the 1990s and ’90s                       | in the 1990s and ’90s",
        "open 24/7 from 10:30                        | open 24/7 from 10:30",
        "on 2019-11-19.                              | on 2019-11-19 .",
        "in 2019. It                                 | in 2019 . It",
        "a 2-1 win, 1990–2000                        | a 2-1 win , 1990–2000",
        "temperatures of -5 degrees, +3.2%           | temperatures of -5 degrees , +3.2%",
        "the 21st century at 5pm                     | the 21st century at 5pm",
        "5G and 3D                                   | 5G and 3D",
        "the 1990's                                  | the 1990 's",
        "0.5 and .5                                  | 0.5 and .5",
        // words, hyphens, dashes
        "a well-known state-of-the-art tool          | a well-known state-of-the-art tool",
        "COVID-19 and a 2-year-old                   | COVID-19 and a 2-year-old",
        "yes — no – maybe -- or---so                 | yes — no – maybe -- or --- so",
        "Paris–Berlin                                | Paris – Berlin",
        "AT&T and S&P 500, R & D                     | AT&T and S&P 500 , R & D",
        // contractions and apostrophes
        "don't can't won't                           | do n't ca n't wo n't",
        "Trump's they're I'm we'd it'll we've        | Trump 's they 're I 'm we 'd it 'll we 've",
        "Trump’s didn’t                              | Trump ’s did n’t",
        "O'Brien's rock'n'roll                       | O'Brien 's rock'n'roll",
        "the workers' union                          | the workers ' union",
        "DON'T                                       | DO N'T",
        "cannot                                      | cannot",
        // quotes, ellipses, terminal runs
        "~\"He left.\" She said~                      | \" He left . \" She said",
        "“Why?” he asked…                            | “ Why ? ” he asked …",
        "What?! Really... no!!!                      | What ?! Really ... no !!!",
        "‘quoted’ and 'single'                       | ‘ quoted ’ and ' single '",
        "(see above) [1] {x}                         | ( see above ) [ 1 ] { x }",
        // web
        "see https://example.com/a?b=1&c=2.          | see https://example.com/a?b=1&c=2 .",
        "(http://en.wikipedia.org/wiki/A_(b))        | ( http://en.wikipedia.org/wiki/A_(b) )",
        "visit www.bbc.co.uk/news, now               | visit www.bbc.co.uk/news , now",
        "at example.com. Then                        | at example.com . Then",
        "reuters.com’s story                         | reuters.com ’s story",
        "he said.it was                              | he said . it was",
        "mail press@example.org today                | mail press@example.org today",
        "@AP_Politics and #Election2024 #1           | @AP_Politics and #Election2024 # 1",
        // scripts and emoji
        "Привет, мир!                                | Привет , мир !",
        "Ελλάδα and Москва-Сити                      | Ελλάδα and Москва-Сити",
        "北京欢迎你                                   | 北 京 欢 迎 你",
        "café naïve                                  | café naïve",
    })
    void tokens(String input, String expected) {
        assertEquals(expected.strip(), tokens(input.strip()), input);
    }

    @Test
    void kinds() {
        assertEquals("SYMBOL NUMBER WORD", kinds("$1.5 billion"));
        assertEquals("URL PUNCT EMAIL HANDLE HASHTAG", kinds("https://x.org/a, a@b.co @jo #tag"));
        assertEquals("NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER", kinds("25’000 25,000 25.000,50 1.5bn 3.2% 1990s 2019-11-19"));
        assertEquals("WORD WORD PUNCT PUNCT PUNCT", kinds("don't — … ?!"));
        assertEquals("WORD WORD", kinds("Москва Київ"));
        assertEquals("SYMBOL SYMBOL SYMBOL SYMBOL", kinds("% & + ©"));
    }

    @Test
    void emojiAndSurrogatesStayWhole() {
        String text = "Hi 👍🏽 👨‍👩‍👧 🇺🇸🇬🇧 1️⃣ ❤️ ok 𝐁old 😀😀";
        List<Token> ts = tokenizer.tokenize(text);
        TokenChecks.tokens(text, ts, "emoji");
        assertEquals("Hi 👍🏽 👨‍👩‍👧 🇺🇸 🇬🇧 1️⃣ ❤️ ok 𝐁old 😀 😀",
                ts.stream().map(t -> t.text(text)).collect(Collectors.joining(" ")));
        assertEquals(Token.Kind.EMOJI, ts.get(1).kind());
        assertEquals(Token.Kind.EMOJI, ts.get(2).kind());
        assertEquals(Token.Kind.EMOJI, ts.get(3).kind());
    }

    @Test
    void combiningMarksStayWithTheirBase() {
        String text = "cafe\u0301 \u0301x n\u0303o";
        List<Token> ts = tokenizer.tokenize(text);
        TokenChecks.tokens(text, ts, "marks");
        assertEquals(List.of("cafe\u0301", "\u0301", "x", "n\u0303o"), ts.stream().map(t -> t.text(text)).toList());
    }

    @Test
    void zeroWidthAndNonBreakingSpacesSeparate() {
        String text = "a\u00A0b\u200Bc\uFEFFd\u202Fe\u2009f";
        assertEquals("a b c d e f", tokens(text));
    }

    @Test
    void withinGivesOffsetsIntoTheWholeTextAndLooksNowhereElse() {
        String text = "Intro. Dr. Smith's plan costs $5bn. Outro";
        Span within = new Span(7, 35);
        List<Token> inside = tokenizer.tokenize(text, within);
        assertEquals(7, inside.get(0).start());
        List<Token> alone = tokenizer.tokenize(text.substring(7, 35));
        assertEquals(alone.size(), inside.size());
        for (int k = 0; k < alone.size(); k++) {
            assertEquals(alone.get(k).span().shift(7), inside.get(k).span());
            assertEquals(alone.get(k).kind(), inside.get(k).kind());
            assertEquals(alone.get(k).text(text.substring(7, 35)), inside.get(k).text(text));
        }
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> tokenizer.tokenize(null));
        assertThrows(IllegalArgumentException.class, () -> tokenizer.tokenize("abc", new Span(1, 4)));
        assertThrows(IllegalArgumentException.class, () -> tokenizer.tokenize("a😀b", new Span(0, 2)));
        assertEquals(List.of(), tokenizer.tokenize(""));
        assertEquals(List.of(), tokenizer.tokenize(" \n\t\u00A0"));
    }

    @Test
    void loneSurrogatesAndControlsAreOther() {
        String text = "a\uD800b \uDC00 \u0007";
        List<Token> ts = tokenizer.tokenize(text);
        TokenChecks.tokens(text, ts, "lone");
        assertEquals("WORD OTHER WORD OTHER OTHER", ts.stream().map(t -> t.kind().name()).collect(Collectors.joining(" ")));
    }
}
