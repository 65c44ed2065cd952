package org.credence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden files: {@code src/test/resources/golden/<stage>/<case>.expected.json} compared whole.
 * Run with {@code -Dcredence.golden.update=true} to rewrite them, then review the diff.
 */
public final class Golden {

    private Golden() {
    }

    /** Pretty JSON with one array element per line, for readable golden diffs. */
    public static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** Turns one case's input into the text its {@code .expected.json} must equal. */
    @FunctionalInterface
    public interface Renderer {
        String render(String caseName, String input) throws Exception;
    }

    /**
     * One dynamic test per {@code .txt} or {@code .html} case of {@code golden/<stage>/}, in name
     * order: the rendered case is compared whole with {@code <case>.expected.json}.
     */
    public static Stream<DynamicTest> cases(String stage, Renderer renderer) throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir(stage))) {
            cases = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            String base = name.substring(0, name.lastIndexOf('.'));
            compare(p.resolveSibling(base + ".expected.json"),
                    renderer.render(name, Files.readString(p, StandardCharsets.UTF_8)));
        }));
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
