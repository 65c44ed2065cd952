package org.credence.language.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.credence.model.Entity;
import org.credence.model.Sentence;
import org.credence.model.Token;
import org.junit.jupiter.api.Test;

/** Prints model load time, heap and recognition throughput on one thread (no timed assertion). */
class NerSpeedTest {

    private static final String PARAGRAPH = "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State "
            + "Antony Blinken in Geneva on Friday, the State Department said. The World Health Organization "
            + "warned that cases were rising in Brazil, India and South Africa. Shares of Apple Inc. fell 3% on "
            + "the Nasdaq after the company said iPhone sales in China slowed. \"We will respond,\" Lavrov told "
            + "reporters in Moscow, adding that NATO had ignored Russian concerns. Democrats in the Senate "
            + "called for an inquiry led by Sen. Elizabeth Warren of Massachusetts.\n\n";

    @Test
    void throughput() {
        long t0 = System.nanoTime();
        NerModel model = NerModel.loadDefault();
        double load = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        EntityRecognizer r = new EntityRecognizer(model);
        String text = PARAGRAPH.repeat(8);
        List<Token> tokens = EntityRecognizerTest.TOKENIZER.tokenize(text);
        List<Sentence> sentences = EntityRecognizerTest.SPLITTER.split(text, tokens);
        List<Entity> out = r.recognize(text, tokens, sentences);
        assertFalse(out.isEmpty());
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            r.recognize(text, tokens, sentences);
        }
        int runs = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < 2_000_000_000L) {
            r.recognize(text, tokens, sentences);
            runs++;
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("NER: load %.2f s, heap after load %d MB, %,.0f tokens/s (one thread, %d-token article, "
                + "%d entities)%n", load, heap, runs * (double) tokens.size() / secs, tokens.size(), out.size());
    }
}
