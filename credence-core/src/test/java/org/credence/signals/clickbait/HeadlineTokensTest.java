package org.credence.signals.clickbait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTokensTest {

    private static List<String> forms(String s) {
        return HeadlineTokens.of(s).stream().map(HeadlineTokens.Token::form).toList();
    }

    @Test
    void offsetsCoverTheTextOfEachToken() {
        String h = "  You Won’t Believe What U.S. Fans Paid: $2.5 Million!";
        for (HeadlineTokens.Token t : HeadlineTokens.of(h)) {
            String raw = h.substring(t.start(), t.end());
            assertEquals(t.kind() == HeadlineTokens.Kind.MARK ? 1 : raw.length(), raw.length(), raw);
            if (t.kind() == HeadlineTokens.Kind.WORD) {
                assertEquals(raw.replace('’', '\'').toLowerCase(java.util.Locale.ROOT), t.form(), raw);
            }
        }
        assertEquals(List.of("you", "won't", "believe", "what", "u.s.", "fans", "paid", ":", "$", "<num>", "million"),
                forms(h));
    }

    @Test
    void numbersBecomeShapes() {
        assertEquals(List.of("<n>", "things", "from", "<year>", "and", "<num>", "more"),
                forms("17 Things From 2016 And 1,000 More"));
    }

    @Test
    void questionAndExclamationMarksAreDropped() {
        assertEquals(forms("Can You Guess This Song"), forms("Can You Guess This Song?!"));
    }

    @Test
    void hyphensSplitWords() {
        assertEquals(List.of("late", "night", "vote"), forms("Late-Night Vote"));
    }

    @Test
    void quotedWordsAreMarkedButPossessivesOpenNothing() {
        List<HeadlineTokens.Token> t = HeadlineTokens.of("Mayor: 'You will see' as teachers' pay rises");
        List<String> quoted = t.stream().filter(HeadlineTokens.Token::quoted).map(HeadlineTokens.Token::form).toList();
        assertEquals(List.of("'", "you", "will", "see", "'"), quoted);
        assertFalse(t.get(t.size() - 1).quoted());

        List<HeadlineTokens.Token> d = HeadlineTokens.of("The New \u201cStar Wars\u201d Trailer Is Here");
        assertTrue(d.stream().filter(x -> x.form().equals("star")).findFirst().orElseThrow().quoted());
        assertFalse(d.stream().filter(x -> x.form().equals("trailer")).findFirst().orElseThrow().quoted());
        assertTrue(HeadlineTokens.of("Teachers' pay rises again").stream().noneMatch(HeadlineTokens.Token::quoted));
    }

    @Test
    void emptyAndPunctuationOnlyHeadlinesHaveNoWords() {
        assertEquals(0, HeadlineTokens.words(HeadlineTokens.of("")));
        assertEquals(0, HeadlineTokens.words(HeadlineTokens.of("?!—…")));
    }
}
