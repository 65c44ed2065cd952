package org.credence.language.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.language.ner.EntityLinker;
import org.credence.model.Entity;
import org.credence.model.EntityChain;
import org.credence.model.EntityType;
import org.credence.model.Language;
import org.credence.model.NominalMention;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Nominal mentions on sentences written for these tests, with hand-placed entities so that the
 * linker alone is tested; {@code NominalStageTest} runs the same kind of text through the recognizer.
 */
class NominalLinkerTest {

    private static final EntityType PER = EntityType.PERSON;
    private static final EntityType ORG = EntityType.ORGANIZATION;
    private static final EntityType GPE = EntityType.GPE;
    private static final EntityType NAT = EntityType.NATIONALITY;

    /** An article with hand-placed entities: {@code mention} (its n-th occurrence, from 1) and its type. */
    private static final class Article {
        final String text;
        final List<Entity> entities = new ArrayList<>();

        Article(String text) {
            this.text = text;
        }

        Article ent(String mention, EntityType type) {
            return ent(mention, 1, type);
        }

        Article ent(String mention, int nth, EntityType type) {
            int at = -1;
            for (int k = 0; k < nth; k++) {
                at = text.indexOf(mention, at + 1);
                if (at < 0) {
                    throw new IllegalArgumentException(mention + " #" + nth + " not in the text");
                }
            }
            entities.add(new Entity(new Span(at, at + mention.length()), type, 0.9, -1));
            return this;
        }

        /** Every linked nominal as "text → chain name (reason: evidence)", in text order. */
        List<String> links() {
            List<String> out = new ArrayList<>();
            for (NominalMention n : linked()) {
                out.add(n.text(text) + " → " + name(n) + " (" + n.reason().name().toLowerCase(Locale.ROOT) + ": "
                        + n.evidence().in(text) + ")");
            }
            return out;
        }

        private String name(NominalMention n) {
            return chains().stream().filter(c -> c.nominals().contains(n)).findFirst().map(EntityChain::name).orElse("?");
        }

        /** Every linked nominal, in text order. */
        List<NominalMention> linked() {
            List<NominalMention> all = new ArrayList<>();
            for (EntityChain c : chains()) {
                all.addAll(c.nominals());
            }
            all.sort(null);
            return all;
        }

        private List<EntityChain> chains;

        List<EntityChain> chains() {
            if (chains == null) {
                List<Token> tokens = new Tokenizer().tokenize(text);
                List<Sentence> sentences = new SentenceSplitter().split(text, tokens);
                EntityLinker.Linked l = new EntityLinker().link(text, entities);
                Language lang = Language.of(tokens, sentences, List.of()).withEntities(l.entities(), l.chains());
                chains = new NominalLinker().link(text, lang);
                for (EntityChain c : chains) {
                    for (NominalMention n : c.nominals()) {
                        n.span().checkedIn(text);
                        n.evidence().checkedIn(text);
                    }
                }
            }
            return chains;
        }
    }

    @Test
    void titleDescribesTheMinisterInALaterSentence() {
        Article a = new Article("Russian Foreign Minister Sergei Lavrov arrived in Geneva on Monday. Talks began at noon. "
                + "The Russian foreign minister said little.")
                .ent("Russian", NAT).ent("Sergei Lavrov", PER).ent("Geneva", GPE).ent("Russian", 2, NAT);
        assertEquals(List.of("The Russian foreign minister → Sergei Lavrov (described: Russian Foreign Minister)"), a.links());
    }

    @Test
    void spansAreExactAndExcludeThePossessive() {
        String text = "Apple said on Monday it would appeal the ruling. The company’s shares fell 3 percent.";
        Article a = new Article(text).ent("Apple", ORG);
        NominalMention n = a.linked().get(0);
        int start = text.indexOf("The company");
        assertEquals(new Span(start, start + "The company".length()), n.span());
        assertEquals(new Span(0, 5), n.evidence());
        assertEquals(NominalMention.Reason.RECENT, n.reason());
    }

    @Test
    void possessiveAppositiveIsAMentionAndADescription() {
        Article a = new Article("Sergei Lavrov, Russia's foreign minister, met John Kerry in Geneva. Kerry spoke first. "
                + "The Russian foreign minister then left.")
                .ent("Sergei Lavrov", PER).ent("Russia", GPE).ent("John Kerry", PER).ent("Geneva", GPE)
                .ent("Kerry", 2, PER).ent("Russian", NAT);
        assertEquals(List.of(
                "Russia's foreign minister → Sergei Lavrov (appositive: Sergei Lavrov)",
                "The Russian foreign minister → Sergei Lavrov (described: Russia's foreign minister)"), a.links());
    }

