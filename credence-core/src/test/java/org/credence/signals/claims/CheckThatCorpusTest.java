package org.credence.signals.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credence.signals.claims.CheckThatCorpus.Debate;
import org.credence.signals.claims.CheckThatCorpus.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckThatCorpusTest {

    @Test
    void csvGroupsLinesByFileNameInFileOrder() throws IOException {
        String csv = """
                line_number,speaker,text,label,file_name
                1,HOST,"Welcome, everyone.",0,a_debate.tsv
                2,SMITH,We cut taxes 19 times.,1,a_debate.tsv
                1,JONES,Crime fell by 40 percent.,1,b_speech.tsv
                3,HOST,Thank you.,0,a_debate.tsv
                """;
        List<Debate> ds = CheckThatCorpus.readCsv(new StringReader(csv), "ignored");
        assertEquals(2, ds.size());
        assertEquals("a_debate", ds.get(0).name());
        assertEquals(3, ds.get(0).lines().size());
        assertEquals("Welcome, everyone.", ds.get(0).lines().get(0).text());
        assertEquals(3, ds.get(0).lines().get(2).number());
        assertEquals(1, ds.get(0).positives());
        assertEquals("b_speech", ds.get(1).name());
    }

    @Test
    void csvWithoutFileNameIsOneDebateNamedAfterTheFile() throws IOException {
        String csv = "speaker,text,label\nA,One.,0\nB,Two million jobs.,1\n";
        List<Debate> ds = CheckThatCorpus.readCsv(new StringReader(csv), "my_file");
        assertEquals(1, ds.size());
        assertEquals("my_file", ds.get(0).name());
        assertEquals(2, ds.get(0).lines().get(1).number());
    }

    @Test
    void badLabelsAndMissingColumnsAreErrorsThatSayWhat() {
        IOException e = assertThrows(IOException.class, () -> CheckThatCorpus.readCsv(
                new StringReader("speaker,text,label\nA,One.,maybe\n"), "f"));
        assertTrue(e.getMessage().contains("maybe"), e.getMessage());
        IOException m = assertThrows(IOException.class, () -> CheckThatCorpus.readCsv(
                new StringReader("speaker,sentence,label\nA,One.,0\n"), "f"));
        assertTrue(m.getMessage().contains("'text'"), m.getMessage());
    }

    @Test
    void officialTsvFilesAndFoldersOfThemAreRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("20200101_town_hall.tsv"),
                "1\tHOST\tGood evening.\t0\n2\tLEE\tWe built \"200\" schools in 2019.\t1\n");
        Files.writeString(dir.resolve("20200102_rally.tsv"), "1\tLEE\tThank you all.\t0\n");
        List<Debate> ds = CheckThatCorpus.read(dir);
        assertEquals(List.of("20200101_town_hall", "20200102_rally"), ds.stream().map(Debate::name).toList());
        assertEquals("We built \"200\" schools in 2019.", ds.get(0).lines().get(1).text());
        assertTrue(ds.get(0).lines().get(1).checkWorthy());
    }

    @Test
    void splitRuleIsFixedAndIgnoresTheExtension() {
        // Pinned: the shipped model's provenance lists these debates on these sides.
        assertEquals(Split.TEST, CheckThatCorpus.splitOf("20160926_1pres"));
        assertEquals(Split.TEST, CheckThatCorpus.splitOf("20160926_1pres.tsv"));
        assertEquals(Split.DEV, CheckThatCorpus.splitOf("20181010_medicare"));
        assertEquals(Split.TRAIN, CheckThatCorpus.splitOf("20161010_2pres"));
    }
}
