package org.credence.language.quotes;

import static org.credence.language.quotes.QuoteExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.model.Attribution;
import org.credence.model.Quote;
import org.junit.jupiter.api.Test;

/** A question-and-answer interview: each answer is the interviewee's. */
class TranscriptTest {

    private static final String INTERVIEW = """
            A harbour pilot on the busiest season in years

            Captain Ines Navarro has guided ships into the port of Riverton for twenty years. We spoke with her about the season.

            Q: Is this season unusual?

            A: It is the busiest I have seen. We brought in forty ships in June alone, and the channel was built for half that.

            Q: What would help?

            A: A second channel. The council has talked about it for a decade, and I would like to see it before I retire.
            """;

    @Test
    void answersGoToTheInterviewee() {
        List<Quote> quotes = extract(INTERVIEW).stream().filter(q -> q.cue() == null).toList();
        assertEquals(2, quotes.size(), quotes.toString());
        for (Quote q : quotes) {
            String content = q.content().in(INTERVIEW);
            assertTrue(content.startsWith("It is the busiest") || content.startsWith("A second channel"), content);
            assertEquals(Attribution.Kind.NAMED_PERSON, q.source().kind(), q.toString());
            assertTrue(q.source().mention().in(INTERVIEW).contains("Navarro"), q.source().mention().in(INTERVIEW));
            assertEquals(List.of(q.content()), q.verbatim());
        }
    }

    @Test
    void oneQuestionIsNotAnInterview() {
        String text = "Council news\n\nQ: What happens next?\n\nThe council will vote on the plan next week, the mayor said.";
        assertTrue(extract(text).stream().noneMatch(q -> q.cue() == null && q.content().in(text).startsWith("The council")));
    }
}
