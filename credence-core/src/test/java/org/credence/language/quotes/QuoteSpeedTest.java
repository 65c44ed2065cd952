package org.credence.language.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.model.Sentence;
import org.credence.model.Token;
import org.credence.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Prints the time of the quote stage alone (tokens, sentences and entity hints prepared beforehand),
 * warm, on the PolNeAR dev texts, in ms per article; no timed assertion. Skipped without the shared data.
 */
class QuoteSpeedTest {

    private record Input(String text, List<Token> tokens, List<Sentence> sentences, List<EntityHint> hints) {
    }

    @Test
    void quoteStageOnDevTexts() throws Exception {
        Path dir = SharedData.require("polnear/data/dev").resolve("text");
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        List<Input> inputs = new ArrayList<>();
        long words = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                List<Token> tokens = tokenizer.tokenize(text);
                List<Sentence> sentences = splitter.split(text, tokens);
                inputs.add(new Input(text, tokens, sentences, CapitalisedNames.find(text, tokens, sentences)));
                words += tokens.stream().filter(t -> t.kind() == Token.Kind.WORD).count();
            }
        }
        QuoteExtractor extractor = new QuoteExtractor();
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            for (Input in : inputs) {
                sink += extractor.extract(in.text, in.tokens, in.sentences, in.hints).size();
            }
        }
        int rounds = 5;
        long t0 = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (Input in : inputs) {
                sink += extractor.extract(in.text, in.tokens, in.sentences, in.hints).size();
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6 / rounds / inputs.size();
        System.out.printf("quote stage alone: %d dev articles, %.0f words/article on average: %.3f ms/article [sink %d]%n",
                inputs.size(), (double) words / inputs.size(), ms, sink);
        assertTrue(sink > 0);
    }
}
