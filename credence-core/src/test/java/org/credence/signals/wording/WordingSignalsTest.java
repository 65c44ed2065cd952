package org.credence.signals.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.SignalResult;
import org.credence.testing.Analyzed;
import org.junit.jupiter.api.Test;

class WordingSignalsTest {

    private static Document analyze(String text) {
        return Analyzed.text(text, "wording");
    }

    private static List<String> excerpts(SignalResult r) {
        return Analyzed.excerpts(r);
    }

    private static final String RANT = """
            Senator Destroys Budget Plan

            Senator Ana Silva slams the budget plan of the regime in a bombshell speech that stunned the chamber.
            I have watched this circus for years, and frankly the thugs running the ministry should resign today.
            Clearly the globalists behind the plan want you to pay for their utterly disgraceful mistakes!
            Why does nobody in the press ask who profits from this sham?
            The plan will be put to a vote in the chamber on Thursday afternoon after a final debate.
            """;

    private static final String REPORT = """
            Senate Debates Budget Plan

            Senator Ana Silva criticised the government's budget plan in a speech to the chamber on Tuesday.
            She said the plan would raise the deficit by two billion euros over the next three years.
            The finance ministry said the figures in the plan had been checked by the national audit office.
            "This plan is a disgrace and a sham," Silva told reporters after the debate.
            The plan will be put to a vote in the chamber on Thursday afternoon after a final debate.
            """;

    @Test
    void rantFiresBothWordingSignalsWithTheWordsAsEvidence() {
        Document d = analyze(RANT);
        SignalResult loaded = d.signal(LoadedWordingSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.FIRED, loaded.outcome(), loaded.reason());
        List<String> ex = excerpts(loaded);
        for (String w : List.of("slams", "regime", "bombshell", "thugs", "globalists", "utterly", "sham")) {
            assertTrue(ex.contains(w), w + " in " + ex);
        }
        SignalResult opinion = d.signal(OpinionSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.FIRED, opinion.outcome(), opinion.reason());
        List<String> ox = excerpts(opinion);
        assertTrue(ox.contains("I"), ox.toString());
        assertTrue(ox.contains("frankly"), ox.toString());
        assertTrue(ox.contains("should"), ox.toString());
        assertTrue(ox.stream().anyMatch(e -> e.startsWith("Why does nobody")), "rhetorical question: " + ox);
        assertTrue(opinion.reason().contains("not labelled as opinion"), opinion.reason());
    }

    @Test
    void loadedWordsInsideQuotesAreTheSpeakers() {
        Document d = analyze(REPORT);
        SignalResult loaded = d.signal(LoadedWordingSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.CLEAR, loaded.outcome(), loaded.reason());
        assertFalse(excerpts(loaded).contains("sham"), excerpts(loaded).toString());
        assertFalse(excerpts(loaded).contains("disgrace"), excerpts(loaded).toString());
        SignalResult opinion = d.signal(OpinionSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.CLEAR, opinion.outcome(), opinion.reason());
        assertTrue(opinion.evidence().isEmpty(), excerpts(opinion).toString());
    }

    @Test
    void scoresGrowWithDensityAndStayInRange() {
        double rant = analyze(RANT).signal(LoadedWordingSignal.ID).orElseThrow().score();
        double report = analyze(REPORT).signal(LoadedWordingSignal.ID).orElseThrow().score();
        assertTrue(rant > report, rant + " vs " + report);
        assertTrue(rant > 0 && rant < 1);
    }

    @Test
    void wordsInsideNamesAreNotTheWritersWording() {
        Document d = analyze("""
                Charity Funds Heart Study

                The British Heart Foundation will fund a study of heart disease at the University of Leeds, the charity said.
                Members of the Freedom Caucus said they would back the research budget in a vote next month.
                The study will follow 4,000 patients for five years and report its first results in 2027.
                """);
        SignalResult loaded = d.signal(LoadedWordingSignal.ID).orElseThrow();
        List<String> ex = excerpts(loaded);
        assertFalse(ex.contains("Heart"), ex.toString());
        assertFalse(ex.contains("Freedom"), ex.toString());
    }

    @Test
    void anInterviewIsNotTheWritersOpinion() {
        Document d = analyze("""
                A harbour pilot on the busiest season in years

                Captain Ines Navarro has guided ships into the port of Riverton for twenty years. We spoke with her about the season.

                Q: Is this season unusual?

                A: It is the busiest I have seen. I think we brought in forty ships in June alone, and frankly the channel was built for half that.

                Q: What would help?

                A: A second channel. I have asked the council for it for a decade, and I would like to see it before I retire!

                Q: Some say the port should simply close at night. Do you agree?

                A: I am. We should not wait for an accident before we act.
                """);
        SignalResult opinion = d.signal(OpinionSignal.ID).orElseThrow();
        List<String> ex = excerpts(opinion);
        assertFalse(ex.stream().anyMatch(e -> e.startsWith("Q:") || e.startsWith("Do you")), ex.toString());
        assertFalse(ex.contains("you"), ex.toString());
        assertFalse(ex.contains("frankly"), ex.toString());
        assertEquals(SignalResult.Outcome.CLEAR, opinion.outcome(), opinion.reason());
    }
}
