package org.credence.language.quotes;

import static org.credence.language.quotes.QuoteExtractorTest.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Wire-story attribution frames: modified anonymous sources, appositive names, time words next to the cue. */
class WireAttributionTest {

    @Test
    void anAdjectiveBeforeTheAnonymousNoun() {
        assertEquals("The deal is dead | said | DIRECT | ANONYMOUS a senior official\n",
                show("“The deal is dead,” a senior official said."));
        assertEquals("The deal is dead | said | DIRECT | ANONYMOUS a former diplomat\n",
                show("“The deal is dead,” a former diplomat said on Tuesday."));
    }

    @Test
    void aRelativeClauseAfterTheAnonymousNoun() {
        assertEquals("the delay could add $1 billion to the cost | said | INDIRECT | ANONYMOUS "
                        + "A senior official who spoke on condition of anonymity because the talks are private\n",
                show("A senior official who spoke on condition of anonymity because the talks are private said "
                        + "the delay could add $1 billion to the cost."));
        assertEquals("the plan was dead | said | INDIRECT | ANONYMOUS Two people with knowledge of the matter\n",
                show("Two people with knowledge of the matter said the plan was dead."));
    }

    @Test
    void aNameInCommasAfterATitle() {
        assertEquals("the plant would close in May | said | INDIRECT | NAMED_PERSON A spokeswoman, Karen Walsh -> Karen Walsh\n",
                show("A spokeswoman, Karen Walsh, said in an email that the plant would close in May."));
        assertEquals("the ruling would be appealed | said | INDIRECT | NAMED_PERSON The committee chairman, Greg Olsen -> Greg Olsen\n",
                show("The committee chairman, Greg Olsen, said the ruling would be appealed."));
    }

    @Test
    void aTimeWordIsNotTheSource() {
        assertEquals("coffee protects the heart | suggests | INDIRECT | TITLE_ONLY A small study\n",
                show("A small study published on Monday suggests that coffee protects the heart."));
    }

    @Test
    void aQuoteEndingItsSentenceHasNoFrameInTheNext() {
        String shown = show("A spokesman for the ministry declined to comment on what he called “internal deliberations.” "
                + "The shipyard's owner, Halvorsen Marine, did not respond to requests for comment.");
        assertFalse(shown.contains("Halvorsen"), shown);
        assertFalse(shown.contains("| respond |"), shown);
    }

    @Test
    void theGroupOfANamedInstitutionIsNotVague() {
        org.credence.model.Document doc = org.credence.testing.Analyzed.text("Bank to cut jobs\n\n"
                + "Analysts at Barclays Capital estimated that the bank would cut 500 jobs this year.\n\n"
                + "Critics said the plan would hurt the town, and supporters of Mayor Ana Silva said it would not.", "institution");
        java.util.List<String> got = doc.language().quotes().stream()
                .map(q -> q.source().kind() + " " + doc.textOf(q.source().mention())).toList();
        assertEquals(java.util.List.of("NAMED_ORGANIZATION Analysts at Barclays Capital", "VAGUE Critics",
                "VAGUE supporters of Mayor Ana Silva"), got);
    }

    @Test
    void anInstitutionNamedByItsBuildingIsAnOrganisation() {
        org.credence.model.Document doc = org.credence.testing.Analyzed.text("Visit goes ahead\n\n"
                + "The White House said the visit would go ahead despite the storm warnings along the coast.", "white house");
        assertEquals(java.util.List.of("NAMED_ORGANIZATION The White House"), doc.language().quotes().stream()
                .map(q -> q.source().kind() + " " + doc.textOf(q.source().mention())).toList());
    }

    @Test
    void aTimeWordOpeningTheTextIsNoSpeakerAndNoCrash() {
        assertEquals("", show("Today said the plan was dead."));
        assertEquals("", show("On Monday announced that the plan was dead."));
        assertEquals("", show("reportedly said the plan was dead."));
    }
}
