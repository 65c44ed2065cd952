package org.credence.signals.clickbait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.Credence;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.SignalResult;
import org.credence.signals.Signals;
import org.credence.testing.Spans;
import org.junit.jupiter.api.Test;

class ClickbaitSignalTest {

    private static final Credence CREDENCE = Credence.standard();

    private static final String BODY = """

            The city council approved the new parking plan for the old town on Tuesday by nine votes to four.
            The plan raises the hourly fee from two euros to three euros from the first of March next year.
            The chamber of commerce said in a statement that it would study the plan before commenting on it.
            """;

    private static SignalResult judge(String text) {
        Document d = CREDENCE.analyzeText(text);
        Spans.check(d, "clickbait");
        return d.signal(ClickbaitSignal.ID).orElseThrow();
    }

    private static List<String> notes(SignalResult r) {
        return r.evidence().stream().map(e -> e.excerpt() + " = " + e.note()).toList();
    }

    @Test
    void isAStandardSignal() {
        assertTrue(Signals.info(ClickbaitSignal.ID).isPresent());
        assertEquals("headline", Signals.info(ClickbaitSignal.ID).orElseThrow().family());
    }

    @Test
    void clickbaitHeadlineFiresCitingTheHeadlineAndItsCues() {
        SignalResult r = judge("You Won't Believe What This Dog Did Next" + BODY);
        assertEquals(SignalResult.Outcome.FIRED, r.outcome(), r.reason());
        assertEquals(r.score(), r.measures().get("probability"), 0.0);
        List<String> n = notes(r);
        assertTrue(n.contains("You Won't Believe What This Dog Did Next = the headline"), n.toString());
        assertTrue(n.stream().anyMatch(e -> e.startsWith("You") && e.endsWith("addresses the reader")), n.toString());
        assertTrue(n.stream().anyMatch(e -> e.contains("This") && e.endsWith("withholds the subject: 'This'")), n.toString());
        assertTrue(r.reason().contains("addresses the reader"), r.reason());
    }

    @Test
    void listicleIsNamedAsOne() {
        SignalResult r = judge("17 things only teachers will understand" + BODY);
        assertEquals(SignalResult.Outcome.FIRED, r.outcome(), r.reason());
        assertTrue(notes(r).stream().anyMatch(e -> e.startsWith("17") && e.endsWith("number listicle")), notes(r).toString());
    }

    @Test
    void newsHeadlineIsClearInTitleAndSentenceCase() {
        for (String h : List.of("Council Approves New Parking Plan For Old Town", "Council approves new parking plan for old town")) {
            SignalResult r = judge(h + BODY);
            assertEquals(SignalResult.Outcome.CLEAR, r.outcome(), h + ": " + r.reason());
            assertTrue(r.score() < 0.2, h + ": " + r.score());
            assertEquals(List.of(h + " = the headline"), notes(r));
        }
    }

    @Test
    void sameVerdictWhateverTheCase() {
        SignalResult title = judge("Here's Why Your Phone Battery Dies So Fast" + BODY);
        SignalResult upper = judge("HERE'S WHY YOUR PHONE BATTERY DIES SO FAST" + BODY);
        assertEquals(SignalResult.Outcome.FIRED, title.outcome(), title.reason());
        assertEquals(title.score(), upper.score(), 1e-9);
    }

    @Test
    void quotedWordsAreNeverCited() {
        SignalResult r = judge("Star Says 'You Will Never Guess What Happened Next' In Interview" + BODY);
        for (Evidence e : r.evidence()) {
            assertTrue(e.note().equals("the headline") || !e.excerpt().contains("You"), e.excerpt() + ": " + e.note());
        }
    }

    @Test
    void cannotJudgeWithoutAHeadline() {
        SignalResult r = judge(BODY.strip());
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, r.outcome(), r.reason());
        assertTrue(Double.isNaN(r.score()));
    }

    @Test
    void cannotJudgeATwoWordHeadline() {
        SignalResult r = judge("Obituary notice" + BODY);
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, r.outcome(), r.reason());
        assertTrue(r.reason().contains("too short"), r.reason());
    }

    @Test
    void cannotJudgeAHeadlineInAnotherScript() {
        SignalResult r = judge("Новый закон о парковке принят в городе" + BODY);
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, r.outcome(), r.reason());
        assertTrue(r.reason().contains("not in English"), r.reason());
    }

    @Test
    void cannotJudgeAnArticleInAnotherLanguage() {
        // the language layer marks runs without English function words as foreign; the
        // signal follows its verdict on the article (ArticleView.isEnglish)
        SignalResult r = judge("""
                El ayuntamiento aprueba el nuevo plan de aparcamiento

                El ayuntamiento aprobó el martes el nuevo plan de aparcamiento del casco antiguo por nueve votos contra cuatro.
                El plan sube la tarifa por hora de dos euros hasta tres euros desde el primero de marzo del año que viene.
                La cámara de comercio dijo en un comunicado que estudiaría el plan antes de hacer comentarios sobre él.
                """);
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, r.outcome(), r.reason());
    }
}
