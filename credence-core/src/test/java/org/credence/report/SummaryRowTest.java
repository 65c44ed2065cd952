package org.credence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.credence.Analysis;
import org.credence.Credence;
import org.credence.model.Document;
import org.junit.jupiter.api.Test;

class SummaryRowTest {

    private static final String ARTICLE = """
            Shocking: You Won't Believe What The Council Did Next

            By Jane Doe

            The city council voted on Tuesday to close the library, officials said. \
            Many believe the decision was rushed. "We had no choice," said Mayor Tom Hill.

            Please donate today to support 100% independent, unbiased news!
            """;

    @Test
    void errorRecordsKeepTheirCodeAndOrigin() {
        SummaryRow row = SummaryRow.of(new Analysis.Failed("in.jsonl:7", "r7", "json.invalid", "bad JSON"));
        assertEquals("error", row.status());
        assertEquals("json.invalid", row.errorCode());
        assertEquals("in.jsonl:7", row.origin());
        assertTrue(row.scores().isEmpty() && row.signalScores().isEmpty());
    }

    @Test
    void anAnalysedArticleGivesOneFlatRowOfItsFindings() {
        Document doc = Credence.standard().analyzeText(ARTICLE);
        SummaryRow row = SummaryRow.of(new Analysis.Ok(doc));
        assertEquals("ok", row.status());
        assertEquals(doc.signals().size(), row.signalScores().size());
        assertEquals(doc.signals().stream().filter(s -> s.fired()).count(), row.signalsFired().size());
        assertTrue(row.signalsFired().contains("fundraising"), row.signalsFired().toString());
        assertEquals(doc.language().quotes().size(), row.quotes());
        assertTrue(row.quotes() >= 1);
        assertTrue(row.words() > 40 && row.sentences() >= 5, row.toString());
        assertEquals(row, SummaryRow.of(new Analysis.Ok(Credence.standard().analyzeText(ARTICLE))));
    }
}
