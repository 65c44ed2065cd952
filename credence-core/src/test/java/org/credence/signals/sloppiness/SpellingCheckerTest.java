package org.credence.signals.sloppiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.Credence;
import org.credence.model.Document;
import org.credence.signals.ArticleView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences written for these tests; each clean one carries a trap the checker must not fall into. */
class SpellingCheckerTest {

    private static final Credence CREDENCE = Credence.standard();
    private static final SpellingChecker CHECKER = SpellingChecker.standard();

    private static List<SpellingChecker.Misspelling> errors(String body) {
        Document doc = CREDENCE.analyzeText("A headline for the test\n\n" + body);
        return CHECKER.check(ArticleView.of(doc)).errors();
    }

    @Test
    void typosAreFoundWithTheirCorrection() {
        List<SpellingChecker.Misspelling> e = errors("The goverment said on Tuesday that the new budget was "
                + "definately not going to raise taxes, acording to two officials.");
        assertEquals(List.of("goverment", "definately", "acording"), e.stream().map(SpellingChecker.Misspelling::word).toList());
        assertEquals(List.of("government", "definitely", "according"),
                e.stream().map(SpellingChecker.Misspelling::suggestion).toList());
    }

    @Test
    void aSentenceInitialTypoKeepsItsCapital() {
        List<SpellingChecker.Misspelling> e = errors("Officals in the capital refused to answer questions about the plan.");
        assertEquals(1, e.size(), e.toString());
        assertEquals("Officials", e.get(0).suggestion());
    }

    @Test
    void theSpanCoversTheWordWithoutItsClitic() {
        List<SpellingChecker.Misspelling> e = errors("The comittee's report was published late on Friday evening.");
        assertEquals(1, e.size(), e.toString());
        assertEquals("comittee", e.get(0).word());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // UK spellings beside US ones
        "The organisation said the colour of the new programme's logo had been analysed by its defence team.",
        "The organization said the color of the new program's logo had been analyzed by its defense team.",
        // names capitalised mid-sentence, entities, handles, URLs, hashtags, numbers
        "Analysts at Kryzantek said Ms. Obuya had met Dr. Vandersloot in Tbilisi on 12 March.",
        "The post by @janedoe linked to https://example.org/report and used the hashtag #budgetcuts.",
        // abbreviations, units, wire style
        "Output rose 3.2 pct to 1.5 mln bpd, approx. 40 kms north of the port, the govt. said.",
        // hyphenated compounds and prefixes, contractions and possessives
        "The co-ordinator of the pre-election push said they'd re-examine the anti-inflation plan.",
        "It wasn't the company's fault, the workers' union said; they're going to reelect him.",
        // jargon and closed compounds built from known words
        "The startup's livestream showed the cryptocurrency lockdown and the forex desk's reaction.",
        // a quotation reproduces its source's own spelling
        "The post read: \"this goverment is lyng to us\", the ministry said on Monday.",
        // ALL CAPS and mixed case are not spell-checked
        "The NAACP and the iPhone maker's eBay store joined the LOUDCAMPAIGN on Friday.",
        // a word repeated three times is a term of the story, not a slip
        "The zorblat vaccine is new. Doctors said zorblat doses were safe. The zorblat trial ended."
    })
    void cleanSentencesRaiseNoAlarm(String sentence) {
        assertEquals(List.of(), errors(sentence), sentence);
    }

    @Test
    void knownFormsAndTheirLimits() {
        assertTrue(CHECKER.known("reelect"));
        assertTrue(CHECKER.known("livestream"));
        assertTrue(CHECKER.known("progressivism"), "a long word with a derivational ending");
        assertTrue(!CHECKER.known("weelend"), "wee + lend: short rare parts do not make a compound");
        assertTrue(!CHECKER.known("goverment"));
    }

    @Test
    void brokenLineEndHyphenationIsNoMisspelling() {
        assertEquals(List.of(), errors("The judge inter- rupted me twice, and the entrepre- neurs left the hall."));
    }

    @Test
    void clitics() {
        assertEquals("government", SpellingChecker.stripClitic("government's"));
        assertEquals("voters", SpellingChecker.stripClitic("voters'"));
        assertEquals("is", SpellingChecker.stripClitic("isn't"));
    }
}
