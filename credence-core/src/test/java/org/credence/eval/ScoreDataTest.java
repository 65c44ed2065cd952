package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The score data readers on files we wrote in each set's layout. */
class ScoreDataTest {

    @Test
    void jsonLinesWithLabelsSourcesAndBadLines(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("set.jsonl");
        Files.write(f, List.of(
                "{\"title\":\"Harbour reopens\",\"text\":\"The harbour reopened on Monday.\",\"label\":\"reliable\",\"source\":\"https://www.example.org\"}",
                "{\"title\":\"They lied\",\"text\":\"Everything you know is a lie.\",\"label\":\"UNRELIABLE\",\"url\":\"http://fake.example.com/a\"}",
                "{\"title\":\"Odd\",\"text\":\"Some text.\",\"label\":\"satire\"}",
                "{\"title\":\"Empty\",\"text\":\"  \",\"label\":\"reliable\"}",
                "not json",
                "{\"title\":\"No source\",\"text\":\"More text here.\",\"label\":\"reliable\"}"));
        ScoreData.Read r = ScoreData.reliability(f);
        assertEquals(3, r.articles().size(), r.toString());
        assertEquals("example.org", r.articles().get(0).outlet());
        assertEquals("unreliable", r.articles().get(1).label());
        assertEquals("fake.example.com", r.articles().get(1).outlet());
        assertTrue(r.articles().get(2).outlet().startsWith("unknown:"), "no source: the article is its own group");
        String problems = String.join("\n", r.problems());
        assertTrue(problems.contains("label 'satire'"), problems);
        assertTrue(problems.contains("json.invalid"), problems);
        assertTrue(r.problems().size() >= 3, problems);
        assertThrows(IOException.class, () -> ScoreData.reliability(dir.resolve("missing.jsonl")));
        assertThrows(IOException.class, () -> ScoreData.reliability(dir), "a folder of neither layout");
    }

    @Test
    void fakeNewsNetFoldersAnywhereBelow(@TempDir Path dir) throws IOException {
        Path fake = Files.createDirectories(dir.resolve("Data/PolitiFact/FakeNewsContent"));
        Path real = Files.createDirectories(dir.resolve("Data/PolitiFact/RealNewsContent"));
        Files.writeString(fake.resolve("PolitiFact_Fake_1-Webpage.json"),
                "{\"title\":\"Shock claim\",\"text\":\"A made-up story.\",\"url\":\"http://made.example/x\",\"source\":\"\"}");
        Files.writeString(real.resolve("PolitiFact_Real_1-Webpage.json"),
                "{\"title\":\"Vote passes\",\"text\":\"The senate voted.\",\"url\":\"http://politi.co/abc\",\"source\":\"http://politi.co\"}");
        Files.writeString(real.resolve("PolitiFact_Real_2-Webpage.json"), "{\"title\":\"x\",\"text\":\"\"}");
        Files.writeString(real.resolve("PolitiFact_Real_3-Webpage.json"), "{broken");
        for (Path root : List.of(dir, dir.resolve("Data"), dir.resolve("Data/PolitiFact"))) {
            ScoreData.Read r = ScoreData.reliability(root);
            assertEquals(2, r.articles().size(), r.toString());
            assertEquals("unreliable", r.articles().get(0).label());
            assertEquals("made.example", r.articles().get(0).outlet(), "no source: the url's host");
            assertEquals("politi.co", r.articles().get(1).outlet());
            assertEquals("PolitiFact_Real_1", r.articles().get(1).id());
            assertEquals(2, r.problems().size(), r.problems().toString());
        }
    }

