package org.credence.signals.sourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.SignalResult;
import org.credence.testing.Analyzed;
import org.junit.jupiter.api.Test;

class SourcingSignalsTest {

    private static Document analyze(String text) {
        return Analyzed.text(text, "sourcing");
    }

    private static List<String> excerpts(SignalResult r) {
        return Analyzed.excerpts(r);
    }

    private static final String HEDGED = """
            Council Plan Under Fire

            The new parking plan for the old town has been the talk of the city for weeks now.
            Many see the plan as a gift to developers who have long wanted the square.
            It is believed that the mayor met the developers several times before the vote was held.
            Critics say the fees will drive small shops out of the centre within a year or two.
            The mayor allegedly ignored the advice of his own planning department on the matter.
            The council will vote on the final version of the plan at its meeting next month.
            """;

    private static final String SOURCED = """
            Council Approves Parking Plan

            The city council approved the new parking plan for the old town on Tuesday by nine votes to four.
            "The plan frees the square for markets on weekends," Mayor Ana Silva said after the vote.
            Council member Tom Baker, who voted against it, said the fees were too high for small shops.
            The plan raises the hourly fee from two euros to three euros from the first of March.
            "We will review the fees after six months," Silva told reporters at the town hall.
            The chamber of commerce said in a statement that it would study the plan before commenting.
            """;

    @Test
    void hedgedArticleFiresWithThePhrasesAsEvidence() {
        Document d = analyze(HEDGED);
        SignalResult r = d.signal(HedgingSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.FIRED, r.outcome(), r.reason());
        List<String> ex = excerpts(r);
        assertTrue(ex.contains("Many see"), ex.toString());
        assertTrue(ex.contains("It is believed"), ex.toString());
        assertTrue(ex.contains("allegedly"), ex.toString());
        assertTrue(ex.stream().anyMatch(e -> e.startsWith("Critics")), ex.toString());
    }

    @Test
    void hedgesInsideQuotesAreTheSpeakersNotTheWriters() {
        Document d = analyze("""
                Storm Damage Assessed

                Officials spent Monday counting the damage left by the storm along the northern coast.
                "Many see this as the worst storm in a generation, and it is believed the sea wall failed," Mayor Ana Silva said.
                Repair crews from three towns began clearing the roads to the harbour on Monday morning.
                The regional government has promised money for the repairs within the next two weeks.
                """);
        SignalResult r = d.signal(HedgingSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.CLEAR, r.outcome(), r.reason());
        assertTrue(r.evidence().isEmpty(), excerpts(r).toString());
    }

    @Test
    void theWritersOwnIIsNoAnonymousSource() {
        Document d = analyze("""
                Why I Left the Party

                I said years ago that the party had lost its way on the budget and on the schools.
                We told our neighbours that the new tax would hurt every family on the street.
                The council approved the new tax on Tuesday by nine votes to four after a long debate.
                Officials said the money would go to road repairs and to the schools in the north.
                """);
        SignalResult r = d.signal(SourcingSignal.ID).orElseThrow();
        List<String> ex = excerpts(r);
        assertTrue(ex.stream().noneMatch(e -> e.equals("I") || e.equals("We")), ex.toString());
        assertTrue(ex.contains("Officials"), ex.toString());
        assertEquals(1.0, r.measures().get("anonymous"), r.measures().toString());
    }

    @Test
    void namedSourcesKeepSourcingClear() {
        Document d = analyze(SOURCED);
        SignalResult r = d.signal(SourcingSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.CLEAR, r.outcome(), r.reason());
        assertTrue(r.measures().get("named") >= 3, r.measures().toString());
        assertTrue(r.measures().get("distinctNamedSources") >= 2, r.measures().toString());
    }

    @Test
    void articleWithoutAnyNamedSourceFires() {
        String text = HEDGED + """
                The square has hosted a weekly market since the town was founded in the middle ages.
                Traders have already begun collecting signatures against the plan in the old town.
                Parking in the centre has been free on Sundays for more than twenty years now.
                """;
        SignalResult r = analyze(text).signal(SourcingSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.FIRED, r.outcome(), r.reason());
        assertEquals(0.0, r.measures().get("named"));
        assertTrue(r.reason().startsWith("None of"), r.reason());
        assertEquals(1.0, r.score(), 1e-9);
    }

    @Test
    void tooShortOrForeignTextCannotBeJudged() {
        SignalResult r = analyze("Short note.\n\nNothing here.").signal(SourcingSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, r.outcome());
        assertTrue(Double.isNaN(r.score()));
        SignalResult h = analyze("""
                Новости дня

                Городской совет утвердил новый план парковки в старом городе во вторник вечером после долгих споров.
                Мэр сказал, что план освободит площадь для рынков по выходным дням и праздникам в течение года.
                Многие считают, что план выгоден застройщикам, которые давно хотели получить эту площадь себе.
                """).signal(HedgingSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, h.outcome(), h.reason());
    }
}
