package org.credence.signals.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FncDataTest {

    @TempDir
    Path dir;

    @Test
    void readsQuotedMultiLineBodiesAndLabels() throws IOException {
        Path b = dir.resolve("bodies.csv");
        Path s = dir.resolve("stances.csv");
        Files.writeString(b, "Body ID,articleBody\n7,\"First line, with a comma.\n\nSecond \"\"quoted\"\" line.\"\n9,Other body.\n");
        Files.writeString(s, "Headline,Body ID,Stance\n\"Mayor quits, aides say\",7,agree\nSomething else,9,unrelated\nMayor stays,7,Disagree\n");
        FncData d = FncData.read(b, s);
        assertEquals("First line, with a comma.\n\nSecond \"quoted\" line.", d.bodies().get(7));
        assertEquals(3, d.pairs().size());
        assertEquals(new FncData.Pair("Mayor quits, aides say", 7, 2), d.pairs().get(0));
        assertEquals(3, d.pairs().get(2).stance());
    }

    @Test
    void unknownStanceOrMissingBodyIsAnError() throws IOException {
        Path b = dir.resolve("bodies.csv");
        Files.writeString(b, "Body ID,articleBody\n1,Text.\n");
        Path s1 = dir.resolve("s1.csv");
        Files.writeString(s1, "Headline,Body ID,Stance\nH,1,maybe\n");
        Path s2 = dir.resolve("s2.csv");
        Files.writeString(s2, "Headline,Body ID,Stance\nH,2,agree\n");
        assertTrue(assertThrows(IOException.class, () -> FncData.read(b, s1)).getMessage().contains("maybe"));
        assertTrue(assertThrows(IOException.class, () -> FncData.read(b, s2)).getMessage().contains("no body 2"));
    }

    @Test
    void splitIsByBodyStableAndRoughly20_10_70() {
        Map<FncData.Side, Integer> n = new EnumMap<>(FncData.Side.class);
        for (int id = 0; id < 10000; id++) {
            n.merge(FncData.side(id), 1, Integer::sum);
            assertEquals(FncData.side(id), FncData.side(id));
        }
        assertEquals(2000, n.get(FncData.Side.TEST), 150);
        assertEquals(1000, n.get(FncData.Side.DEV), 100);
        assertEquals(7000, n.get(FncData.Side.TRAIN), 200);
        // the rule is fixed: these ids must never move (the shipped model's held-out bodies depend on it)
        FncData.Side[] pinned = {FncData.Side.TRAIN, FncData.Side.TEST, FncData.Side.TEST, FncData.Side.TRAIN,
                FncData.Side.TEST, FncData.Side.DEV, FncData.Side.TRAIN, FncData.Side.TEST};
        for (int id = 0; id < pinned.length; id++) {
            assertEquals(pinned[id], FncData.side(id), "body " + id);
        }
    }
}
