package org.credence.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.Credence;
import org.credence.model.Block;
import org.credence.model.Document;
import org.credence.model.ForeignRun;
import org.credence.model.Layer;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.testing.Spans;
import org.junit.jupiter.api.Test;

class TokenizeStageTest {

    private final Credence credence = Credence.standard();

    @Test
    void sentencesNeverCrossBlocks() {
        Document doc = credence.analyzeText("Storm Closes Harbour\n\nBy Ana Silva\n\nThe harbour closed on Friday. "
                + "Ferries were cancelled.\n\nPhoto: Waves hit the pier (Reuters)\n\nOfficials said it would reopen soon.");
        Spans.check(doc, "blocks");
        assertTrue(doc.has(Layer.SENTENCES));
        for (Sentence s : doc.language().sentences()) {
            long blocks = doc.blocks().stream().filter(b -> b.span().contains(s.span())).count();
            assertEquals(1, blocks, "sentence inside exactly one block: " + doc.textOf(s.span()));
        }
        List<String> sentences = doc.language().sentences().stream().map(s -> doc.textOf(s.span())).toList();
        assertTrue(sentences.contains("The harbour closed on Friday."), sentences.toString());
        assertTrue(sentences.contains("Ferries were cancelled."), sentences.toString());
    }

    @Test
    void cyrillicCaptionIsAForeignRunAndTheEnglishIsNot() {
        Document doc = credence.analyzeText("Minister Speaks\n\nThe minister spoke to reporters in Moscow on Tuesday.\n\n"
                + "Фото: Сергей Лавров на пресс-конференции в Москве\n\nHe said the talks would go on.");
        Spans.check(doc, "cyrillic");
        assertEquals(1, doc.language().foreign().size(), doc.language().foreign().toString());
        ForeignRun run = doc.language().foreign().get(0);
        assertEquals("cyrillic", run.script());
        assertEquals("Фото: Сергей Лавров на пресс-конференции в Москве", doc.textOf(run.span()));
        Span english = new Span(doc.text().indexOf("The minister"), doc.text().indexOf("Tuesday.") + 8);
        assertFalse(doc.language().isForeign(english));
    }

    @Test
    void germanParagraphIsForeignShortNamesAreNot() {
        assertTrue(ForeignText.judge("Die Regierung hat am Dienstag einen neuen Plan vorgestellt, der die Kosten senken soll.",
                new Span(0, 86)).isPresent());
        String s = "Angela Merkel said on Tuesday that the plan would go ahead.";
        assertTrue(ForeignText.judge(s, new Span(0, s.length())).isEmpty());
        assertTrue(ForeignText.judge("Zürich", new Span(0, 6)).isEmpty(), "too short to judge");
    }

    @Test
    void emptyDocumentHasNoTokens() {
        Document doc = credence.analyzeText("");
        assertTrue(doc.language().tokens().isEmpty());
        assertTrue(doc.has(Layer.TOKENS));
        for (Block b : doc.blocks()) {
            throw new AssertionError("no blocks expected: " + b);
        }
    }
}