    @Test
    void semEvalArticlesWithMarkupAndGroundTruth(@TempDir Path dir) throws IOException {
        Path xml = dir.resolve("articles.xml");
        Files.writeString(xml, """
                <?xml version="1.0" encoding="UTF-8"?><articles>
                <article id="0000001" published-at="2017-09-10" title="Walls are closing in">
                Loose text first <p>The walls are <a href="http://x" type="external">closing</a> in.</p>
                <p>He said <q>we will win</q> &amp; left.</p> trailing words</article>
                <article id="0000002" title="Budget">
                <p>The council met.</p></article>
                <article id="0000003" title="No truth"><p>Orphan.</p></article>
                </articles>
                """);
        Path truth = dir.resolve("truth.xml");
        Files.writeString(truth, """
                <?xml version="1.0" ?><articles>
                <article hyperpartisan="true" id="0000001" labeled-by="article" url="https://www.opinion.example/a"/>
                <article hyperpartisan="false" id="0000002" labeled-by="article" url="https://news.example/b"/>
                <article hyperpartisan="false" id="0000009" labeled-by="article" url="https://news.example/c"/>
                </articles>
                """);
        ScoreData.Read r = ScoreData.hyperpartisan(xml, truth);
        assertEquals(2, r.articles().size());
        LabeledArticle a = r.articles().get(0);
        assertEquals("Loose text first\n\nThe walls are closing in.\n\nHe said we will win & left.\n\ntrailing words", a.text());
        assertEquals("Walls are closing in", a.title());
        assertEquals("hyperpartisan", a.label());
        assertEquals("opinion.example", a.outlet());
        assertEquals("mainstream", r.articles().get(1).label());
        assertEquals(2, r.problems().size(), "one article without truth, one truth without article: " + r.problems());

        Files.writeString(truth, "<articles><article hyperpartisan=\"maybe\" id=\"0000001\" url=\"u\"/></articles>");
        IOException e = assertThrows(IOException.class, () -> ScoreData.hyperpartisan(xml, truth));
        assertTrue(e.getMessage().contains("maybe"), e.getMessage());
        Files.writeString(truth, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><articles>&e;</articles>");
        assertThrows(IOException.class, () -> ScoreData.hyperpartisan(xml, truth), "no DTDs, no external entities");
    }

    @Test
    void buzzfeedLabelsForBothScores(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("articles"));
        String[][] rows = {{"mostly true", "mainstream"}, {"mostly false", "right"}, {"mixture of true and false", "left"},
                {"no factual content", "right"}};
        for (int i = 0; i < rows.length; i++) {
            Files.writeString(a.resolve("000" + i + ".xml"), "<article><mainText>Text " + i + ".</mainText><portal>Portal "
                    + i + "</portal><title>T</title><uri>http://x/" + i + "</uri><veracity>" + rows[i][0]
                    + "</veracity><orientation>" + rows[i][1] + "</orientation></article>");
        }
        ScoreData.Read rel = ScoreData.reliability(dir);
        assertEquals(List.of("reliable", "unreliable", "unreliable"), rel.articles().stream().map(LabeledArticle::label).toList());
        assertEquals("portal 0", rel.articles().get(0).outlet());
        assertFalse(rel.problems().isEmpty(), "no factual content is left out and counted");
        ScoreData.Read hyp = ScoreData.hyperpartisan(dir);
        assertEquals(List.of("mainstream", "hyperpartisan", "hyperpartisan", "hyperpartisan"),
                hyp.articles().stream().map(LabeledArticle::label).toList());
    }

    @Test
    void buzzfeedParagraphsAreRebuiltFromTheirOffsets(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("articles"));
        String main = "First paragraph here. Second one follows.";
        Files.writeString(a.resolve("0001.xml"), "<article><mainText>" + main + "</mainText>"
                + "<paragraph><end>21</end><start>0</start></paragraph><paragraph><end>41</end><start>22</start></paragraph>"
                + "<portal>p</portal><title>T</title><veracity>mostly true</veracity></article>");
        Files.writeString(a.resolve("0002.xml"), "<article><mainText>" + main + "</mainText>"
                + "<paragraph><end>21</end><start>0</start></paragraph><paragraph><end>30</end><start>22</start></paragraph>"
                + "<portal>p</portal><title>T</title><veracity>mostly true</veracity></article>");
        List<LabeledArticle> r = ScoreData.reliability(dir).articles();
        assertEquals("First paragraph here.\n\nSecond one follows.", r.get(0).text());
        assertEquals(main, r.get(1).text(), "offsets that leave text out: the text as given, nothing lost");
    }

    @Test
    void nearDuplicatesByTitleOrSharedShingles() {
        String body = "The city council on Tuesday approved a budget of four million euros for repairs to the old harbour "
                + "wall according to minutes published by the council and the work will start in March";
        LabeledArticle train = new LabeledArticle("1", "Council approves harbour budget", body, "", "a", "reliable", "t");
        NearDuplicates d = new NearDuplicates(List.of(train));
        assertTrue(d.repeats(new LabeledArticle("2", "Another title", body + " and end by May.", "", "b", "reliable", "t")));
        assertTrue(d.repeats(new LabeledArticle("3", "COUNCIL approves harbour budget!", "Different words entirely here.", "", "b", "reliable", "t")));
        assertFalse(d.repeats(new LabeledArticle("4", "Budget", "A storm closed the road to the airport for two days "
                + "while crews cleared fallen trees and repaired the power lines near the village", "", "b", "reliable", "t")));
    }
}
