package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code credence eval propaganda} on two articles we wrote, in both label layouts. */
class EvalPropagandaTest {

    private static final String DIR = "src/test/resources/eval/propaganda/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void techniqueLabelsGiveBothTasksBesideTheBaselines() throws Exception {
        CliTest.Run r = CliTest.run("eval", "propaganda", "--articles", DIR + "articles", "--labels", DIR + "tc.labels",
                "--train-data", DIR + "train", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode m = JSON.readTree(r.out());
        assertEquals(2, m.at("/articles").asInt(), r.out());
        assertEquals(4, m.at("/spanIdentification/credence/gold").asInt(), "overlapping gold fragments merge: " + r.out());
        assertEquals(5, m.at("/techniqueClassification/credence/total").asInt(), r.out());
        assertTrue(m.at("/spanIdentification/everySentence/recall").asDouble() > 0.99, r.out());
        assertTrue(m.at("/spanIdentification/credence/predicted").asInt() > 0, r.out());
        CliTest.Run table = CliTest.run("eval", "propaganda", "--articles", DIR + "articles", "--labels", DIR + "tc.labels",
                "--train-data", DIR + "train");
        assertTrue(table.out().contains("TF-IDF"), table.out());
    }

    @Test
    void spanLabelsGiveSpanIdentificationOnly() throws Exception {
        CliTest.Run r = CliTest.run("eval", "propaganda", "--articles", DIR + "articles", "--labels", DIR + "si.labels",
                "--train-data", "no/such/dir", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode m = JSON.readTree(r.out());
        assertEquals(4, m.at("/spanIdentification/credence/gold").asInt(), r.out());
        assertTrue(m.at("/techniqueClassification").isMissingNode(), r.out());
    }

    @Test
    void badPathsAndSplitsAreRefused() {
        assertEquals(1, CliTest.run("eval", "propaganda", "--articles", "no/such/dir", "--labels", DIR + "tc.labels").code());
        assertEquals(2, CliTest.run("eval", "propaganda", "--articles", DIR + "articles", "--labels", DIR + "tc.labels",
                "--split", "nope").code());
        CliTest.Run trained = CliTest.run("eval", "propaganda", "--articles", DIR + "articles", "--labels", DIR + "tc.labels",
                "--train-data", "no/such/dir");
        assertEquals(1, trained.code());
        assertTrue(trained.err().contains("--train-data"), trained.err());
    }
}
