package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MojibakeEvalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void write(Path file, List<Map<String, String>> cases) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(cases), StandardCharsets.UTF_8);
    }

    @Test
    void countsOursBesideTheIdentityBaseline(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.json"), List.of(
                Map.of("label", "fixable", "original", "cafÃ©", "fixed", "café"),
                Map.of("label", "uncurled by ftfy, encoding fix only", "original", "donâ€™t",
                        "fixed", "don't", "fixed-encoding", "don\u2019t"),
                Map.of("label", "clean", "original", "plain text", "fixed", "plain text")));
        write(dir.resolve("b.json"), List.of(
                Map.of("label", "hopeless", "original", "xyz", "fixed", "abc")));
        Files.writeString(dir.resolve("notes.txt"), "ignored");

        MojibakeEval.Result r = MojibakeEval.evaluate(dir);
        assertEquals(2, r.files().size());
        MojibakeEval.Counts a = r.files().get(0);
        assertEquals(3, a.cases());
        assertEquals(2, a.fixed());
        assertEquals(1, a.unchanged());
        assertEquals(0, a.falsePositives());
        assertEquals(1, a.baselineCorrect());
        assertEquals(4, r.total().cases());
        assertEquals(1, r.total().missed());
        assertTrue(r.table().contains("a.json"), r.table());
        assertTrue(r.table().contains("TOTAL"));
        Map<String, Object> m = r.asMap();
        assertTrue(JSON.writeValueAsString(m).contains("\"baselineCorrect\":1"));
        assertEquals(1, ((List<?>) m.get("wrong")).size());
        assertEquals(3, MojibakeEval.evaluate(dir.resolve("a.json")).total().cases());
    }

    @Test
    void rejectsAFileThatIsNotAListOfCases(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{\"label\": 1}");
        assertThrows(IllegalArgumentException.class, () -> MojibakeEval.evaluate(f));
    }
}
