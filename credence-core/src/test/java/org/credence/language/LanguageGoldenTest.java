package org.credence.language;

import org.credence.model.Token;
import org.credence.model.Sentence;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.credence.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code golden/language/*.txt} through the tokenizer and splitter, compared whole with its
 * {@code .expected.json}: one line per sentence ({@code start end | text}) and per token
 * ({@code start end KIND text}). Regenerate with {@code -Dcredence.golden.update=true} and review the diff.
 */
class LanguageGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        return Golden.cases("language", (name, text) -> {
            List<Token> tokens = tokenizer.tokenize(text);
            List<Sentence> sentences = splitter.split(text, tokens);
            TokenChecks.tokens(text, tokens, name);
            TokenChecks.sentences(text, tokens, sentences, name);
            return summary(text, tokens, sentences) + "\n";
        });
    }

    static String summary(String text, List<Token> tokens, List<Sentence> sentences) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode ss = o.putArray("sentences");
        for (Sentence s : sentences) {
            ss.add(s.span().start() + " " + s.span().end() + " | " + s.text(text));
        }
        ArrayNode ts = o.putArray("tokens");
        for (Token t : tokens) {
            ts.add(t.start() + " " + t.end() + " " + t.kind() + " " + t.text(text));
        }
        return Golden.JSON.writeValueAsString(o);
    }
}
