package org.credence.language.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.credence.language.quantity.QuantitiesProbe;
import org.credence.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The known misses in {@code golden/timex/fails}: each must still miss, so the list stays true. */
class TimexKnownFailsTest {

    @TestFactory
    Stream<DynamicTest> knownFails() throws IOException {
        List<String> lines = Files.readAllLines(Golden.dir("timex").resolve("fails"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        return lines.stream().map(line -> {
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalArgumentException("fails line needs 4 tab-separated fields: " + line);
            }
            return DynamicTest.dynamicTest(f[0] + ": " + f[1], () -> {
                String got = f[0].equals("timex") ? TimeExpressionsTest.describe(f[1], TimeExpressionsTest.TUESDAY)
                        : QuantitiesProbe.describe(f[1]);
                if (f[3].startsWith("(passes")) {
                    assertEquals(f[2], got, "documented edge case changed: " + line);
                } else {
                    assertNotEquals(f[2], got, "known miss now passes: move it into the tests and out of fails: " + line);
                }
            });
        });
    }
}
