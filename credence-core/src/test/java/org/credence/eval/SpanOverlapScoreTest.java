package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.credence.model.Span;
import org.junit.jupiter.api.Test;

class SpanOverlapScoreTest {

    private static final String TEXT = "abcdefghijklmnopqrstuvwxyz";

    private static SpanOverlapScore score(List<Span> predicted, List<Span> gold) {
        return SpanOverlapScore.of(TEXT, predicted, gold);
    }

    @Test
    void halfOverlapGivesHalfPrecisionAndHalfRecall() {
        SpanOverlapScore s = score(List.of(new Span(5, 15)), List.of(new Span(0, 10)));
        assertEquals(0.5, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
        assertEquals(0.5, s.f1(), 1e-12);
    }

    @Test
    void twoPiecesOfOneGoldFragmentEachEarnFullPrecisionAndShareTheRecall() {
        SpanOverlapScore s = score(List.of(new Span(0, 5), new Span(5, 10)), List.of(new Span(0, 10)));
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(1.0, s.recall(), 1e-12);
        assertEquals(2, s.predicted());
    }

    @Test
    void oneLongPredictionEarnsRecallForEveryGoldFragmentItCovers() {
        SpanOverlapScore s = score(List.of(new Span(0, 20)), List.of(new Span(0, 5), new Span(10, 15)));
        assertEquals(0.5, s.precision(), 1e-12);
        assertEquals(1.0, s.recall(), 1e-12);
    }

    @Test
    void overlappingGoldFragmentsAreMergedButTouchingOnesAreNot() {
        assertEquals(1, score(List.of(), List.of(new Span(0, 6), new Span(4, 10))).gold());
        assertEquals(2, score(List.of(), List.of(new Span(0, 5), new Span(5, 10))).gold());
        assertEquals(List.of(new Span(0, 12)), SpanOverlapScore.merge(List.of(new Span(4, 12), new Span(0, 6))));
    }

    @Test
    void emptyCases() {
        assertEquals(1.0, score(List.of(), List.of()).f1(), 1e-12);
        assertEquals(0.0, score(List.of(), List.of(new Span(0, 3))).f1(), 1e-12);
        assertEquals(0.0, score(List.of(new Span(0, 3)), List.of()).f1(), 1e-12);
    }

    @Test
    void articlesAddUpBeforeDividing() {
        SpanOverlapScore a = score(List.of(new Span(0, 10)), List.of(new Span(0, 10)));
        SpanOverlapScore b = score(List.of(new Span(0, 10), new Span(20, 22)), List.of(new Span(5, 15)));
        SpanOverlapScore s = a.plus(b);
        assertEquals((1 + 0.5 + 0) / 3, s.precision(), 1e-12);
        assertEquals((1 + 0.5) / 2, s.recall(), 1e-12);
    }

    @Test
    void lengthsCountCodePointsNotUtf16Units() {
        String text = "\uD83D\uDE00\uD83D\uDE00abc";
        SpanOverlapScore s = SpanOverlapScore.of(text, List.of(new Span(0, 2)), List.of(new Span(0, 4)));
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
    }
}
