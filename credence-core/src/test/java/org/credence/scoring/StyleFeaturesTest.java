package org.credence.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.credence.Credence;
import org.credence.model.Document;
import org.credence.model.Span;
import org.credence.signals.ArticleView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Style and word features on articles we wrote. */
class StyleFeaturesTest {

    static Credence credence;

    @BeforeAll
    static void load() {
        credence = Credence.withoutScores();
    }

    static final String SHOUTY = """
            SHOCKING: You Won't Believe What They Did Now!

            We have had ENOUGH of this. You need to know the truth! They lied to you again, and we will not stay quiet.
            Nobody in the media will tell you this. Why would they? The elites never cared about people like us.
            "We are proud of our record," the senator said, but you know better. Share this now! We must act today.
            """;

    static final String PLAIN = """
            Council approves new budget for harbour repairs

            The city council on Tuesday approved a budget of 4.2 million euros for repairs to the old harbour wall,
            according to minutes published by the council. The work will start in March and last about a year.
            Mayor Anna Berg said the repairs were overdue. "The wall has protected the town for a century," she said.
            Engineers from the regional authority inspected the wall in 2022 and found cracks in three places.
            """;

    @Test
    void countsWhatTheHeadlineAndBodyShow() {
        Document shouty = credence.analyzeText(SHOUTY);
        Document plain = credence.analyzeText(PLAIN);
        StyleFeatures s = StyleFeatures.of(ArticleView.of(shouty));
        StyleFeatures p = StyleFeatures.of(ArticleView.of(plain));
        Map<String, Double> sv = s.values();
        Map<String, Double> pv = p.values();
        assertEquals(StyleFeatures.DESCRIPTIONS.keySet(), sv.keySet(), "every feature has a value and a description");
        assertEquals(1.0, sv.get("style:title-all-caps"), "SHOCKING");
        assertEquals(1.0, sv.get("style:title-exclamation"));
        assertEquals(0.0, pv.get("style:title-exclamation"));
        assertTrue(sv.get("style:first-person") > 3 && pv.get("style:first-person") == 0,
                "we / us outside quotes; 'our' inside the senator's quote does not count: " + sv + pv);
        assertTrue(sv.get("style:second-person") > pv.get("style:second-person"));
        assertTrue(sv.get("style:exclamations") > 0 && pv.get("style:exclamations") == 0);
        assertTrue(pv.get("style:numbers") > sv.get("style:numbers"));
        assertTrue(pv.get("style:proper-nouns") > sv.get("style:proper-nouns"), sv + " " + pv);
        assertEquals(0.0, pv.get("style:title-missing"));
        for (String name : sv.keySet()) {
            for (Span span : s.spans(name)) {
                span.checkedIn(shouty.text());
            }
        }
        assertEquals("SHOCKING", s.spans("style:title-all-caps").get(0).in(shouty.text()));
        assertTrue(s.spans("style:exclamations").size() <= StyleFeatures.MAX_SPANS);
    }

    @Test
    void wordsAreHashedWithTheirFirstSpan() {
        Document plain = credence.analyzeText(PLAIN);
        ArticleFeatures f = ArticleFeatures.of(plain);
        int wall = org.credence.ml.FeatureHashing.hash("w wall");
        int at = java.util.Arrays.binarySearch(f.unigrams(), wall);
        assertTrue(at >= 0, "'wall' is a term");
        assertEquals(3f, f.unigramCounts()[at], "three times in the body");
        assertEquals("wall", f.firstSpan(wall).orElseThrow().in(plain.text()));
        int bigram = org.credence.ml.FeatureHashing.hash("b harbour wall");
        assertTrue(java.util.Arrays.binarySearch(f.bigrams(), bigram) >= 0);
        assertTrue(f.dense().containsKey("signal:sourcing") && f.dense().containsKey("style:lexical-diversity"));
        assertTrue(f.unscorable().isEmpty());
        assertTrue(f.compact().document().isEmpty());
        assertEquals(0, ArticleFeatures.of(plain, false).bigrams().length, "bigrams only when a model reads them");

        ArticleFeatures tiny = ArticleFeatures.of(credence.analyzeText("Short note\n\nToo short to judge."));
        assertTrue(tiny.unscorable().orElseThrow().contains("too little text"), tiny.unscorable().toString());
    }
}
