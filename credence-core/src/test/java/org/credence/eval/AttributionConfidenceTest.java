package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.credence.model.Attribution;
import org.credence.model.Quote;
import org.credence.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which of a system's quotes the attribution evaluation counts as right as a whole. */
class AttributionConfidenceTest {

    private static final String TEXT = "Mayor Ana Silva said the bridge will reopen in May. \"We are ready,\" Silva said. "
            + "Critics said the plan was late.\n";

    /** Two gold attributions (brat, code-point offsets): reported speech and a direct quote. */
    private static final String ANN = String.join("\n",
            "T1\tSource 0 15\tMayor Ana Silva",
            "T2\tCue 16 20\tsaid",
            "T3\tContent 21 50\tthe bridge will reopen in May",
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
            "T4\tSource 68 73\tSilva",
            "T5\tCue 74 78\tsaid",
            "T6\tContent 52 67\t\"We are ready,\"",
            "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
            "");

    @Test
    void aQuoteIsRightWhenItsContentAndItsSourceAreTheGolds(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/a1.txt"), TEXT);
        Files.writeString(dir.resolve("attributions/a1_x.ann"), ANN);
        Attribution silva = new Attribution(Attribution.Kind.NAMED_PERSON, new Span(0, 15), "Ana Silva", 0);
        Attribution critics = new Attribution(Attribution.Kind.NAMED_PERSON, new Span(80, 87), "Critics", 1);
        List<Quote> quotes = List.of(
                // right: content and source match E1
                new Quote(new Span(21, 50), new Span(16, 20), "say", Quote.Kind.INDIRECT, silva, List.of(), 0.7),
                // content matches E2, but the source is someone else
                new Quote(new Span(52, 67), new Span(74, 78), "say", Quote.Kind.DIRECT, critics, List.of(new Span(52, 67)), 0.9),
                // no gold attribution has this content
                new Quote(new Span(93, 110), new Span(88, 92), "say", Quote.Kind.INDIRECT, critics, List.of(), 0.5));
        AttributionEval e = AttributionEval.evaluate(dir, text -> quotes);
        AttributionEval.Confidences c = e.confidences();
        assertArrayEquals(new int[] {1, 0, 0}, c.right());
        assertArrayEquals(new double[] {0.7, 0.9, 0.5}, c.confidence());
        Map<String, Object> m = c.asMap();
        assertEquals(3, m.get("quotes"));
        assertEquals(0.3333, (double) m.get("shareRight"), 1e-9);
        Map<?, ?> levels = (Map<?, ?>) m.get("levels");
        assertEquals(List.of("0.90 direct", "0.70 indirect", "0.50 indirect"), List.copyOf(levels.keySet()));
        assertTrue(e.table().contains("system confidence of 3 quotes"), e.table());
    }
}
