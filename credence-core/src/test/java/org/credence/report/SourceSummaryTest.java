package org.credence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.credence.Analysis;
import org.credence.report.SourceSummary.SignalCount;
import org.junit.jupiter.api.Test;

/** Per-source aggregate: counts, means without NaN, the signals that fired most. */
class SourceSummaryTest {

    private static SummaryRow row(String source, Map<String, Double> scores, Map<String, Double> signals, List<String> fired) {
        return new SummaryRow("", "o", "", source, "ok", "", "", "", scores, Map.of(), List.of(), signals, fired, 1, 1, 0, 0, 0, 0);
    }

    @Test
    void aggregatesPerSource() {
        List<SummaryRow> rows = List.of(
                row("a.org", Map.of("unreliable", 0.2), Map.of("opinion", 0.5, "sourcing", Double.NaN), List.of("opinion", "hedging")),
                row("a.org", Map.of("unreliable", 0.4), Map.of("opinion", 0.1, "sourcing", Double.NaN), List.of("hedging", "clickbait")),
                row("a.org", Map.of("unreliable", Double.NaN), Map.of("opinion", 0.3), List.of("zeal", "clickbait", "hedging", "fund", "x")),
                row("b.org", Map.of(), Map.of("opinion", 1.0), List.of()),
                SummaryRow.of(new Analysis.Failed("x@1", "", "warc.http", "bad")),
                SummaryRow.of(new Analysis.Failed("x@2", "", "warc.http", "bad")),
                SummaryRow.of(new Analysis.Failed("x@3", "", "warc.http", "bad")),
                SummaryRow.of(new Analysis.Failed("x@4", "", "warc.http", "bad")));
        List<SourceSummary> s = SourceSummary.of(rows);
        assertEquals(List.of("(none)", "a.org", "b.org"), s.stream().map(SourceSummary::source).toList(), "articles desc, then name");
        SourceSummary none = s.get(0);
        assertEquals(4, none.articles());
        assertEquals(4, none.errors());
        assertEquals(Map.of(), none.meanSignalScores());
        SourceSummary a = s.get(1);
        assertEquals(3, a.articles());
        assertEquals(0, a.errors());
        assertEquals(0.3, a.meanScores().get("unreliable"), 1e-12, "NaN left out of the mean");
        assertEquals(0.3, a.meanSignalScores().get("opinion"), 1e-12);
        assertFalse(a.meanSignalScores().containsKey("sourcing"), "an id with no value is left out");
        assertEquals(List.of(new SignalCount("hedging", 3), new SignalCount("clickbait", 2), new SignalCount("fund", 1),
                new SignalCount("opinion", 1), new SignalCount("x", 1)), a.topSignals(), "count desc, then id; five");
        assertEquals(SourceSummary.COLUMNS.size(), a.values().size());
        assertEquals(SourceSummary.class.getRecordComponents().length, SourceSummary.COLUMNS.size());
        for (int i = 0; i < SourceSummary.COLUMNS.size(); i++) {
            assertEquals(SourceSummary.class.getRecordComponents()[i].getName(), SourceSummary.COLUMNS.get(i).name());
        }
        assertEquals("[{\"signal\":\"hedging\",\"articles\":3}]", SummarySchema.cell(a.topSignals().subList(0, 1)));
        assertEquals(List.of(), s.get(2).topSignals());
    }
}