    @Test
    void possessiveNominalMatchesTheDemonymInTheTitle() {
        Article a = new Article("Russian Foreign Minister Sergei Lavrov flew to Ankara. "
                + "Russia's foreign minister told reporters the talks were useful.")
                .ent("Russian", NAT).ent("Sergei Lavrov", PER).ent("Ankara", GPE).ent("Russia", 2, GPE);
        assertEquals(List.of("Russia's foreign minister → Sergei Lavrov (described: Russian Foreign Minister)"), a.links());
    }

    @Test
    void twoMinistersLeaveTheBareMinisterUnlinked() {
        Article a = new Article("Foreign Minister Sergei Lavrov met Defence Minister Sergei Shoigu on Friday. "
                + "The minister said the meeting went well. The defence minister declined to comment.")
                .ent("Sergei Lavrov", PER).ent("Sergei Shoigu", PER);
        assertEquals(List.of("The defence minister → Sergei Shoigu (described: Defence Minister)"), a.links());
    }

    @Test
    void rankMustAgree() {
        Article a = new Article("Former President Bill Clinton spoke in Flint on Monday. The president was not there. "
                + "The former president praised the plan.")
                .ent("Bill Clinton", PER).ent("Flint", GPE);
        assertEquals(List.of("The former president → Bill Clinton (described: Former President)"), a.links());
    }

    @Test
    void ageIsDescriptionNotIdentity() {
        Article a = new Article("Sen. Lisa Warren (D-Mass.) filed the bill on Tuesday. The 47-year-old senator said it would pass.")
                .ent("Lisa Warren", PER);
        assertEquals(List.of("The 47-year-old senator → Lisa Warren (described: Sen.)"), a.links());
    }

    @Test
    void roleMismatchIsNoLink() {
        Article a = new Article("Sen. Lisa Warren filed the bill on Tuesday. The minister criticised it.")
                .ent("Lisa Warren", PER);
        assertEquals(List.of(), a.links());
    }

    @Test
    void titlesMatchWhateverTheirCase() {
        Article a = new Article("Kremlin spokesman Dmitry Peskov spoke on Monday. The Spokesman denied the report. "
                + "THE SPOKESMAN ADDED NOTHING.")
                .ent("Kremlin", ORG).ent("Dmitry Peskov", PER);
        assertEquals(List.of(
                "The Spokesman → Dmitry Peskov (described: Kremlin spokesman)",
                "THE SPOKESMAN → Dmitry Peskov (described: Kremlin spokesman)"), a.links());
    }

    @Test
    void aTitleBeforeANameIsNotAMention() {
        Article a = new Article("The foreign minister Sergei Lavrov arrived late. The foreign minister spoke briefly.")
                .ent("Sergei Lavrov", PER);
        assertEquals(List.of("The foreign minister → Sergei Lavrov (described: The foreign minister)"), a.links());
        assertEquals(a.text.lastIndexOf("The foreign minister"), a.linked().get(0).span().start());
    }

    @Test
    void appositiveBeforeTheName() {
        Article a = new Article("The foreign minister, Sergei Lavrov, said the talks had failed.").ent("Sergei Lavrov", PER);
        assertEquals(List.of("The foreign minister → Sergei Lavrov (appositive: Sergei Lavrov)"), a.links());
    }

    @Test
    void ofComplementTitle() {
        Article a = new Article("U.S. Secretary of State John Kerry met the press in Geneva. The secretary of state said the talks were useful.")
                .ent("U.S.", GPE).ent("John Kerry", PER).ent("Geneva", GPE);
        assertEquals(List.of("The secretary of state → John Kerry (described: U.S. Secretary of State)"), a.links());
    }

    @Test
    void anUnnamedSpokesmanInBetweenBlocksTheLink() {
        Article a = new Article("Kremlin spokesman Dmitry Peskov spoke on Monday. A spokesman for the ministry said on Tuesday "
                + "the talks would go on. The spokesman did not give his name.")
                .ent("Kremlin", ORG).ent("Dmitry Peskov", PER);
        assertEquals(List.of(), a.links());
    }

    @Test
    void predicativePhrasesAreNotMentions() {
        Article a = new Article("Foreign Minister Sergei Lavrov spoke on Monday. He has been the foreign minister since 2004. "
                + "Hillary Clinton hopes to be the next president.")
                .ent("Sergei Lavrov", PER).ent("Hillary Clinton", PER);
        assertEquals(List.of(), a.links());
    }

