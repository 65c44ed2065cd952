package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The eval subcommands on small fixtures in each set's format: tables, JSON and bad paths. */
class EvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mojibakeTableAndJson() throws Exception {
        CliTest.Run table = CliTest.run("eval", "mojibake", "--data", "src/test/resources/eval/mojibake-cases.json");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("TOTAL"), table.out());
        CliTest.Run json = CliTest.run("eval", "mojibake", "--data", "src/test/resources/eval/mojibake-cases.json", "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode m = JSON.readTree(json.out());
        assertEquals(3, m.at("/total/cases").asInt(), json.out());
        assertEquals(3, m.at("/total/correct").asInt(), "all three fixture cases are handled: " + json.out());
    }

    @Test
    void extractionOnAOnePageBenchmark() throws Exception {
        CliTest.Run r = CliTest.run("eval", "extraction", "--data", "src/test/resources/eval/extraction", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode m = JSON.readTree(r.out());
        assertEquals(1.0, m.at("/ours/f1").asDouble(), 1e-9, r.out());
        assertTrue(m.at("/baseline_body_text/precision").asDouble() < 0.9, "the baseline keeps the furniture: " + r.out());
    }

    @Test
    void missingDataIsBadInputAndBadSplitIsUsage() {
        CliTest.Run missing = CliTest.run("eval", "extraction", "--data", "no/such/dir");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no data at"), missing.err());
        assertEquals(2, CliTest.run("eval", "extraction", "--data", "x", "--split", "nope").code());
        assertEquals(2, CliTest.run("eval").code(), "an evaluation must be named");
        assertEquals(0, CliTest.run("eval", "--help").code());
    }
}
