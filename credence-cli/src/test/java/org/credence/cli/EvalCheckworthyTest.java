package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code credence eval checkworthy} on a small CheckThat!-layout fixture of sentences we wrote. */
class EvalCheckworthyTest {

    private static final String DIR = "src/test/resources/eval/checkworthy/";

    @Test
    void rankingFiguresBesideBaselinesOnEveryDebateOfAnUnseenFile() throws Exception {
        CliTest.Run r = CliTest.run("eval", "checkworthy", "--data", DIR + "debates.csv", "--train", DIR + "train.csv", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode m = new ObjectMapper().readTree(r.out());
        assertEquals("all", m.at("/scope").asText(), "no debate of the file was trained on: " + r.out());
        assertEquals(2, m.at("/debates").size());
        assertEquals(3, m.at("/check_worthy").asInt());
        JsonNode systems = m.at("/systems");
        assertTrue(systems.has("credence") && systems.has("tf-idf + LR (same training debates)"), r.out());
        assertTrue(systems.has("random order (mean of 100)") && systems.has("majority (all equal: transcript order)"), r.out());
        assertTrue(systems.at("/credence/map").asDouble() >= 0.9,
                "the lines with figures and past votes rank first: " + r.out());
        CliTest.Run table = CliTest.run("eval", "checkworthy", "--data", DIR + "debates.csv", "--train", DIR + "train.csv");
        assertTrue(table.out().contains("MAP") && table.out().contains("P@10"), table.out());
    }

    @Test
    void badScopeIsUsageAndMissingDataIsBadInput() {
        assertEquals(2, CliTest.run("eval", "checkworthy", "--data", DIR + "debates.csv", "--train", DIR + "train.csv",
                "--split", "nope").code());
        assertEquals(1, CliTest.run("eval", "checkworthy", "--data", "no/such.csv").code());
    }
}
