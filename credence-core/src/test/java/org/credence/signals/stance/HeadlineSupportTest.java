package org.credence.signals.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.Credence;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.SignalResult;
import org.credence.testing.Spans;
import org.junit.jupiter.api.Test;

class HeadlineSupportTest {

    private static final Credence CREDENCE = Credence.standard();

    private static final String LIBRARY = "The city council of Springfield voted on Tuesday to extend the opening hours of the "
            + "public library. Council members said the change would cost about $40,000 a year and would be paid from the "
            + "existing culture budget. The library will now open at 8 a.m. on weekdays and stay open until 9 p.m. on "
            + "Thursdays. Librarians welcomed the decision, saying that students had asked for longer hours for years.";

    private static final String BEATS = "Apple has agreed to buy Beats Electronics, the headphone maker founded by "
            + "Dr. Dre and Jimmy Iovine, for $3 billion, the company confirmed on Wednesday. The deal, Apple's largest "
            + "acquisition ever, includes the Beats Music streaming service. Tim Cook, Apple's chief executive, said the "
            + "purchase would bring talented people into the company. Analysts said the price was high but that the "
            + "brand gave Apple a foothold with younger listeners.";

    private static SignalResult judge(String name, String article) {
        Document doc = CREDENCE.analyzeText(article);
        Spans.check(doc, name);
        return doc.signal(HeadlineSupport.ID).orElseThrow();
    }

    @Test
    void anUnrelatedBodyFiresAndNamesTheMissingSpecifics() {
        SignalResult r = judge("unrelated", "Obama signs bill banning plastic bags in 50 states\n\n" + LIBRARY);
        assertTrue(r.fired(), r.reason());
        assertTrue(r.reason().startsWith("The body is not about what the headline says"), r.reason());
        assertTrue(r.reason().contains("never mentions 'Obama'"), r.reason());
        assertTrue(r.measures().get("p-unrelated") > 0.9, r.measures().toString());
        assertEquals(2.0, r.measures().get("missing-specifics"));
        List<String> notes = r.evidence().stream().map(Evidence::note).toList();
        assertTrue(notes.contains("the body never mentions 'Obama'"), notes.toString());
        assertTrue(notes.contains("the body never mentions '50 states'"), notes.toString());
        assertTrue(r.evidence().stream().anyMatch(e -> e.excerpt().startsWith("Obama signs bill")));
    }

    @Test
    void aGenreLabelOpeningTheHeadlineIsNoSpecific() {
        SignalResult r = judge("label", "Q&A: Apple to buy Beats for $3 billion\n\n" + BEATS);
        assertEquals(0.0, r.measures().get("missing-specifics"), r.reason());
        assertTrue(r.evidence().stream().noneMatch(e -> e.note().contains("'Q&A'")), r.evidence().toString());
        SignalResult speaker = judge("speaker", "Obama: Apple to buy Beats for $3 billion\n\n" + BEATS);
        assertTrue(speaker.reason().contains("never mentions 'Obama'"), speaker.reason());
    }

    @Test
    void aBodyThatReportsTheHeadlineIsClear() {
        SignalResult r = judge("beats", "Apple to buy Beats for $3 billion\n\n" + BEATS);
        assertEquals(SignalResult.Outcome.CLEAR, r.outcome(), r.reason());
        assertEquals(0.0, r.measures().get("missing-specifics"));
        assertTrue(r.measures().get("headline-specifics") >= 2, r.measures().toString());
        assertTrue(r.measures().get("p-unrelated") < 0.1, r.measures().toString());
        assertTrue(r.score() < 0.5);
        assertTrue(r.evidence().stream().anyMatch(e -> e.excerpt().startsWith("Apple has agreed to buy Beats")
                && e.note().startsWith("body sentence closest to the headline")), r.evidence().toString());
    }

    @Test
    void aRelatedBodyMissingTheHeadlinesNumberFires() {
        SignalResult r = judge("number", "Apple to buy Beats for $5 billion\n\n" + BEATS);
        assertTrue(r.fired(), r.reason());
        assertTrue(r.reason().contains("never mentions '$5 billion'"), r.reason());
        assertTrue(r.measures().get("p-unrelated") < 0.1, r.measures().toString());
    }

    @Test
    void numbersWrittenInWordsAndSurnamesCountAsMentioned() {
        String body = "Police said on Monday that fifteen people had been arrested after the protest in the capital. "
                + "Officers used tear gas to clear the main square, and several shops were damaged. The interior "
                + "minister, Maria Keller, said the arrests were lawful. Keller added that an inquiry would look at the "
                + "use of force by officers during the night.";
        SignalResult r = judge("words", "Maria Keller defends 15 arrests after protest\n\n" + body);
        assertEquals(0.0, r.measures().get("missing-specifics"), r.reason());
        assertFalse(r.reason().contains("never mentions"), r.reason());
    }

    @Test
    void aTitleCaseHeadlineReadAsOneNameIsNotAMissingSpecific() {
        String body = "Senator Ana Silva criticised the budget plan in a speech to the chamber on Tuesday, calling it"
                + " a gift to the banks. The plan will be put to a vote in the chamber on Thursday afternoon after a"
                + " final debate, and the senator said she would vote against it.";
        SignalResult r = judge("titlecase", "Senator Destroys Budget Plan\n\n" + body);
        assertTrue(r.evidence().stream().noneMatch(e -> e.excerpt().equals("Senator Destroys Budget Plan")
                && e.note().contains("never")), r.evidence().toString());
    }

    @Test
    void onlyTheSpecificTheBodyLacksIsCited() {
        String body = "A storm left about 12,500 homes without power on Sunday night, the electricity company said. "
                + "Engineers worked through the night to repair fallen lines, and most customers should be reconnected "
                + "by Monday evening. The company asked people to stay away from damaged cables and to report them.";
        SignalResult r = judge("one-missing", "Storm leaves 12,500 homes without power in Leeds\n\n" + body);
        assertTrue(r.fired(), r.reason());
        assertEquals(1.0, r.measures().get("missing-specifics"), r.reason());
        assertTrue(r.reason().contains("never mentions 'Leeds'"), r.reason());
        assertFalse(r.reason().contains("12,500"), r.reason());
    }

    @Test
    void cannotJudgeWithoutHeadlineOrBody() {
        SignalResult noHeadline = judge("no-headline", LIBRARY.toLowerCase(java.util.Locale.ROOT));
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, noHeadline.outcome());
        assertTrue(noHeadline.reason().contains("headline"), noHeadline.reason());
        SignalResult shortBody = judge("short", "Apple to buy Beats for $3 billion\n\nApple confirmed the deal on Wednesday.");
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, shortBody.outcome());
        assertTrue(shortBody.reason().contains("too little text"), shortBody.reason());
    }
}
