package org.credence.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credence.Credence;
import org.credence.ingest.InputRecord;
import org.credence.model.Metadata;
import org.credence.model.SourceRating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletRatingsTest {

    @TempDir
    Path dir;

    private OutletRatings fixture() throws IOException {
        Path mbfc = Files.createDirectories(dir.resolve("ramybaly-emnlp18"));
        Files.writeString(mbfc.resolve("corpus.tsv"), String.join("\n",
                "source_url\tsource_url_normalized\tref\tfact\tbias",
                "http://www.example-news.com/\texample-news.com\thttps://mbfc.example/en/\tlow\textreme-right",
                "https://www.bignews.co.uk/opinion/\tbignews.co.uk-opinion\thttps://mbfc.example/op/\tmixed\tleft",
                "https://bignews.co.uk\tbignews.co.uk\thttps://mbfc.example/bn/\thigh\tleft-center",
                "not a url at all\tx\t\tlow\tleft", ""));
        Path os = Files.createDirectories(dir.resolve("opensources"));
        Files.writeString(os.resolve("sources.csv"), String.join("\n",
                ",type,2nd type,3rd type,Source Notes (things to know?),",
                "example-news.com,fake,Conspiracy,,\"notes, with a comma\",",
                "satire.example.org,satire,,,,", ""));
        return OutletRatings.load(dir);
    }

    private static Metadata meta(String url, String source) {
        return new Metadata("id", url, source, "", "", "", "", "o");
    }

    @Test
    void outletKeysDropWwwAndCaseAndKeepThePath() {
        assertEquals(new Outlets.Key("bbc.co.uk", "/news"), Outlets.parse("https://WWW.BBC.co.uk/News/"));
        assertEquals(new Outlets.Key("breitbart.com", ""), Outlets.parse("breitbart.com"));
        assertNull(Outlets.parse("Reuters"));
        assertNull(Outlets.parse("The Daily News"));
        assertNull(Outlets.parse(""));
        assertEquals(List.of("a.news.example.co.uk", "news.example.co.uk", "example.co.uk"),
                Outlets.hostAndParents("a.news.example.co.uk"));
        assertEquals(List.of("example.com"), Outlets.hostAndParents("example.com"));
    }

    @Test
    void aUrlGetsOneRatingPerDataset() throws IOException {
        OutletRatings r = fixture();
        assertEquals(5, r.size());
        List<SourceRating> got = r.lookup(meta("https://www.example-news.com/2016/10/story.html", ""));
        assertEquals(2, got.size(), got.toString());
        SourceRating mbfc = got.stream().filter(x -> x.dataset().equals("mbfc-baly2018")).findFirst().orElseThrow();
        assertEquals("low", mbfc.factuality());
        assertEquals("extreme-right", mbfc.bias());
        assertEquals("url", mbfc.matchedFrom());
        SourceRating os = got.stream().filter(x -> x.dataset().equals("opensources")).findFirst().orElseThrow();
        assertEquals(List.of("fake", "conspiracy"), os.types());
    }

    @Test
    void aPathRatingAppliesOnlyUnderItsPathAndSubdomainsFallBackToTheirParent() throws IOException {
        OutletRatings r = fixture();
        assertEquals("mixed", r.lookup(meta("https://bignews.co.uk/opinion/why-x", "")).get(0).factuality());
        assertEquals("high", r.lookup(meta("https://bignews.co.uk/world/x", "")).get(0).factuality());
        assertEquals("high", r.lookup(meta("https://live.bignews.co.uk/opinion/x", "")).get(0).factuality());
        assertTrue(r.lookup(meta("https://co.uk/", "")).isEmpty());
    }

    @Test
    void theSourceFieldIsUsedWhenTheUrlDoesNotMatchAndNamesAreNotGuessed() throws IOException {
        OutletRatings r = fixture();
        List<SourceRating> got = r.lookup(meta("", "satire.example.org"));
        assertEquals(List.of("satire"), got.get(0).types());
        assertEquals("source", got.get(0).matchedFrom());
        assertTrue(r.lookup(meta("", "Example News")).isEmpty());
        assertTrue(r.lookup(meta("https://elsewhere.com/a", "")).isEmpty());
    }

    @Test
    void aGenericTsvIsReadAndNothingReadableIsAnError() throws IOException {
        Path f = dir.resolve("newsroom-list.tsv");
        Files.writeString(f, "outlet\tfactuality\tbias\ttypes\treference\nexample.net\tmixed\tright\tstate; propaganda\thttps://ref\n");
        OutletRatings r = OutletRatings.load(f);
        SourceRating got = r.lookup(meta("http://example.net/x", "")).get(0);
        assertEquals("newsroom-list", got.dataset());
        assertEquals(List.of("state", "propaganda"), got.types());
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "a\tb\n1\t2\n");
        assertThrows(IOException.class, () -> OutletRatings.load(empty));
        assertThrows(IOException.class, () -> OutletRatings.load(dir.resolve("missing")));
    }

    @Test
    void theStageAddsRatingsBesideTheAnalysis() throws IOException {
        Credence credence = Credence.standard().with(new SourceRatingsStage(fixture()));
        InputRecord rec = InputRecord.text(meta("https://example-news.com/a", ""), "Headline\n\nBody text of the story.");
        var doc = ((org.credence.Analysis.Ok) credence.analyze(rec)).document();
        assertEquals(2, doc.sourceRatings().size());
    }
}
