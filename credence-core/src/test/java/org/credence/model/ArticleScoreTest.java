package org.credence.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleScoreTest {

    private static final String TEXT = "Officials said the plan would fail.";

    private static ScoreReason reason(int start, int end) {
        return new ScoreReason("signal:sourcing", "anonymous source", 0.7, "unsourced-claims",
                List.of(Evidence.of(TEXT, new Span(start, end), "anonymous")));
    }

    @Test
    void bandsFollowTheThresholds() {
        assertEquals(ArticleScore.Band.LOW, ArticleScore.Band.of(0.2, 0.35, 0.65));
        assertEquals(ArticleScore.Band.MIXED, ArticleScore.Band.of(0.35, 0.35, 0.65));
        assertEquals(ArticleScore.Band.HIGH, ArticleScore.Band.of(0.65, 0.35, 0.65));
        assertEquals(ArticleScore.Band.CANNOT_SCORE, ArticleScore.Band.of(Double.NaN, 0.35, 0.65));
    }

    @Test
    void probabilityAndBandMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleScore("unreliable", "Unreliable",
                1.2, ArticleScore.Band.HIGH, "too high", List.of(), "m"));
        assertThrows(IllegalArgumentException.class, () -> new ArticleScore("unreliable", "Unreliable",
                Double.NaN, ArticleScore.Band.HIGH, "no number", List.of(), "m"));
        assertThrows(IllegalArgumentException.class, () -> new ArticleScore("unreliable", "Unreliable",
                0.5, ArticleScore.Band.CANNOT_SCORE, "number", List.of(), "m"));
        ArticleScore none = ArticleScore.cannotScore("unreliable", "Unreliable", "text not in English", "m");
        assertEquals(ArticleScore.Band.CANNOT_SCORE, none.band());
    }

    @Test
    void reasonContributionMustBeFinite() {
        assertThrows(IllegalArgumentException.class, () -> new ScoreReason("f", "d", Double.NaN, "", List.of()));
    }

    @Test
    void documentChecksReasonEvidenceAgainstItsText() {
        Document doc = Document.ofText(TEXT);
        ArticleScore ok = new ArticleScore("unreliable", "Unreliable", 0.7, ArticleScore.Band.HIGH,
                "several claims rest on anonymous sources", List.of(reason(0, 14)), "m");
        Document scored = doc.withScores(List.of(ok));
        assertEquals(0.7, scored.score("unreliable").orElseThrow().probability());
        assertEquals(true, scored.has(Layer.SCORES));
        ScoreReason wrong = new ScoreReason("f", "d", 1, "",
                List.of(new Evidence(new Span(0, 4), "Xffi", "")));
        ArticleScore bad = new ArticleScore("unreliable", "Unreliable", 0.7, ArticleScore.Band.HIGH,
                "s", List.of(wrong), "m");
        assertThrows(IllegalArgumentException.class, () -> doc.withScores(List.of(bad)));
    }

    @Test
    void sourceRatingsStayThroughLaterStages() {
        Document doc = Document.ofText(TEXT).withSourceRatings(List.of(new SourceRating("example.com",
                "url", "opensources", "", "", List.of("fake"), "")));
        Document later = doc.withSignals(List.of()).withProblem(Problem.warning("x", "y"));
        assertEquals(1, later.sourceRatings().size());
        assertEquals(List.of("fake"), later.sourceRatings().get(0).types());
    }
}
