package org.credence.language.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.language.quantity.Quantities;
import org.credence.model.Quantity;
import org.credence.model.Sentence;
import org.credence.model.TimeExpression;
import org.credence.model.Token;
import org.junit.jupiter.api.Test;

/** Random strings from a date-and-number-heavy alphabet never throw and keep the span invariants. */
class TimexFuzzTest {

    private static final String[] PIECES = {"1", "2019", "19", "12", "-", "–", "/", ".", ",", "’", "'", " ", " ", " ",
            "Nov.", "May", "Monday", "last", "week", "early", "this", "ago", "two", "days", "$", "€", "£", "US", "%",
            "percent", "per", "cent", "million", "bn", "m", "k", "a.m.", "p.m.", "ET", "at", "on", "in", "from", "to",
            "between", "and", "the", "1990s", "’90s", "people", "troops", "km", "°", "C", "hundreds", "of", "\n\n",
            "ноября", "года", "Mrd", "25.000,50", "10:30", "3pm", "every", "yesterday", "0", "99", "31", "2-1", "\uD83D\uDE00"};

    @Test
    void randomStringsKeepInvariants() {
        Random r = new Random(42);
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        TimeExpressions timex = new TimeExpressions();
        Quantities quantities = new Quantities();
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(30);
            for (int k = 0; k < len; k++) {
                sb.append(r.nextInt(8) == 0 ? String.valueOf((char) r.nextInt(0x3000)) : PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            List<Token> tokens = tokenizer.tokenize(text);
            List<Sentence> sentences = splitter.split(text, tokens);
            LocalDate date = r.nextBoolean() ? null : LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28));
            List<TimeExpression> ts = timex.find(text, tokens, sentences, date);
            int last = 0;
            for (TimeExpression t : ts) {
                assertTrue(t.span().start() >= last && t.span().end() <= text.length() && !t.span().isEmpty(), text + " " + ts);
                last = t.span().end();
            }
            List<Quantity> qs = quantities.find(text, tokens, sentences);
            last = 0;
            for (Quantity q : qs) {
                assertTrue(q.span().start() >= last && q.span().end() <= text.length(), text + " " + qs);
                assertEquals(q.text(), q.span().in(text));
                last = q.span().end();
            }
        }
    }
}
