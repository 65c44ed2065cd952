package org.credence.language.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.model.Attribution;
import org.credence.model.Quote;
import org.credence.model.Sentence;
import org.credence.model.Token;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    static List<Quote> extract(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        List<Sentence> sentences = new SentenceSplitter().split(text, tokens);
        return EXTRACTOR.extract(text, tokens, sentences, CapitalisedNames.find(text, tokens, sentences));
    }

    /** "content | cue | KIND | SOURCEKIND mention -> name" for each quote. */
    static String show(String text) {
        StringBuilder sb = new StringBuilder();
        for (Quote q : extract(text)) {
            Attribution a = q.source();
            sb.append(q.content().in(text)).append(" | ").append(q.cue() == null ? "-" : q.cue().in(text))
                    .append(" | ").append(q.kind()).append(" | ").append(a.kind())
                    .append(a.mention() == null ? "" : " " + a.mention().in(text))
                    .append(a.name() == null ? "" : " -> " + a.name()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void saidSmithAfter() {
        assertEquals("We will win | said | DIRECT | NAMED_PERSON John Smith -> John Smith\n",
                show("“We will win,” said John Smith."));
    }

    @Test
    void appositiveBetweenNameAndCue() {
        assertEquals("We will win | told | DIRECT | NAMED_PERSON Morton Blackwell, the committeeman from Virginia -> Morton Blackwell\n",
                show("“We will win,” Morton Blackwell, the committeeman from Virginia, told reporters."));
        assertEquals("We will win | said | DIRECT | NAMED_PERSON Elizabeth Warren, who has not endorsed a candidate -> Elizabeth Warren\n",
                show("“We will win,” Elizabeth Warren, who has not endorsed a candidate, said on Friday."));
    }

    @Test
    void frameFollowedByManner() {
        assertEquals("Show me somebody | told | DIRECT | NAMED_PERSON Ben Carson -> Ben Carson\n",
                show("“Show me somebody,” Ben Carson told George Stephanopoulos by phone."));
        assertEquals("It is a razor-thin industry | said | DIRECT | NAMED_PERSON Mr. Hedge -> Hedge\n",
                show("“It is a razor-thin industry,” Mr. Hedge said from his office."));
        assertEquals("Go back home | barked | DIRECT | NAMED_PERSON Donald Trump -> Donald Trump\n",
                show("“Go back home,” Donald Trump barked."));
    }

    @Test
    void partyInParenthesesAfterName() {
        assertEquals("We will win | said | DIRECT | NAMED_PERSON Rep. Bobby Scott -> Bobby Scott\n",
                show("“We will win,” said Rep. Bobby Scott (D-Va.) at the time."));
    }

    @Test
    void mannerVerbsFrameADirectQuote() {
        assertEquals("How is that possible? | demanded | DIRECT | NAMED_PERSON Vance -> Vance\n",
                show("“How is that possible?” Vance demanded."));
        assertEquals("Get out of the road | yells | DIRECT | NAMED_PERSON Ella Moss -> Ella Moss\n",
                show("“Get out of the road,” Ella Moss yells."));
        assertEquals("", show("The river cried out for rain."));
    }

    @Test
    void partyInParenthesesBeforeCue() {
        assertEquals("We need to go further | said | DIRECT | NAMED_PERSON Rep. Mary Ford -> Mary Ford\n",
                show("“We need to go further,” Rep. Mary Ford (D-Wis.) said on Friday."));
        assertEquals("The plan is a mess | said | DIRECT | NAMED_PERSON Sen. Carl Dunn -> Carl Dunn\n",
                show("“The plan is a mess,” Sen. Carl Dunn (D-N.Y.) said in a statement."));
    }

    @Test
    void partyInParenthesesThenAppositive() {
        assertEquals("They would never get such a deal | said | DIRECT | NAMED_PERSON Rep. Jim Hart (R-Ohio), a member of the panel -> Jim Hart\n",
                show("“They would never get such a deal,” Rep. Jim Hart (R-Ohio), a member of the panel, said in a phone interview."));
    }

    @Test
    void possessorBelongsToTheSource() {
        assertEquals("That was outrageous | said | DIRECT | TITLE_ONLY Smith's former campaign strategist\n",
                show("“That was outrageous,” Smith's former campaign strategist said on Friday."));
        assertTrue(show("“We will vote together,” Smith’s senior adviser Ann Lee said.").contains("| said | DIRECT | NAMED_PERSON Smith’s senior adviser Ann Lee"),
                show("“We will vote together,” Smith’s senior adviser Ann Lee said."));
    }

    @Test
    void frameAfterAFullStopLeadsIntoTheNextQuote() {
        String t = "Mary Jones spoke on Monday. “The system is rigged against all of us.” John Smith adds, “What kind of genius loses a billion dollars?”";
        String got = show(t);
        assertTrue(got.contains("What kind of genius loses a billion dollars? | adds | DIRECT | NAMED_PERSON John Smith"), got);
        assertTrue(!got.contains("The system is rigged against all of us. | adds"), got);
        String split = "“We will win,” John Smith said, “and nobody will stop us now.”";
        assertTrue(show(split).startsWith("We will win | said | DIRECT | NAMED_PERSON John Smith"), show(split));
    }

    @Test
    void cueWordInsideAnAppositive() {
        assertEquals("He rejects the norms | said | DIRECT | NAMED_PERSON Tom Hale, the president of the state union -> Tom Hale\n",
                show("“He rejects the norms,” Tom Hale, the president of the state union, said on Friday."));
    }

    @Test
    void participleOrAndAfterTheFrame() {
        assertTrue(show("“We need to act now,” Mary Jones said answering a question.").startsWith(
                "We need to act now | said | DIRECT | NAMED_PERSON Mary Jones"), show("“We need to act now,” Mary Jones said answering a question."));
        assertTrue(show("“Go sit down,” John Smith barked and walked away.").startsWith(
                "Go sit down | barked | DIRECT | NAMED_PERSON John Smith"), show("“Go sit down,” John Smith barked and walked away."));
        assertTrue(!show("Mary Jones called it “a disgrace” a Bill Clark tweet attacking her.").contains("| tweet | DIRECT"),
                show("Mary Jones called it “a disgrace” a Bill Clark tweet attacking her."));
    }

    @Test
    void colonAfterANameOrASubject() {
        String t = "The race is tight.\n\nThe surge does not surprise pollster Dana Shaw: “Voters have been angry for a long time.”";
        assertTrue(show(t).contains("| - | DIRECT | NAMED_PERSON pollster Dana Shaw -> Dana Shaw"), show(t));
        String u = "The race is tight.\n\nMary Jones went even further: “Nobody in this town will vote for him.”";
        assertTrue(show(u).contains("| - | DIRECT | NAMED_PERSON Mary Jones -> Mary Jones"), show(u));
        String v = "The race is tight.\n\nThe senator sent a blunt message to John Clark: “Nobody in this town will vote for you.”";
        assertTrue(!show(v).contains("John Clark -> John Clark"), show(v));
    }

    @Test
    void numberOpensADescription() {
        assertEquals("We lost it all | said | DIRECT | NAMED_PERSON 9/11 widow Terry Strada -> Terry Strada\n",
                show("“We lost it all,” said 9/11 widow Terry Strada."));
        assertTrue(show("Bill Clark came. “It is the best agenda ever,” he told 2,267 people at the hall.").contains(
                "| told | DIRECT | PRONOUN_RESOLVED he -> Bill Clark"),
                show("Bill Clark came. “It is the best agenda ever,” he told 2,267 people at the hall."));
    }

    @Test
    void nameWithOfTheBeforeCue() {
        assertEquals("It leaves no money | said | DIRECT | NAMED_PERSON Mr. Moran of the Sierra Club -> Moran\n",
                show("“It leaves no money,” Mr. Moran of the Sierra Club said."));
    }

    @Test
    void stateAbbreviationInParenthesesKeepsTheSentence() {
        assertEquals("It is over | said | DIRECT | NAMED_PERSON Rep. Tom Hale -> Tom Hale\n",
                show("“It is over,” said Rep. Tom Hale (R-S.C.), who chairs the panel."));
    }

    @Test
    void nounBeforeTheCue() {
        assertEquals("Growth will slow | stated | DIRECT | TITLE_ONLY the annual report\n",
                show("“Growth will slow,” the annual report stated."));
    }

    @Test
    void dashBylineAfterQuote() {
        String t = "Readers wrote in.\n\n“He knows nothing about our lives.” ― Rosa Delgado\n“We are all scared now.”― Tom Ruiz.\n";
        assertEquals("He knows nothing about our lives. | ― | DIRECT | NAMED_PERSON Rosa Delgado -> Rosa Delgado\n"
                + "We are all scared now. | ― | DIRECT | NAMED_PERSON Tom Ruiz -> Tom Ruiz\n", show(t));
        String u = "The debate went on.\n\n\"It is going to the top one percent.\"\n\n- Ann Brook, Ohio.\n";
        assertTrue(show(u).contains("| - | DIRECT | NAMED_PERSON Ann Brook"), show(u));
    }

    @Test
    void dashAfterQuoteInsideSentenceIsACredit() {
        String t = "The minister said his party was \"ready to govern at once\"--Kim Lowe.";
        assertTrue(!show(t).contains("NAMED_PERSON Kim Lowe"), show(t));
    }

    @Test
    void negationBetweenSubjectAndCue() {
        String t = "Mary Jones met the board. She doesn't think the deal will pass.";
        assertTrue(show(t).contains("the deal will pass | think | INDIRECT | PRONOUN_RESOLVED She -> Mary Jones"), show(t));
        String u = "John Smith won't say the race is over.";
        assertTrue(show(u).contains("| say | INDIRECT | NAMED_PERSON John Smith"), show(u));
    }

    @Test
    void singleQuoteClosingInsideDoubleApostropheQuote() {
        assertEquals("They told me, 'Find your place,' | said | DIRECT | NAMED_PERSON Mr. Regalado -> Regalado\n",
                show("''They told me, 'Find your place,''' said Mr. Regalado."));
        assertEquals("You said, 'We will see.' | recalled | DIRECT | PRONOUN_RESOLVED he -> Tom Ross\n",
                show("Tom Ross was there. ''You said, 'We will see.''' he recalled."));
    }

    @Test
    void framelessQuoteAfterAClosedFrame() {
        String t = "The plan has many parts, Mr. Holt said. “Most of them will never be built at all.”";
        assertTrue(show(t).contains("Most of them will never be built at all. | - | DIRECT | NAMED_PERSON Mr. Holt"), show(t));
        String u = "Mary Jones runs the museum. Many visitors were older, she said, and “they lived through so much of it.”";
        assertTrue(show(u).contains("| - | DIRECT | PRONOUN_RESOLVED she -> Mary Jones"), show(u));
    }

    @Test
    void framelessQuoteSkipsANounThatLooksLikeACue() {
        String t = "John Smith spoke on Monday. He won the swing states. “The rest of the map will follow us there.”";
        assertTrue(show(t).contains("| - | DIRECT | PRONOUN_RESOLVED He -> John Smith"), show(t));
    }

    @Test
    void framelessQuoteTakesSubjectNotObject() {
        String t = "He says Barack Obama “knows full well that the law already says so and will not listen.”";
        assertTrue(show(t).contains("PRONOUN"), show(t));
    }

    @Test
    void hedgesWithVagueSubjects() {
        assertEquals("the move as a setback for the party | see | INDIRECT | VAGUE Many\n",
                show("Many see the move as a setback for the party."));
        assertEquals("the move as a setback for the party | see | INDIRECT | VAGUE Some analysts\n",
                show("Some analysts see the move as a setback for the party."));
        assertTrue(show("Some say the deal is dead.").contains("the deal is dead | say | INDIRECT | VAGUE Some"),
                show("Some say the deal is dead."));
        assertTrue(show("It is believed the talks will fail.").contains("| VAGUE It"), show("It is believed the talks will fail."));
        assertEquals("the bill as a giveaway | see | INDIRECT | VAGUE Critics\n", show("Critics see the bill as a giveaway."));
        assertEquals("", show("The voters see a long race ahead of them."));
        assertEquals("", show("John Smith sees the river from his window."));
    }

    @Test
    void pronounGenderFromTitlesAndFirstNames() {
        assertEquals("I am tired of this fight | said | DIRECT | PRONOUN_RESOLVED she -> Jones\n",
                show("Ms. Jones met Mr. Clark. “I am tired of this fight,” she said."));
        assertEquals("I am tired of this fight | said | DIRECT | PRONOUN_RESOLVED he -> John Clark\n",
                show("John Clark met Nancy Jones. “I am tired of this fight,” he said."));
    }

    @Test
    void smithSaidAfter() {
        String t = "John Smith runs the firm. “We will win,” Smith said.";
        assertEquals("We will win | said | DIRECT | NAMED_PERSON Smith -> John Smith\n", show(t));
    }

    @Test
    void colonBefore() {
        assertEquals("We will win. Nobody doubts it. | said | DIRECT | NAMED_PERSON John Smith -> John Smith\n",
                show("John Smith said: “We will win. Nobody doubts it.”"));
    }

    @Test
    void straightGuillemetsAndGermanMarks() {
        assertTrue(show("\"We will win,\" said John Smith.").startsWith("We will win | said | DIRECT | NAMED_PERSON"));
        assertTrue(show("«We will win,» said John Smith.").startsWith("We will win | said | DIRECT | NAMED_PERSON"));
        assertTrue(show("„We will win“, said John Smith.").startsWith("We will win | said | DIRECT | NAMED_PERSON"));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals("", show("The voters’ mood isn’t good and Smith’s plan won’t help, the ’90s are gone."));
    }

    @Test
    void singleQuotesInHeadline() {
        assertTrue(show("Trump says ‘we will build the wall’ again").contains("we will build the wall | says | DIRECT | NAMED_PERSON Trump"),
                show("Trump says ‘we will build the wall’ again"));
    }

    @Test
    void quoteOverParagraphs() {
        String t = "Mary Jones said: “The first part.\n\n“The second part goes on.\n\n“And the end.”\n\nThe vote is on Friday.";
        List<Quote> qs = extract(t);
        assertEquals(1, qs.size(), show(t));
        assertEquals("The first part.\n\n“The second part goes on.\n\n“And the end.", qs.get(0).content().in(t));
        assertEquals("Mary Jones", qs.get(0).source().name());
    }

    @Test
    void pronounResolves() {
        String t = "Senator Mary Jones spoke on Monday. “It is a disgrace,” she said.";
        assertEquals("It is a disgrace | said | DIRECT | PRONOUN_RESOLVED she -> Mary Jones\n", show(t));
    }

    @Test
    void pronounSkipsNamesInsideTheQuote() {
        String t = "Mary Jones spoke on Monday. “Bill Clark is wrong about this,” she said.";
        assertTrue(show(t).contains("PRONOUN_RESOLVED she -> Mary Jones"), show(t));
    }

    @Test
    void titleResolves() {
        String t = "Foreign Minister Sergei Lavrov met envoys. “We are ready to talk,” the minister said.";
        assertTrue(show(t).contains("TITLE_RESOLVED the minister -> Sergei Lavrov"), show(t));
    }

    @Test
    void titleOnly() {
        String t = "“We are reviewing the matter,” a State Department spokesman said.";
        assertTrue(show(t).contains("TITLE_ONLY a State Department spokesman"), show(t));
    }

    @Test
    void anonymousAndVague() {
        assertTrue(show("Officials said the plan was dead.").contains("the plan was dead | said | INDIRECT | ANONYMOUS Officials"),
                show("Officials said the plan was dead."));
        assertTrue(show("Critics argue that the law is too weak.").contains("the law is too weak | argue | INDIRECT | VAGUE Critics"),
                show("Critics argue that the law is too weak."));
        assertTrue(show("It is believed that the talks will fail.").contains("| VAGUE It"),
                show("It is believed that the talks will fail."));
    }

    @Test
    void anonymityClauseMakesTheSourceAnonymous() {
        assertEquals("This is a disaster for families | said | DIRECT | ANONYMOUS one resident who asked not to be named\n",
                show("“This is a disaster for families,” said one resident who asked not to be named."));
        assertEquals("It is over | said | DIRECT | ANONYMOUS an official who spoke on condition of anonymity\n",
                show("“It is over,” said an official who spoke on condition of anonymity because the talks are private."));
        assertEquals("It is over | said | DIRECT | ANONYMOUS a teacher, who declined to be identified\n",
                show("“It is over,” a teacher, who declined to be identified, said."));
        assertEquals("the plan would fail | said | INDIRECT | ANONYMOUS A resident who asked not to be named\n",
                show("A resident who asked not to be named said the plan would fail."));
        assertEquals("The plan would fail | said | INDIRECT | ANONYMOUS a farmer who didn't want to be named\n",
                show("The plan would fail, said a farmer who didn't want to be named."));
    }

    @Test
    void addWithAThingAsSubjectIsNoCue() {
        assertEquals("the plan would add 240 homes | told | INDIRECT | NAMED_PERSON Jane Park -> Jane Park\n",
                show("Jane Park told the council that the plan would add 240 homes."));
        assertEquals("", show("The new line will add 12 minutes to the trip."));
        assertEquals("the line was late | added | INDIRECT | NAMED_PERSON Jane Park -> Jane Park\n",
                show("Jane Park added that the line was late."));
    }

    @Test
    void aBareCueAfterASingularDeterminerIsANoun() {
        assertEquals("", show("If not a pre-printed reply, then Wenner must have missed the teleprompter behind him."));
        assertEquals("the vote was rigged | claim | INDIRECT | VAGUE Many\n", show("Many claim that the vote was rigged."));
        assertTrue(show("A spokesman would reply that the plan is sound.").contains("| reply | INDIRECT | TITLE_ONLY A spokesman"),
                show("A spokesman would reply that the plan is sound."));
    }

    @Test
    void anonymityClauseDoesNotUnnameANamedSpeaker() {
        assertEquals("We will win | said | DIRECT | NAMED_PERSON John Smith -> John Smith\n",
                show("“We will win,” said John Smith."));
        // without the clause the bare description stays a title, as before
        assertEquals("This is a disaster | said | DIRECT | TITLE_ONLY one resident\n",
                show("“This is a disaster,” said one resident."));
    }

    @Test
    void indirectWithTimeAndHearer() {
        String t = "John Smith said on Tuesday the plan would fail.";
        assertEquals("the plan would fail | said | INDIRECT | NAMED_PERSON John Smith -> John Smith\n", show(t));
        String u = "John Smith told reporters that the plan would fail.";
        assertEquals("the plan would fail | told | INDIRECT | NAMED_PERSON John Smith -> John Smith\n", show(u));
    }

    @Test
    void clauseBeforeCue() {
        String t = "The plan would fail, John Smith said.";
        assertEquals("The plan would fail | said | INDIRECT | NAMED_PERSON John Smith -> John Smith\n", show(t));
    }

    @Test
    void accordingTo() {
        String t = "According to John Smith, the plan would fail.";
        assertEquals("the plan would fail | According to | ACCORDING_TO | NAMED_PERSON John Smith -> John Smith\n", show(t));
    }

    @Test
    void partialQuote() {
        String t = "John Smith said the deal was “a total disaster” for the town.";
        List<Quote> qs = extract(t);
        assertEquals(1, qs.size(), show(t));
        assertEquals(Quote.Kind.PARTIAL, qs.get(0).kind());
        assertEquals("a total disaster", qs.get(0).verbatim().get(0).in(t));
    }

    @Test
    void missingSource() {
        String t = "The town hall was quiet.\n\n“Nobody came to the meeting tonight.”";
        assertEquals("Nobody came to the meeting tonight. | - | DIRECT | MISSING\n", show(t));
    }

    @Test
    void scareQuotesAreNotQuotes() {
        assertEquals("", show("He appeared on “Hannity” and the “deal” was off."));
    }

    @Test
    void cyrillicCaptionYieldsNothing() {
        assertEquals("", show("«Мы победим», — сказал Иван Петров."));
        assertEquals("", show("Ð¿Ñ€Ð¸Ð²ÐµÑ‚ “Ð¼Ð¸Ñ€,” said Ð¡Ð¼Ð¸Ñ‚."));
    }

    @Test
    void spansAreExact() {
        String t = "Smith said: “A.” She said “b c d e,” and left. “x y z w,” he added, ‘ok’.";
        for (Quote q : extract(t)) {
            q.content().checkedIn(t);
            if (q.cue() != null) {
                q.cue().checkedIn(t);
            }
            if (q.source().mention() != null) {
                q.source().mention().checkedIn(t);
            }
        }
    }
}
