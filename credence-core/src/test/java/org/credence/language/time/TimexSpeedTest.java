package org.credence.language.time;

import java.time.LocalDate;
import java.util.List;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.language.quantity.Quantities;
import org.credence.model.Sentence;
import org.credence.model.Token;
import org.junit.jupiter.api.Test;

/** Prints the cost of time expressions and quantities on an ~800-word article; no timed assertion. */
class TimexSpeedTest {

    @Test
    void printsSpeed() {
        String para = "The European Central Bank left rates unchanged on Thursday, saying inflation eased to 2.4% in October "
                + "from 2.9 per cent a month earlier. The bank will meet again on Dec. 12 and may cut rates early next year. "
                + "Over the past three years it raised rates 10 times. Germany approved a €1.5bn package last week and said "
                + "2,000 jobs were at risk, while about 300 people protested in Munich yesterday at 3 p.m. ET. Since 2014, "
                + "more than 13,000 people have been killed, officials said two days ago, and $2.3 million was pledged. ";
        StringBuilder sb = new StringBuilder();
        while (sb.toString().split("\\s+").length < 800) {
            sb.append(para);
        }
        String text = sb.toString();
        List<Token> tokens = new Tokenizer().tokenize(text);
        List<Sentence> sentences = new SentenceSplitter().split(text, tokens);
        TimeExpressions timex = new TimeExpressions();
        Quantities quantities = new Quantities();
        LocalDate date = LocalDate.of(2019, 11, 19);
        int found = 0;
        for (int k = 0; k < 300; k++) {
            found += timex.find(text, tokens, sentences, date).size() + quantities.find(text, tokens, sentences).size();
        }
        int n = 1000;
        long t0 = System.nanoTime();
        for (int k = 0; k < n; k++) {
            found += timex.find(text, tokens, sentences, date).size();
        }
        long t1 = System.nanoTime();
        for (int k = 0; k < n; k++) {
            found += quantities.find(text, tokens, sentences).size();
        }
        long t2 = System.nanoTime();
        System.out.printf("timex+quantities on %d words, %d tokens: time %.3f ms, quantities %.3f ms per article (%d found)%n",
                text.split("\\s+").length, tokens.size(), (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n, found);
    }
}
