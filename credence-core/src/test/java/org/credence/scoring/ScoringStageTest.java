package org.credence.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.credence.Credence;
import org.credence.model.ArticleScore;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.Problem;
import org.credence.model.ScoreReason;
import org.credence.testing.Spans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped scoring models in the standard pipeline, on articles we wrote. */
class ScoringStageTest {

    static Credence credence;

    @BeforeAll
    static void load() {
        credence = Credence.standard();
    }

    @Test
    void everyShippedScoreComesWithBandAndReasonsTiedToTheText() throws Exception {
        Document loud = credence.analyzeText(StyleFeaturesTest.SHOUTY);
        Document calm = credence.analyzeText(StyleFeaturesTest.PLAIN);
        assertTrue(loud.has(Layer.SCORES));
        for (Document d : List.of(loud, calm)) {
            Spans.check(d, "scores");
            assertEquals(List.of("unreliable", "hyperpartisan"), d.scores().stream().map(ArticleScore::id).toList());
            for (ArticleScore s : d.scores()) {
                assertTrue(s.probability() >= 0 && s.probability() <= 1, s.toString());
                assertEquals(ArticleScore.Band.of(s.probability(), 0.3, 0.7), s.band());
                assertFalse(s.reasons().isEmpty(), "no bare verdicts: " + s);
                assertTrue(s.reasons().size() <= Reasons.TOP);
                for (ScoreReason r : s.reasons()) {
                    for (Evidence e : r.evidence()) {
                        assertEquals(e.excerpt(), e.span().in(d.text()), r.toString());
                    }
                }
                assertTrue(s.model().startsWith("scoring/"), s.model());
            }
        }
        for (String id : List.of("unreliable", "hyperpartisan")) {
            double l = loud.score(id).orElseThrow().probability();
            double c = calm.score(id).orElseThrow().probability();
            assertTrue(l > c, id + ": the shouting appeal scores higher than the council report (" + l + " vs " + c + ")");
        }
        JsonNode json = new ObjectMapper().readTree(org.credence.report.JsonReport.pretty(new org.credence.Analysis.Ok(loud)));
        assertEquals(2, json.at("/scores").size());
        assertFalse(json.at("/scores/0/reasons/0/feature").asText().isEmpty());
    }

    @Test
    void scoresAddOnlyLatin1TextToAReport() {
        Document loud = credence.analyzeText(StyleFeaturesTest.SHOUTY);
        for (ArticleScore s : loud.scores()) {
            assertTrue(s.summary().chars().allMatch(c -> c < 256), s.summary());
            for (ScoreReason r : s.reasons()) {
                assertTrue(r.description().chars().allMatch(c -> c < 256), r.description());
            }
        }
    }

    @Test
    void tooLittleTextCannotBeScored() {
        Document d = credence.analyzeText("A headline\n\nThree words here.");
        for (ArticleScore s : d.scores()) {
            assertEquals(ArticleScore.Band.CANNOT_SCORE, s.band());
            assertTrue(s.summary().contains("too little text"), s.summary());
        }
    }

    @Test
    void aFailingModelBecomesAProblemNotACrash() {
        ScoreModel good = ScoringStage.standard().models().get(0);
        double[] mean = good.spec().mean();
        mean[0] = Double.NaN; // a corrupt file: every score of this model is NaN
        FeatureSpec spec = new FeatureSpec(good.spec().dense(), mean, good.spec().std(), good.spec().denseWeight(),
                good.spec().bits(), good.spec().textWeight(), good.spec().bigrams());
        ScoreModel broken = new ScoreModel("broken", "Broken", "it breaks", good.model(), spec, good.platt(),
                good.textOffset(), 0.3, 0.7, "test", "{}");
        Document base = Credence.withoutScores().analyzeText(StyleFeaturesTest.PLAIN);
        Document d = new ScoringStage(List.of(broken, good)).apply(base);
        assertEquals(ArticleScore.Band.CANNOT_SCORE, d.score("broken").orElseThrow().band());
        assertFalse(Double.isNaN(d.score(good.id()).orElseThrow().probability()), "the other model still scores");
        assertTrue(d.problems().stream().map(Problem::code).anyMatch("scoring.failed"::equals));
    }
}
