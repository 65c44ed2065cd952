package org.credence.language;

import org.credence.model.Token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.credence.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The known misses in {@code golden/language/fails}: each must still miss, so the list stays true.
 * A case whose reason starts with "(passes" documents a behaviour at the edge and must pass.
 */
class KnownFailsTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @TestFactory
    Stream<DynamicTest> knownFails() throws IOException {
        Path file = Golden.dir("language").resolve("fails");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        return lines.stream().map(line -> {
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalArgumentException("fails line needs 4 tab-separated fields: " + line);
            }
            String input = f[1].replace("\\n", "\n");
            String wanted = f[2];
            boolean passes = f[3].startsWith("(passes");
            return DynamicTest.dynamicTest(f[0] + ": " + f[1], () -> {
                String got = f[0].equals("tokens") ? tokens(input) : sentences(input);
                if (passes) {
                    assertEquals(wanted, got, "documented edge case changed: " + line);
                } else {
                    assertNotEquals(wanted, got, "known miss now passes: move it into the tests and out of fails: " + line);
                }
            });
        });
    }

    private String tokens(String text) {
        return tokenizer.tokenize(text).stream().map(t -> t.text(text)).collect(Collectors.joining(" "));
    }

    private String sentences(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        return splitter.split(text, tokens).stream().map(s -> s.text(text).replace("\n", "\\n"))
                .collect(Collectors.joining(" || "));
    }
}
