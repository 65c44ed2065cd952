package org.credence.signals.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.credence.Credence;
import org.credence.ml.ModelFile;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.SignalResult;
import org.credence.testing.Spans;
import org.junit.jupiter.api.Test;

class CheckWorthyClaimsTest {

    private static final Credence CREDENCE = Credence.standard();

    private static final String BUDGET = """
            City council approves new budget after long debate

            The city council voted 7 to 2 on Tuesday to approve a $4.2 billion budget for next year, ending weeks of argument over police funding and road repairs.

            Spending on road repairs will rise by 18 percent, to $310 million, the largest increase since 2009. Unemployment in the city fell to 4.1 percent last year, according to the state labour department.

            Residents who spoke at the meeting were divided. Some praised the road plan. Others worried about taxes.

            It was a long night. Many people left early. Everyone went home tired.
            """;

    private static final String CHAT = """
            A quiet afternoon in the garden

            I love sitting outside when the weather is nice. What do you think about that? Maybe you feel the same way.

            Thank you for reading, and please do tell me about your favourite flowers. I hope you have a lovely week.

            Let us just enjoy the sunshine while we can, and talk again soon about whatever you like.
            """;

    private static SignalResult judge(Document doc) {
        return doc.signals().stream().filter(r -> r.id().equals(CheckWorthyClaims.ID)).findFirst().orElseThrow();
    }

    @Test
    void firesOnSentencesWithFiguresAndCitesThemWithNotes() {
        Document doc = CREDENCE.analyzeText(BUDGET);
        Spans.check(doc, "budget");
        SignalResult r = judge(doc);
        assertEquals(SignalResult.Outcome.FIRED, r.outcome(), r.reason());
        List<String> excerpts = r.evidence().stream().map(Evidence::excerpt).toList();
        assertTrue(excerpts.stream().anyMatch(e -> e.startsWith("Spending on road repairs will rise by 18 percent")), excerpts::toString);
        assertTrue(excerpts.stream().anyMatch(e -> e.startsWith("Unemployment in the city fell")), excerpts::toString);
        assertFalse(excerpts.contains("It was a long night."), excerpts::toString);
        assertFalse(excerpts.contains("Some praised the road plan."), excerpts::toString);
        for (Evidence e : r.evidence()) {
            assertTrue(e.note().contains("check-worthiness"), e.note());
        }
        Evidence spending = r.evidence().stream().filter(e -> e.excerpt().startsWith("Spending")).findFirst().orElseThrow();
        assertTrue(spending.note().startsWith("states an amount of money"), spending.note());
        assertTrue(r.reason().contains("make checkable factual claims") || r.reason().contains("makes a checkable"), r.reason());
        double count = r.measures().get("check_worthy_sentences");
        assertEquals(count / r.measures().get("body_sentences"), r.score(), 1e-9);
        assertTrue(r.measures().get("top_probability") > 0.9, r.measures().toString());
    }

    @Test
    void chattyTextWithoutClaimsStaysClear() {
        SignalResult r = judge(CREDENCE.analyzeText(CHAT));
        assertEquals(SignalResult.Outcome.CLEAR, r.outcome(), r.reason() + " " + r.evidence());
        assertEquals(0.0, r.score());
    }

    @Test
    void tooShortBodyCannotBeJudged() {
        SignalResult r = judge(CREDENCE.analyzeText("Short note\n\nCrime fell by 40 percent in 2019."));
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, r.outcome());
        assertTrue(r.reason().contains("too little text"), r.reason());
    }

    @Test
    void evidenceIsCappedAtFiveSentences() {
        StringBuilder text = new StringBuilder("Figures of the year\n\n");
        String[] places = {"Ohio", "Texas", "Florida", "Georgia", "Arizona", "Nevada", "Iowa", "Maine"};
        for (int i = 0; i < places.length; i++) {
            text.append("Unemployment in ").append(places[i]).append(" fell to ").append(3 + i)
                    .append(".2 percent in 2019, the lowest rate since 1970. ");
        }
        SignalResult r = judge(CREDENCE.analyzeText(text.toString()));
        assertEquals(SignalResult.Outcome.FIRED, r.outcome());
        assertEquals(CheckWorthyClaims.MAX_EVIDENCE, r.evidence().size());
        assertEquals(8.0, r.measures().get("check_worthy_sentences"));
    }

    @Test
    void notesNameWhatMakesASentenceCheckable() {
        SentenceCues money = Transcripts.cues("The bridge cost $40 million in 2012.");
        assertTrue(CheckWorthyClaims.note(money).startsWith("states an amount of money"), CheckWorthyClaims.note(money));
        assertTrue(CheckWorthyClaims.note(money).contains("gives a date"), CheckWorthyClaims.note(money));
        SentenceCues person = Transcripts.cues("Senator Mary Walsh voted against the bill.");
        assertEquals("names a person and a past event", CheckWorthyClaims.note(person));
        SentenceCues plain = Transcripts.cues("We should all be kind.");
        assertEquals("reads as a factual statement", CheckWorthyClaims.note(plain));
    }

    @Test
    void shippedModelReloadsWithTheSameProvenanceAndPredictions() throws IOException {
        CheckWorthiness m = CheckWorthiness.standard();
        ModelFile file = ModelFile.resource(CheckWorthiness.class, CheckWorthiness.RESOURCE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.write(out);
        CheckWorthiness again = CheckWorthiness.fromFile(ModelFile.read(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(m.provenance(), again.provenance());
        assertEquals(m.threshold(), again.threshold());
        assertEquals(m.features().params(), again.features().params());
        List<SentenceCues> run = Transcripts.cues(List.of("Thank you.", "We lost 700,000 jobs last year.", "Good night."));
        double[] p = m.probabilities(run);
        assertEquals(p[1], again.probabilities(run)[1], 0);
        assertTrue(p[1] > p[0] && p[1] > p[2], java.util.Arrays.toString(p));
        Set<String> seen = m.trainingDebates();
        assertTrue(seen.contains("20161010_2pres") && !seen.contains("20160926_1pres"), seen.toString());
    }
}
