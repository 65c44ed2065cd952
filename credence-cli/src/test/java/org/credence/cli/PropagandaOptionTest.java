package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --propaganda fast|transformer} on {@code analyze}: the same report shape, the signal's evidence in the text. */
class PropagandaOptionTest {

    private static final String LOADED = "Traitors Sell Out Our Nation\n\n"
            + "The corrupt, treasonous elites in Washington are destroying our great nation with their evil lies. "
            + "These radical extremists hate America and every patriot who loves freedom. "
            + "Wake up, America! They will stop at nothing to crush you.\n";

    private static JsonNode propaganda(JsonNode report) {
        for (JsonNode s : report.get("signals")) {
            if (s.get("id").asText().equals("propaganda")) {
                return s;
            }
        }
        throw new AssertionError("no propaganda signal in " + report);
    }

    @Test
    void theTransformerReplacesThePropagandaSignalAndAnUnknownModelIsAUsageError(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), LOADED);
        CliTest.Run fast = CliTest.run("analyze", in.toString(), "--format", "json");
        CliTest.Run deep = CliTest.run("analyze", in.toString(), "--format", "json", "--propaganda", "transformer");
        assertEquals(0, deep.code(), deep.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(fast.out());
        JsonNode b = json.readTree(deep.out());
        assertEquals(a.get("signals").size(), b.get("signals").size());
        JsonNode p = propaganda(b);
        assertTrue(p.get("evidence").size() > 0, p.toString());
        String text = b.get("text").asText();
        for (JsonNode e : p.get("evidence")) {
            assertEquals(text.substring(e.get("start").asInt(), e.get("end").asInt()), e.get("excerpt").asText());
        }

        CliTest.Run bad = CliTest.run("analyze", in.toString(), "--propaganda", "huge");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--propaganda"), bad.err());
    }
}
