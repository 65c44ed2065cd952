package org.credence.language.quotes;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.credence.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The known misses in {@code golden/quotes/fails}: each must still miss, so the list stays true (a
 * case that starts passing fails here and moves into the tests). Misses not listed are caught by
 * {@link QuoteExtractorTest} and the golden cases of {@link QuotesGoldenTest}, which must all pass.
 */
class QuotesKnownFailsTest {

    @TestFactory
    Stream<DynamicTest> knownFails() throws IOException {
        Path file = Golden.dir("quotes").resolve("fails");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        return lines.stream().map(line -> {
            String[] f = line.split("\t");
            if (f.length != 3 || f[2].isBlank()) {
                throw new IllegalArgumentException("fails line needs 3 tab-separated fields (input, wanted, reason): " + line);
            }
            String input = f[0].replace("\\n", "\n");
            String wanted = f[1];
            return DynamicTest.dynamicTest(f[0], () -> {
                String got = String.join(" || ", QuoteExtractorTest.show(input).strip().split("\n"));
                assertNotEquals(wanted, got, "known miss now passes: move it into the tests and out of fails: " + line);
            });
        });
    }
}
