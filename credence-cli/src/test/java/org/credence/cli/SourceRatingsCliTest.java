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

/** {@code --source-ratings}: ratings beside the report, and a clear usage error for a bad path. */
class SourceRatingsCliTest {

    @Test
    void ratingsAppearBesideTheArticleAndABadPathIsAUsageError(@TempDir Path dir) throws IOException {
        Path ratings = Files.writeString(dir.resolve("list.tsv"),
                "outlet\tfactuality\tbias\ttypes\treference\nexample-news.com\tlow\tright\tfake\t\n");
        Path rec = Files.writeString(dir.resolve("a.json"),
                "{\"url\":\"https://www.example-news.com/x\",\"title\":\"Harbour reopens\",\"text\":\"The harbour reopened on Friday.\"}");
        CliTest.Run r = CliTest.run("analyze", rec.toString(), "--format", "json", "--source-ratings", ratings.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode rating = new ObjectMapper().readTree(r.out()).get("sourceRatings").get(0);
        assertEquals("example-news.com", rating.get("outlet").asText());
        assertEquals("low", rating.get("factuality").asText());
        assertEquals("list", rating.get("dataset").asText());

        CliTest.Run text = CliTest.run("analyze", rec.toString(), "--format", "text", "--source-ratings", ratings.toString());
        assertTrue(text.out().contains("example-news.com (from url), list: factuality low, bias right, listed as fake"), text.out());

        CliTest.Run without = CliTest.run("analyze", rec.toString(), "--format", "json");
        assertEquals(0, new ObjectMapper().readTree(without.out()).get("sourceRatings").size());

        CliTest.Run bad = CliTest.run("analyze", rec.toString(), "--source-ratings", dir.resolve("missing").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("no outlet ratings"), bad.err());
    }
}
