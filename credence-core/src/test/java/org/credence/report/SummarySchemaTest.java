package org.credence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.Analysis;
import org.credence.Credence;
import org.junit.jupiter.api.Test;

/** The flat row's columns: values, CSV cells and JSON reports all give the row back. */
class SummarySchemaTest {

    static SummaryRow sample() {
        return new SummaryRow("a1", "in.jsonl:3", "https://example.org/x", "example.org", "partial", "stage.failed",
                "quotes failed: \"boom\",\nsecond line", "Héadline, with comma",
                Map.of("unreliable", 0.25, "hyperpartisan", Double.NaN), Map.of("unreliable", "low", "hyperpartisan", "cannot-score"),
                List.of("unreliable: few sources"), Map.of("fundraising", 1.0, "sourcing", Double.NaN, "opinion", 0.1 + 0.2),
                List.of("fundraising"), 120, 7, 3, 1, 2, 4);
    }

    @Test
    void columnsMatchTheRowAndHaveUniqueNames() {
        assertEquals(SummaryRow.class.getRecordComponents().length, SummarySchema.COLUMNS.size());
        assertEquals(SummarySchema.COLUMNS.size(), new HashSet<>(SummarySchema.names()).size());
        for (int i = 0; i < SummarySchema.COLUMNS.size(); i++) {
            assertEquals(SummaryRow.class.getRecordComponents()[i].getName(), SummarySchema.names().get(i),
                    "columns are named as the components (the Spark job's names)");
        }
        List<Object> v = SummarySchema.values(sample());
        assertEquals(SummarySchema.COLUMNS.size(), v.size());
        @SuppressWarnings("unchecked")
        Map<String, Double> signals = (Map<String, Double>) v.get(SummarySchema.names().indexOf("signalScores"));
        assertTrue(signals.containsKey("sourcing"));
        assertNull(signals.get("sourcing"), "NaN is written as null");
        assertEquals(List.of("fundraising", "opinion", "sourcing"), List.copyOf(signals.keySet()), "keys sorted");
    }

    @Test
    void valuesAndCsvCellsGiveTheRowBack() {
        SummaryRow row = sample();
        assertEquals(row, SummarySchema.row(SummarySchema.values(row)));
        List<String> cells = SummarySchema.csvCells(row);
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            byName.put(SummarySchema.names().get(i), cells.get(i));
        }
        assertEquals("{\"fundraising\":1.0,\"opinion\":0.30000000000000004,\"sourcing\":null}", byName.get("signalScores"));
        assertEquals(row, SummarySchema.fromCsv(byName));
        SummaryRow error = SummaryRow.of(new Analysis.Failed("x.warc@10", "", "warc.http", "bad"));
        assertEquals(error, SummarySchema.row(SummarySchema.values(error)));
        byName.put("words", "many");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SummarySchema.fromCsv(byName));
        assertTrue(e.getMessage().contains("'words'"), e.getMessage());
    }

    @Test
    void aJsonReportGivesTheSameRowUpToRounding() throws Exception {
        String text = "Shocking: You Won't Believe What The Council Did\n\nBy Jane Doe\n\n"
                + "The city council voted on Tuesday to close the library, officials said. \"We had no choice,\" said Mayor Tom Hill.\n\n"
                + "Please donate today to support 100% independent news!\n";
        Analysis a = new Analysis.Ok(Credence.standard().analyzeText(text));
        SummaryRow direct = SummaryRow.of(a);
        SummaryRow back = ReportRows.fromReport(new ObjectMapper().readTree(JsonReport.line(a)));
        assertEquals(direct.signalsFired(), back.signalsFired());
        assertEquals(direct.signalScores().keySet(), back.signalScores().keySet());
        direct.signalScores().forEach((k, x) -> assertEquals(x, back.signalScores().get(k), 0.0005, k));
        assertEquals(List.of(direct.words(), direct.sentences(), direct.entities(), direct.quotes(), direct.repairs(), direct.problems()),
                List.of(back.words(), back.sentences(), back.entities(), back.quotes(), back.repairs(), back.problems()));
        assertEquals(direct.headline(), back.headline());
        Analysis failed = new Analysis.Failed("in.csv#4", "r4", "csv.columns", "row 4 has 3 fields");
        assertEquals(SummaryRow.of(failed), ReportRows.fromReport(new ObjectMapper().readTree(JsonReport.line(failed))));
        assertThrows(IllegalArgumentException.class, () -> ReportRows.fromReport(new ObjectMapper().readTree("{\"a\":1}")));
    }
}