    @Test
    void mostRecentPersonWhenAlone() {
        Article a = new Article("Lisa Warren filed the bill on Tuesday. The senator said it would pass.").ent("Lisa Warren", PER);
        assertEquals(List.of("The senator → Lisa Warren (recent: Lisa Warren)"), a.links());
    }

    @Test
    void twoPeopleInTheWindowAreAmbiguous() {
        Article a = new Article("Lisa Warren and Tom Reyes filed the bill on Tuesday. The senator said it would pass.")
                .ent("Lisa Warren", PER).ent("Tom Reyes", PER);
        assertEquals(List.of(), a.links());
    }

    @Test
    void anOfficeNeedsADescription() {
        Article a = new Article("Donald Trump spoke in Ohio on Monday. The president was not mentioned.").ent("Donald Trump", PER);
        assertEquals(List.of(), a.links());
    }

    @Test
    void aRoleOfSomeoneNamedIsNotThatPerson() {
        Article a = new Article("Donald Trump spoke in Ohio on Monday. Trump's spokesman later denied it.")
                .ent("Donald Trump", PER).ent("Ohio", GPE).ent("Trump", 2, PER);
        assertEquals(List.of(), a.links());
    }

    @Test
    void twoCompaniesAreAmbiguous() {
        Article a = new Article("Apple and Google said on Monday they would appeal. The company's shares fell.")
                .ent("Apple", ORG).ent("Google", ORG);
        assertEquals(List.of(), a.links());
    }

    @Test
    void recencyHasASmallWindow() {
        Article a = new Article("Apple said it would appeal. The ruling came late. Lawyers were surprised. "
                + "Markets barely moved. Analysts shrugged. The company declined to comment.").ent("Apple", ORG);
        assertEquals(List.of(), a.links());
    }

    @Test
    void anOrganisationsOwnHeadNoun() {
        Article a = new Article("The Foreign Ministry said on Friday it had summoned the envoy. Sergei Lavrov was in Geneva. "
                + "Talks were off. More talks were planned. Later the ministry issued a statement.")
                .ent("Foreign Ministry", ORG).ent("Sergei Lavrov", PER).ent("Geneva", GPE);
        assertEquals(List.of("the ministry → Foreign Ministry (name: Foreign Ministry)"), a.links());
    }

    @Test
    void anOfComplementOfCommonWordsIsNotTheHead() {
        Article a = new Article("Apple Inc. named Tim Cook to the board. The president of the company resigned.")
                .ent("Apple Inc.", ORG).ent("Tim Cook", PER);
        assertEquals(List.of("the company → Apple Inc. (name: Apple Inc.)"), a.links());
    }

    @Test
    void aHeadOfAnotherKindDoesNotLinkByRecency() {
        Article a = new Article("The Senate Banking Committee met on Monday. The company was not invited.")
                .ent("Senate Banking Committee", ORG);
        assertEquals(List.of(), a.links());
    }

    @Test
    void notSomeoneNamedEarlierInTheSameSentence() {
        Article a = new Article("The hearing opened at nine. Brafman told the judge that prison was out of the ordinary.")
                .ent("Brafman", PER);
        assertEquals(List.of(), a.links());
    }

    @Test
    void aPersonLinksByRecencyOnlyFromTheSubject() {
        Article a = new Article("The clerks stared at Brafman for a while. The judge rubbed his chin.").ent("Brafman", PER);
        assertEquals(List.of(), a.links());
        Article b = new Article("Brafman stared at the clerks for a while. The lawyer rubbed his chin.").ent("Brafman", PER);
        assertEquals(List.of("The lawyer → Brafman (recent: Brafman)"), b.links());
    }

    @Test
    void anAppositiveMayRunOnToItsComma() {
        Article a = new Article("McCain, the GOP's presidential nominee in 2008, issued a statement.")
                .ent("McCain", PER).ent("GOP", ORG);
        assertEquals(List.of("the GOP's presidential nominee → McCain (appositive: McCain)"), a.links());
    }

    @Test
    void anIntroductoryPhraseIsNoAppositive() {
        Article a = new Article("Unlike Trump, the Ohio governor supports the deal.").ent("Trump", PER).ent("Ohio", GPE);
        assertEquals(List.of(), a.links());
    }

