package org.credence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.credence.ingest.InputRecord;
import org.credence.model.BlockType;
import org.credence.model.Document;
import org.credence.model.Metadata;
import org.credence.testing.Spans;
import org.junit.jupiter.api.Test;

class CredenceTitleTest {

    private static Metadata titled(String title) {
        return new Metadata("r1", "", "", title, "", "", "", "test");
    }

    @Test
    void separateTitleBecomesTheHeadlineInTheText() {
        String body = "The city council voted on Tuesday to extend the bus line to the airport.";
        Document doc = ((Analysis.Ok) Credence.standard().analyze(InputRecord.text(titled("Council backs airport bus"), body))).document();
        assertTrue(doc.text().startsWith("Council backs airport bus\n\n"));
        assertEquals("Council backs airport bus", doc.textOf(doc.blocks(BlockType.HEADLINE).get(0).span()).strip());
        Spans.check(doc, "titled");
    }

    @Test
    void titleAlreadyOpeningTheTextIsNotRepeated() {
        assertEquals("Council backs airport bus\n\nThe city council voted.",
                Credence.withTitle("Council backs  airport bus", "Council backs airport bus\n\nThe city council voted."));
        assertEquals("text", Credence.withTitle("", "text"));
        assertEquals("T\n\ntext", Credence.withTitle(" T ", "text"));
        assertEquals("Bus\n\nBuses run late.", Credence.withTitle("Bus", "Buses run late."));
    }
}
