package org.credence.signals.sloppiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.Credence;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.SignalResult;
import org.credence.testing.Spans;
import org.junit.jupiter.api.Test;

/** Articles written for these tests. */
class SloppinessSignalTest {

    private static final Credence CREDENCE = Credence.standard();

    private static final String CLEAN = String.join("\n\n",
            "Council approves new budget after long debate",
            "By Jane Doe",
            "The city council approved the budget on Tuesday after a debate that lasted most of the evening. "
                    + "The organisation of the new transport programme will cost about 12 million pounds, the "
                    + "finance committee said, and the first contracts are expected in the spring.",
            "Councillor Amira Haddad, who chairs the committee, said the plan had been analysed in detail. "
                    + "\u201CWe have listened to residents and we think this is a fair settlement,\u201D she said.",
            "Opposition members argued that the co-ordinator's report came too late to be examined properly.");

    private static final String SLOPPY = String.join("\n\n",
            "SHOCKING: Council Hides The Truth!!",
            "The goverment of the city has been hiding the truth from residents for years, and the local "
                    + "papers will not tell you about it. This is ABSOLUTELY outrageous!!! Officals refused to "
                    + "answer questions on Tuesday, acording to residents who gathered outside the town hall.",
            "Critics say the plan is a disaster. WAKE UP PEOPLE, THEY ARE LYING TO YOU! The mayor said the "
                    + "programme would continue despite the complaints of the neighbourhood councils.");

    private static SignalResult judge(String text) {
        Document doc = CREDENCE.analyzeText(text);
        Spans.check(doc, "sloppiness");
        return doc.signal(SloppinessSignal.ID).orElseThrow();
    }

    @Test
    void aCarefulArticleIsClear() {
        SignalResult r = judge(CLEAN);
        assertEquals(SignalResult.Outcome.CLEAR, r.outcome(), r.toString());
        assertEquals(0.0, r.measures().get("spellingErrors"));
        assertEquals(0.0, r.measures().get("bylineMissing"));
        assertTrue(r.score() < SloppinessSignal.THRESHOLD);
    }

    @Test
    void aSloppyArticleFiresWithEveryKindOfEvidence() {
        SignalResult r = judge(SLOPPY);
        assertEquals(SignalResult.Outcome.FIRED, r.outcome(), r.toString());
        List<String> notes = r.evidence().stream().map(Evidence::note).toList();
        assertTrue(notes.contains("probably 'government'"), notes.toString());
        assertTrue(notes.contains("probably 'Officials'"), notes.toString());
        assertTrue(notes.contains("repeated punctuation '!!!'"), notes.toString());
        assertTrue(r.evidence().stream().anyMatch(e -> e.excerpt().equals("ABSOLUTELY")), notes.toString());
        assertTrue(r.evidence().stream().anyMatch(e -> e.excerpt().startsWith("WAKE UP PEOPLE")), notes.toString());
        assertEquals(1.0, r.measures().get("bylineMissing"));
        assertTrue(r.reason().contains("no byline"), r.reason());
    }

    @Test
    void repairedMojibakeIsCitedWithWhatItWas() {
        String garbled = CLEAN.replace("Councillor Amira Haddad", "Councillor Am\u00C3\u00A9lie Haddad");
        SignalResult r = judge(garbled);
        assertTrue(r.evidence().stream().anyMatch(e -> e.excerpt().equals("\u00E9")
                && e.note().equals("garbled characters repaired: '\u00C3\u00A9' \u2192 '\u00E9'")), r.toString());
        assertEquals(1.0, r.measures().get("mojibakeRepairs"));
    }

    @Test
    void acronymsAndAQuotedExclamationAreNotShouting() {
        String text = String.join("\n\n", "NATO allies meet in Brussels",
                "NATO and the WHO met officials from the AIDS programme on Monday to discuss the plan for the "
                        + "coming year. \u201CWe will not give up!\u201D one delegate said after the talks, which "
                        + "ran late into the night and ended without a joint statement from the partners.");
        SignalResult r = judge(text);
        assertEquals(0.0, r.measures().get("shouting"), r.toString());
        assertEquals(0.0, r.measures().get("excessPunctuation"), r.toString());
    }

    @Test
    void tooShortOrForeignTextCannotBeJudged() {
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, judge("Short headline\n\nThe goverment fell.").outcome());
        String german = "Die Regierung hat am Dienstag den Haushalt beschlossen, nachdem die Abgeordneten lange "
                + "darüber gestritten hatten. Die Opposition kritisierte den Plan scharf und kündigte an, vor "
                + "Gericht zu ziehen, falls die Kürzungen bei den Schulen nicht zurückgenommen würden.";
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, judge("Haushalt beschlossen\n\n" + german).outcome());
    }

    @Test
    void oneSlipInAShortArticleDoesNotFire() {
        SignalResult r = judge(CLEAN.replace("approved the budget", "aproved the budget"));
        assertEquals(1.0, r.measures().get("spellingErrors"), r.toString());
        assertEquals(SignalResult.Outcome.CLEAR, r.outcome(), r.toString());
    }
}
