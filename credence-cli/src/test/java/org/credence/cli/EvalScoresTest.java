package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credence eval reliability|hyperpartisan} and {@code train} on small sets we wrote. */
class EvalScoresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Calm reports and shouting appeals, eight outlets, each text long enough to score. */
    static List<String[]> articles(int n) {
        List<String[]> out = new ArrayList<>();
        String[] places = {"harbour", "school", "bridge", "library", "hospital", "market", "station", "park"};
        for (int i = 0; i < n; i++) {
            String place = places[i % places.length];
            boolean loud = i % 3 == 0;
            String title = loud ? "SHOCKING: They Lied About The " + place + " Again!" : "Council approves " + place + " repairs";
            String text = loud
                    ? "You will not believe this! They lied to you about the " + place + " and nobody in the media will tell you. "
                    + "We have had ENOUGH. The corrupt elites never cared about people like us and they never will. "
                    + "Share this now before they delete it! Wake up, people, and demand the truth about the " + place + " today!"
                    : "The city council on Tuesday approved a budget of " + (2 + i) + " million euros for repairs to the " + place
                    + ", according to minutes published by the council. The work will start in March and last about a year. "
                    + "Mayor Anna Berg said the repairs were overdue. Engineers inspected the " + place + " in 2022 and found "
                    + "cracks in three places, the regional authority said in a report.";
            out.add(new String[] {title, text, loud ? "unreliable" : "reliable", "outlet" + (i % 8) + ".example"});
        }
        return out;
    }

    static Path jsonl(Path dir, List<String[]> rows) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String[] r : rows) {
            lines.add(JSON.writeValueAsString(java.util.Map.of("title", r[0], "text", r[1], "label", r[2], "source", r[3])));
        }
        Path f = dir.resolve("set.jsonl");
        Files.write(f, lines);
        return f;
    }

    @Test
    void reliabilityTableJsonAndDiagram(@TempDir Path dir) throws Exception {
        Path data = jsonl(dir, articles(36));
        Path svg = dir.resolve("d/diagram.svg");
        CliTest.Run json = CliTest.run("eval", "reliability", "--data", data.toString(), "--json", "--diagram", svg.toString());
        assertEquals(0, json.code(), json.err());
        JsonNode m = JSON.readTree(json.out());
        assertEquals(36, m.at("/articles").asInt(), json.out());
        assertEquals(12, m.at("/positive").asInt());
        assertEquals(3, m.at("/systems").size());
        assertTrue(m.at("/protocol").asText().contains("grouped by outlet (8 outlets"), json.out());
        assertTrue(m.at("/systems/0/roc_auc").asDouble() > 0.9, "loud articles are easy: " + json.out());
        assertTrue(Files.readString(svg).startsWith("<svg"), "diagram written");

        CliTest.Run cross = CliTest.run("eval", "reliability", "--train", data.toString(), "--data", data.toString());
        assertEquals(1, cross.code(), "every test article repeats a training one: " + cross.out());
        assertTrue(cross.err().contains("no test article left"), cross.err());
    }

    @Test
    void badArgumentsAndData(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.write(bad, List.of("{\"title\":\"t\",\"text\":\"x\",\"label\":\"satire\"}", "nope"));
        CliTest.Run r = CliTest.run("eval", "reliability", "--data", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no usable labelled articles"), r.err());
        CliTest.Run missing = CliTest.run("eval", "reliability", "--data", dir.resolve("none.jsonl").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no data at"), missing.err());
        Path data = jsonl(dir, articles(12));
        assertEquals(1, CliTest.run("eval", "reliability", "--data", data.toString(), "--folds", "1").code());
        assertEquals(1, CliTest.run("eval", "reliability", "--data", data.toString(), "--train", data.toString(), "--heldout").code());
        CliTest.Run half = CliTest.run("eval", "hyperpartisan", "--articles", data.toString());
        assertEquals(1, half.code());
        assertTrue(half.err().contains("give both files"), half.err());
        assertEquals(2, CliTest.run("eval", "reliability", "--data", data.toString(), "--split", "nope").code());
    }

    @Test
    void hyperpartisanOnTheSemEvalLayout(@TempDir Path dir) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><articles>\n");
        StringBuilder truth = new StringBuilder("<?xml version=\"1.0\"?><articles>\n");
        List<String[]> rows = articles(30);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String id = String.format("%07d", i);
            xml.append("<article id=\"").append(id).append("\" title=\"").append(r[0]).append("\"><p>")
                    .append(r[1].replace(". ", ".</p> <p>")).append("</p></article>\n");
            truth.append("<article hyperpartisan=\"").append(r[2].equals("unreliable")).append("\" id=\"").append(id)
                    .append("\" url=\"https://www.").append(r[3]).append("/a").append(i).append("\"/>\n");
        }
        Path a = dir.resolve("articles.xml");
        Path t = dir.resolve("truth.xml");
        Files.writeString(a, xml.append("</articles>\n"));
        Files.writeString(t, truth.append("</articles>\n"));
        CliTest.Run r = CliTest.run("eval", "hyperpartisan", "--articles", a.toString(), "--truth", t.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Score hyperpartisan") && r.out().contains("tf-idf word 1-2-grams"), r.out());
        assertTrue(r.out().contains("30 articles (10 hyperpartisan)"), r.out());
    }

    @Test
    void trainWithoutTheDataIsBadInput(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("train", "reliability", "--data", dir.toString(), "--out", dir.resolve("m.bin.gz").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("no buzzfeed-webis-2016 data"), r.err());
        CliTest.Run h = CliTest.run("train", "hyperpartisan", "--data", dir.toString());
        assertEquals(1, h.code(), h.err());
        assertTrue(h.err().contains("no semeval2019-hyperpartisan-byarticle data"), h.err());
    }
}
