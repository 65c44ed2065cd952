package org.credence.repair.mojibake;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.eval.MojibakeEval;
import org.junit.jupiter.api.Test;

/**
 * Runs ftfy's test cases (read from {@code credence.shared.data}) and compares the outcome with
 * {@code repair/mojibake.fails}: listed cases must fail, all others must pass.
 */
class FtfyCasesTest {

    private static Path casesDir() {
        String dir = System.getProperty("credence.shared.data");
        Path p = dir == null ? null : Path.of(dir, "ftfy-testcases");
        assumeTrue(p != null && Files.isDirectory(p),
                "ftfy test cases not found (system property credence.shared.data=" + dir + "); skipped");
        return p;
    }

    static Map<String, String> knownFails() throws IOException {
        Map<String, String> fails = new HashMap<>();
        try (InputStream in = FtfyCasesTest.class.getResourceAsStream("/repair/mojibake.fails")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertTrue(f.length == 3 && !f[2].isBlank(), "bad fails line (file TAB label TAB reason): " + line);
                fails.put(f[0] + "\t" + f[1], f[2]);
            }
        }
        return fails;
    }

    @Test
    void everyCaseMatchesTheFailsFile() throws IOException {
        MojibakeEval.Result r = MojibakeEval.evaluate(casesDir());
        Map<String, String> fails = knownFails();
        List<String> wrong = new ArrayList<>();
        for (MojibakeEval.Outcome o : r.outcomes()) {
            String key = o.file() + "\t" + o.label();
            boolean listed = fails.containsKey(key);
            if (o.correct() && listed) {
                wrong.add("now passes, remove from mojibake.fails: " + key);
            } else if (!o.correct() && !listed) {
                wrong.add(o.kind() + " not in mojibake.fails: " + key + "\n    expected: " + o.expected()
                        + "\n    actual:   " + o.actual());
            }
        }
        System.out.println(r.table());
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void negativesAreNeverChanged() {
        MojibakeEval.Result r = MojibakeEval.evaluate(casesDir().resolve("negative.json"));
        for (MojibakeEval.Outcome o : r.outcomes()) {
            if (!o.shouldChange() && !o.label().startsWith("Sort of negative")) {
                assertTrue(o.correct(), "changed a negative case: " + o.label() + " -> " + o.actual());
            }
        }
    }
}
