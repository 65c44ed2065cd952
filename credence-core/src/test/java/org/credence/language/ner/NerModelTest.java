package org.credence.language.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NerModelTest {

    static final List<String> SENTENCES = List.of(
            "Sergei Lavrov met Antony Blinken in Geneva on Thursday .",
            "The World Health Organization said Chinese officials had shared the data .",
            "LEEDS BEAT ARSENAL 2-1 IN PREMIER LEAGUE",
            "Democrats in the U.S. Senate criticised the European Union .",
            "Apple Inc. shares fell 3 percent on the Nasdaq .");

    private static List<List<String>> sentences() {
        List<List<String>> out = new ArrayList<>();
        for (String s : SENTENCES) {
            out.add(Arrays.asList(s.split(" ")));
        }
        return out;
    }

    @Test
    void shippedModelReloadsWithSameProvenanceAndPredictions() throws IOException {
        NerModel shipped = NerModel.loadDefault();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        shipped.save(buf);
        NerModel again = NerModel.read(new ByteArrayInputStream(buf.toByteArray()));
        assertEquals(shipped.provenance(), again.provenance());
        assertEquals(new EntityRecognizer(shipped).tag(sentences()), new EntityRecognizer(again).tag(sentences()));
        assertTrue(shipped.provenance().containsKey("figures"), "provenance has figures");
        assertTrue(shipped.provenance().containsKey("data"), "provenance has data hashes");
    }

    /** A tiny model with fixed random weights, the format version 1 fixture is made from it. */
    static NerModel tiny() {
        Random rnd = new Random(7);
        int bits = 12;
        List<String> tags = NerTrainer.TAGS;
        float[] w = new float[(1 << bits) * tags.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = rnd.nextInt(5) == 0 ? (float) rnd.nextGaussian() : 0;
        }
        float[] t = new float[(tags.size() + 1) * tags.size()];
        Gazetteer gaz = new Gazetteer.Builder().add(List.of("Geneva"), Gazetteer.CITY)
                .add(List.of("World", "Health", "Organization"), Gazetteer.ORG).build();
        return new NerModel(tags, bits, w, t, gaz, null, Map.of("model", "tiny-fixture", "format", 1));
    }

    @Test
    void oldFormatFixtureStillReads() throws IOException {
        Path dir = Path.of("src/test/resources/org/credence/language/ner");
        Path fixture = dir.resolve("tiny-format1.bin.gz");
        Path expected = dir.resolve("tiny-format1.expected.txt");
        if (Boolean.getBoolean("credence.regenerate")) {
            Files.createDirectories(dir);
            tiny().save(fixture);
            Files.writeString(expected, new EntityRecognizer(NerModel.load(fixture)).tag(sentences()) + "\n");
        }
        NerModel m = NerModel.load(fixture);
        String want = Files.readString(expected, StandardCharsets.UTF_8).strip();
        assertEquals("tiny-fixture", m.provenance().get("model"));
        assertEquals(want, new EntityRecognizer(m).tag(sentences()).toString());
    }
}
