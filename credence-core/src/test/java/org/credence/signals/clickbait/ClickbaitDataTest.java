package org.credence.signals.clickbait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClickbaitDataTest {

    @Test
    void filesAreLabelledByName() {
        assertEquals(true, ClickbaitData.label("clickbait_data.train.txt"));
        assertEquals(true, ClickbaitData.label("clickbait_data.txt.gz"));
        assertEquals(false, ClickbaitData.label("non_clickbait_data.test.txt"));
        assertNull(ClickbaitData.label("README.txt"));
        assertNull(ClickbaitData.label("clickbait_data.csv"));
    }

    @Test
    void readsEveryHeadlineSkippingBlankLinesAndOtherFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("clickbait_data.train.txt"), "17 Things Only Teachers Know\n\nYou Won't Believe This\n");
        Files.writeString(dir.resolve("non_clickbait_data.train.txt"), "Council approves parking plan\n");
        Files.writeString(dir.resolve("non_clickbait_data.txt"), "Senate passes budget bill\n");
        Files.writeString(dir.resolve("README.txt"), "not headlines\n");
        List<ClickbaitData.Headline> all = ClickbaitData.read(dir);
        assertEquals(4, all.size());
        assertEquals(2, all.stream().filter(ClickbaitData.Headline::clickbait).count());
        assertEquals(3, all.stream().filter(ClickbaitData.Headline::fromTrainingFile).count());
        assertFalse(all.stream().anyMatch(h -> h.text().isEmpty()));
    }

    @Test
    void aFolderWithoutTheSetsFilesIsAnError(@TempDir Path dir) {
        assertThrows(IOException.class, () -> ClickbaitData.read(dir));
    }

    @Test
    void splitIsFixedIgnoresCaseAndSpacingAndHasTheDocumentedShares() {
        assertEquals(ClickbaitData.part("Council Approves Parking Plan"), ClickbaitData.part("  council approves   parking plan "));
        Map<ClickbaitData.Part, Integer> n = new EnumMap<>(ClickbaitData.Part.class);
        for (int i = 0; i < 20000; i++) {
            n.merge(ClickbaitData.part("headline number " + i), 1, Integer::sum);
        }
        assertTrue(Math.abs(n.get(ClickbaitData.Part.TEST) - 4000) < 300, n.toString());
        assertTrue(Math.abs(n.get(ClickbaitData.Part.DEV) - 2000) < 250, n.toString());
        // pinned: a change of the rule would silently move headlines between train and test
        for (int i = 0; i < 50; i++) {
            assertEquals(pinned("Headline Number " + i), ClickbaitData.part("Headline Number " + i), "headline " + i);
        }
    }

    /** The part under the documented rule, computed here independently (FNV-1a + murmur finaliser, mod 10). */
    private static ClickbaitData.Part pinned(String headline) {
        int h = 0x811c9dc5;
        for (char c : headline.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            h = (h ^ c) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        int b = Math.floorMod(h, 10);
        return b <= 1 ? ClickbaitData.Part.TEST : b == 2 ? ClickbaitData.Part.DEV : ClickbaitData.Part.TRAIN;
    }
}
