package org.credence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: {@code src/test/resources/golden/<stage>/<case>.expected.json} compared whole.
 * Run with {@code -Dcredence.golden.update=true} to rewrite them, then review the diff.
 */
public final class Golden {

    private Golden() {
    }

    public static Path dir(String stage) {
        return Path.of("src/test/resources/golden", stage);
    }

    public static void compare(Path expectedFile, String actual) throws IOException {
        if (Boolean.getBoolean("credence.golden.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            throw new AssertionError(expectedFile + " is missing; run with -Dcredence.golden.update=true to create it, then review it");
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, "golden file " + expectedFile);
    }
}
