package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credence eval clickbait} on headlines we wrote, in the set's file layout. */
class EvalClickbaitTest {

    @Test
    void tableJsonAndBadArguments(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("clickbait_data.train.txt"), List.of("You Won't Believe What This Dog Did Next",
                "17 Things Only Teachers Will Understand", "Which Harry Potter Character Are You"));
        Files.write(dir.resolve("non_clickbait_data.train.txt"), List.of("Council approves new parking plan for old town",
                "Senate passes budget bill after late-night vote", "Court jails former minister for fraud"));

        CliTest.Run json = CliTest.run("eval", "clickbait", "--data", dir.toString(), "--split", "all", "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode m = new ObjectMapper().readTree(json.out());
        assertEquals(6, m.at("/headlines").asInt(), json.out());
        assertEquals(3, m.at("/systems").size(), json.out());
        assertEquals(1.0, m.at("/systems/0/accuracy").asDouble(), 1e-9, json.out());

        CliTest.Run table = CliTest.run("eval", "clickbait", "--data", dir.toString(), "--split", "ALL");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("tf-idf word 1-2-grams + logistic regression"), table.out());

        assertEquals(2, CliTest.run("eval", "clickbait", "--data", dir.toString(), "--split", "nope").code());
        CliTest.Run missing = CliTest.run("eval", "clickbait", "--data", dir.resolve("none").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no data at"), missing.err());
    }

    @Test
    void trainWithoutTheDataSetIsBadInput(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("train", "clickbait", "--data", dir.toString(), "--out", dir.resolve("m.bin.gz").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("no clickbait data"), r.err());
    }
}
