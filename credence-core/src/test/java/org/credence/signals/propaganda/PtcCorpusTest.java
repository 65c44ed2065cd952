package org.credence.signals.propaganda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credence.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PtcCorpusTest {

    @TempDir
    Path dir;

    private Path articles() throws IOException {
        Path a = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(a.resolve("article1.txt"), "Title \uD83D\uDE00 here\n\nThe evil plan is a disaster.\n");
        Files.writeString(a.resolve("article2.txt"), "Another title\n\nNothing to see.\n");
        Files.writeString(a.resolve("notes.txt"), "not an article");
        return a;
    }

    @Test
    void offsetsCountCodePointsAndBecomeUtf16() throws IOException {
        Path labels = Files.writeString(dir.resolve("tc.labels"),
                "1\tLoaded_Language\t18\t22\n1\tName_Calling,Labeling\t18\t27\n1\tExaggeration,Minimisation\t33\t41\n"
                + "1\tLoaded_Language\t33\t41\n9\tDoubt\t0\t3\n");
        PtcCorpus c = PtcCorpus.read(articles(), labels);
        assertEquals(2, c.articles().size());
        assertTrue(c.hasTechniques());
        assertEquals(1, c.orphanLabels());
        PtcCorpus.Article a = c.articles().get(0);
        assertEquals("1", a.id());
        assertEquals("evil", a.labels().get(0).span().in(a.text()));
        assertEquals(Technique.LOADED_LANGUAGE, a.labels().get(0).technique());
        assertEquals("disaster", a.labels().get(2).span().in(a.text()));
        assertEquals(List.of(new Span(19, 28), new Span(34, 42)), a.mergedSpans());
        assertEquals(3, a.sameSpan().size());
        assertEquals(2, a.sameSpan().get(2).size());
        assertTrue(c.articles().get(1).labels().isEmpty());
    }

    @Test
    void spanOnlyLabelsAndFoldersOfLabelFilesAreRead() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("si"));
        Files.writeString(folder.resolve("article1.task1-SI.labels"), "1\t18\t22\n");
        Files.writeString(folder.resolve("article2.task1-SI.labels"), "");
        PtcCorpus c = PtcCorpus.read(articles(), folder);
        assertFalse(c.hasTechniques());
        assertEquals(1, c.articles().get(0).labels().size());
        assertEquals(null, c.articles().get(0).labels().get(0).technique());
        assertEquals("evil", c.articles().get(0).labels().get(0).span().in(c.articles().get(0).text()));
    }

    @Test
    void spansPastTheEndAreClippedAndEmptyOnesDropped() throws IOException {
        Path labels = Files.writeString(dir.resolve("si.labels"), "2\t26\t999\n2\t500\t600\n");
        PtcCorpus.Article a = PtcCorpus.read(articles(), labels).articles().get(1);
        assertEquals(1, a.labels().size());
        assertEquals("see.\n", a.labels().get(0).span().in(a.text()));
    }

    @Test
    void badLabelsAreRefusedWithTheLine() throws IOException {
        Path a = articles();
        Path unknown = Files.writeString(dir.resolve("bad.labels"), "1\tGaslighting\t0\t3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PtcCorpus.read(a, unknown));
        assertTrue(e.getMessage().contains("Gaslighting"), e.getMessage());
        Path mixed = Files.writeString(dir.resolve("mixed.labels"), "1\t0\t3\n1\tDoubt\t0\t3\n");
        assertThrows(IllegalArgumentException.class, () -> PtcCorpus.read(a, mixed));
    }

    @Test
    void theSplitIsFixedAndRoughlyTwentyFifteenSixtyFive() {
        int[] n = new int[3];
        for (int i = 0; i < 2000; i++) {
            n[PtcCorpus.Part.of(Integer.toString(111111111 + i * 7919)).ordinal()]++;
        }
        assertTrue(n[PtcCorpus.Part.TEST.ordinal()] > 300 && n[PtcCorpus.Part.TEST.ordinal()] < 500, "test " + n[2]);
        assertTrue(n[PtcCorpus.Part.DEV.ordinal()] > 200 && n[PtcCorpus.Part.DEV.ordinal()] < 400, "dev " + n[1]);
        assertEquals(PtcCorpus.Part.of("111111111"), PtcCorpus.Part.of("111111111"));
    }
}