    @Test
    void anAdjectiveIsNoHead() {
        Article a = new Article("Ted Cruz spoke in Iowa. Cruz is protesting Obama's executive actions on guns.")
                .ent("Ted Cruz", PER).ent("Iowa", GPE).ent("Cruz", 2, PER).ent("Obama", PER);
        assertEquals(List.of(), a.links());
    }

    @Test
    void aBareBroadRoleNeedsRecency() {
        Article a = new Article("Republican presidential candidate Marco Rubio spoke on Monday. Polls closed at eight. "
                + "Donald Trump held a rally. Protesters clashed with the candidate's supporters.")
                .ent("Marco Rubio", PER).ent("Donald Trump", PER);
        assertEquals(List.of(), a.links());
    }

    @Test
    void aNamedCompanyIsNotTheCompanyWhenAnotherWasJustNamed() {
        Article a = new Article("Apple Inc. reported earnings on Monday. Google said it would appeal. The company declined to comment.")
                .ent("Apple Inc.", ORG).ent("Google", ORG);
        assertEquals(List.of(), a.links());
    }

    @Test
    void anUnreadableComplementSkipsThePhrase() {
        Article a = new Article("President Barack Obama spoke on Tuesday. The president of a gun safety group joined him.")
                .ent("Barack Obama", PER);
        assertEquals(List.of(), a.links());
    }

    @Test
    void quotedSpeechIsNoRecencyAntecedent() {
        Article a = new Article("Lisa Warren spoke at length on Tuesday. “We will win,” the senator said.").ent("Lisa Warren", PER);
        assertEquals(List.of("the senator → Lisa Warren (recent: Lisa Warren)"), a.links(), "the nominal is outside the quote");
        Article b = new Article("Lisa Warren spoke at length on Tuesday. “I told the senator we would win,” he said.")
                .ent("Lisa Warren", PER);
        assertEquals(List.of(), b.links(), "the nominal is inside the quote");
    }

    @Test
    void anOrganisationOfAKindNeedsItsNameOrADescription() {
        Article a = new Article("Facebook said on Monday it would appeal. The airline declined to comment.").ent("Facebook", ORG);
        assertEquals(List.of(), a.links());
        Article b = new Article("Delta Air Lines, the Atlanta-based airline, said on Monday it would appeal. "
                + "The airline declined to comment further.").ent("Delta Air Lines", ORG);
        assertEquals(List.of("the Atlanta-based airline → Delta Air Lines (appositive: Delta Air Lines)",
                "The airline → Delta Air Lines (described: the Atlanta-based airline)"), b.links());
    }

    @Test
    void aPossessorOfTheSameKindDescribesAnotherEntity() {
        Article a = new Article("Workers met at Carrier on Monday. Executives at Carrier's parent company, United Technologies, "
                + "said little. Politicians are furious at the company.")
                .ent("Carrier", ORG).ent("Carrier", 2, ORG).ent("United Technologies", ORG);
        assertEquals(List.of("Carrier's parent company → United Technologies (appositive: United Technologies)"), a.links(),
                "the appositive links; the company later does not");
    }

    @Test
    void aRolesRaceIsNotThePerson() {
        Article a = new Article("Gov. Mike Pence endorsed Ted Cruz on Friday. Four candidates entered the governor's race.")
                .ent("Mike Pence", PER).ent("Ted Cruz", PER);
        assertEquals(List.of(), a.links());
    }

    @Test
    void headlinesAreNoOrganisationAntecedent() {
        Article a = new Article("Trump Files Largest Financial Statement In FEC History\n\nThe agency said the filing was complete.")
                .ent("Trump Files Largest Financial Statement In FEC", ORG);
        assertEquals(List.of(), a.links());
    }

    @Test
    void recordsCheckTheirArguments() {
        Span s = new Span(0, 3);
        assertThrows(IllegalArgumentException.class, () -> new NominalMention(s, null, s));
        assertThrows(IllegalArgumentException.class, () -> new NominalMention(new Span(2, 2), NominalMention.Reason.RECENT, s));
        EntityChain c = new EntityChain(0, PER, "Lavrov", List.of(s)).withNominals(List.of(
                new NominalMention(new Span(20, 30), NominalMention.Reason.RECENT, s),
                new NominalMention(new Span(10, 15), NominalMention.Reason.RECENT, s)));
        assertEquals(10, c.nominals().get(0).span().start(), "nominals are kept in text order");
        assertThrows(UnsupportedOperationException.class, () -> c.nominals().clear());
    }
}
