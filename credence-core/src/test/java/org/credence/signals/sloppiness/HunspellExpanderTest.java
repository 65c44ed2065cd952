package org.credence.signals.sloppiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HunspellExpanderTest {

    private static final String AFF = String.join("\n",
            "SET UTF-8",
            "PFX U Y 1",
            "PFX U   0     un         .",
            "SFX D Y 4",
            "SFX D   0     d          e",
            "SFX D   y     ied        [^aeiou]y",
            "SFX D   0     ed         [^ey]",
            "SFX D   0     ed         [aeiou]y",
            "SFX V N 2",
            "SFX V   e     ive        e",
            "SFX V   0     ive        [^e]",
            "");

    @Test
    void suffixesStripAndMatchTheirConditions(@TempDir Path dir) throws Exception {
        HunspellExpander x = write(dir, "4\ntry/D\nplay/D\nbake/D\nlock/DU\n");
        assertEquals(List.of("bake", "baked", "lock", "locked", "play", "played", "tried", "try", "unlock", "unlocked"),
                forms(x, dir));
    }

    @Test
    void aSuffixWithoutCrossProductTakesNoPrefix(@TempDir Path dir) throws Exception {
        HunspellExpander x = write(dir, "1\nact/VU\n");
        assertEquals(List.of("act", "active", "unact"), forms(x, dir));
    }

    @Test
    void stemsWithDigitsAreLeftOut(@TempDir Path dir) throws Exception {
        HunspellExpander x = write(dir, "2\n1st/p\nrun\n");
        assertEquals(List.of("run"), forms(x, dir));
    }

    private static HunspellExpander write(Path dir, String dic) throws Exception {
        Files.writeString(dir.resolve("t.aff"), AFF);
        Files.writeString(dir.resolve("t.dic"), dic);
        return HunspellExpander.read(dir.resolve("t.aff"));
    }

    private static List<String> forms(HunspellExpander x, Path dir) throws Exception {
        TreeSet<String> out = new TreeSet<>();
        x.expand(dir.resolve("t.dic"), out::add);
        return new ArrayList<>(out);
    }
}
