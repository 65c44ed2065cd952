package org.credence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.credence.Analysis;
import org.junit.jupiter.api.Test;

/** Per-source aggregate: counts, means without NaN, the most frequent fired signals. */
class SourceSummaryTest {

    private static SummaryRow row(String source, Map<String, Double> scores, Map<String, Double> signals, List<String> fired) {
        return new SummaryRow("", "o", "", source, "ok", "", "", "", scores, Map.of(), List.of(), signals, fired, 1, 1, 0, 0, 0, 0);
    }

    @Test
    void aggregatesPerSource() {
        List<SummaryRow> rows = List.of(
                row("a.org", Map.of("unreliable", 0.2), Map.of("opinion", 0.5, "sourcing", Double.NaN), List.of("opinion", "hedging")),
                row("a.org", Map.of("unreliable", 0.4), Map.of("opinion", 0.1, "sourcing", Double.NaN), List.of("hedging", "clickbait")),
                row("a.org", Map.of("unreliable", Double.NaN), Map.of("opinion", 0.3), List.of("zeal", "clickbait", "hedging")),
                row("b.org", Map.of(), Map.of("opinion", 1.0), List.of()),
                SummaryRow.of(new Analysis.Failed("x@1", "", "warc.http", "bad")),
                SummaryRow.of(new Analysis.Failed("x@2", "", "warc.http", "bad")),
                SummaryRow.of(new Analysis.Failed("x@3", "", "warc.http", "bad")));
        List<SourceSummary> s = SourceSummary.of(rows);
        assertEquals(List.of("", "a.org", "b.org"), s.stream().map(SourceSummary::source).toList(), "records desc, then name");
        SourceSummary errors = s.get(0);
        assertEquals(3, errors.records());
        assertEquals(3, errors.errors());
        assertEquals(0, errors.articles());
        SourceSummary a = s.get(1);
        assertEquals(3, a.articles());
        assertEquals(0.3, a.meanScores().get("unreliable"), 1e-12, "NaN left out of the mean");
        assertEquals(0.3, a.meanSignalScores().get("opinion"), 1e-12);
        assertTrue(Double.isNaN(a.meanSignalScores().get("sourcing")), "all NaN: NaN mean");
        assertEquals(Map.of("hedging", 3L, "clickbait", 2L, "opinion", 1L, "zeal", 1L), a.signalsFired());
        assertEquals(List.of("hedging", "clickbait", "opinion"), a.topSignals(), "count desc, then id");
        assertEquals(SourceSummary.COLUMNS.size(), a.values().size());
        assertEquals(SourceSummary.class.getRecordComponents().length, SourceSummary.COLUMNS.size());
        assertEquals(List.of(), s.get(2).topSignals());
    }
}
