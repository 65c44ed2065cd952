package org.credence.language.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.credence.model.Attribution;
import org.credence.model.Quote;
import org.credence.model.Span;
import org.credence.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code golden/quotes/*.txt} through the extractor (with {@link CapitalisedNames} entities),
 * compared whole with its {@code .expected.json}: per quote its kind, spans with their text, cue lemma,
 * source kind, mention and name. Each span's excerpt is checked against the text first. Regenerate with
 * {@code -Dcredence.golden.update=true} and review the diff.
 */
class QuotesGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        return Golden.cases("quotes", (name, text) -> summary(text, QuoteExtractorTest.extract(text), name) + "\n");
    }

    static String summary(String text, List<Quote> quotes, String name) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode qs = o.putArray("quotes");
        for (Quote q : quotes) {
            ObjectNode n = qs.addObject();
            n.put("kind", q.kind().name());
            n.put("content", span(text, q.content(), name));
            n.put("cue", q.cue() == null ? null : span(text, q.cue(), name));
            n.put("cueLemma", q.cueLemma());
            Attribution a = q.source();
            n.put("source", a.kind().name());
            n.put("mention", a.mention() == null ? null : span(text, a.mention(), name));
            n.put("name", a.name());
            ArrayNode v = n.putArray("verbatim");
            for (Span s : q.verbatim()) {
                v.add(span(text, s, name));
            }
        }
        return Golden.JSON.writeValueAsString(o);
    }

    /** "start end | text", after checking the span lies in the text. */
    private static String span(String text, Span s, String name) {
        assertEquals(true, s.start() >= 0 && s.end() <= text.length() && s.start() <= s.end(), name + ": span out of text " + s);
        return s.start() + " " + s.end() + " | " + s.in(text);
    }
}
