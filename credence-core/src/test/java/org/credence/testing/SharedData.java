package org.credence.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/data (system property {@code credence.shared.data}); tests skip with a message without it. */
public final class SharedData {

    private SharedData() {
    }

    public static Path require(String set) {
        String root = System.getProperty("credence.shared.data", "../../shared/data");
        Path p = Path.of(root, set);
        assumeTrue(Files.exists(p), "shared data set " + set + " not found at " + p.toAbsolutePath() + "; skipping");
        return p;
    }
}
