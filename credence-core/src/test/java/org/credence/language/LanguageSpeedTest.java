package org.credence.language;

import org.credence.model.Token;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.credence.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Prints tokenizer and splitter throughput on the golden paragraphs (no timed assertion), and
 * guards against quadratic work on long pathological inputs with a generous hang limit.
 */
class LanguageSpeedTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void throughput() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(Golden.dir("language"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                sb.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        String article = sb.toString();
        while (article.length() < 5000) {
            article = article + article;
        }
        article = article.substring(0, 5000);
        long sink = 0;
        for (int k = 0; k < 3000; k++) {
            sink += splitter.split(article, tokenizer.tokenize(article)).size();
        }
        int rounds = 4000;
        long t0 = System.nanoTime();
        for (int k = 0; k < rounds; k++) {
            sink += tokenizer.tokenize(article).size();
        }
        long t1 = System.nanoTime();
        List<Token> tokens = tokenizer.tokenize(article);
        for (int k = 0; k < rounds; k++) {
            sink += splitter.split(article, tokens).size();
        }
        long t2 = System.nanoTime();
        double tokUs = (t1 - t0) / 1e3 / rounds;
        double splitUs = (t2 - t1) / 1e3 / rounds;
        System.out.printf("language speed: 5,000-char article, %d tokens: tokenize %.1f µs (%.1f M chars/s), split %.1f µs, both %.1f µs (%.1f M chars/s) [sink %d]%n",
                tokens.size(), tokUs, 5000 / tokUs, splitUs, tokUs + splitUs, 5000 / (tokUs + splitUs), sink);
        assertTrue(sink > 0);
    }

    @Test
    void longPathologicalInputsStayLinear() {
        String[] units = {"a.", "a", "1,", "a@", "a-", "x.com.", "’", "\u0301", "...", "U.S.", "@", "#", "a'", "😀\u200D", " \n"};
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String u : units) {
                String text = u.repeat(400_000 / u.length());
                List<Token> tokens = tokenizer.tokenize(text);
                splitter.split(text, tokens);
            }
        });
    }
}
