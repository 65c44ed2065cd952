package org.credence.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.Analysis;
import org.credence.model.Document;
import org.credence.model.Entity;
import org.credence.model.EntityChain;
import org.credence.model.EntityType;
import org.credence.model.Span;
import org.credence.testing.Analyzed;
import org.junit.jupiter.api.Test;

/** The text report's entity line says which entities the model was unsure of. */
class TextReportEntitiesTest {

    private static final String TEXT = """
            Harbour Deal Signed

            Mayor Ana Silva signed the harbour deal on Friday, and Ana Silva thanked the port staff.

            Share on Facebook · Email this story
            """;

    private static String entitiesLine(double silva, double email) {
        Document analysed = Analyzed.text(TEXT, "entities line");
        String text = analysed.text();
        int a = text.indexOf("Ana Silva");
        int b = text.indexOf("Ana Silva", a + 1);
        int e = text.indexOf("Email");
        Span s1 = Span.of(text, a, a + 9);
        Span s2 = Span.of(text, b, b + 9);
        Span s3 = Span.of(text, e, e + 5);
        List<Entity> entities = List.of(new Entity(s1, EntityType.PERSON, silva, 0), new Entity(s2, EntityType.PERSON, 0.3, 0),
                new Entity(s3, EntityType.ORGANIZATION, email, 1));
        List<EntityChain> chains = List.of(new EntityChain(0, EntityType.PERSON, "Ana Silva", List.of(s1, s2), List.of()),
                new EntityChain(1, EntityType.ORGANIZATION, "Email", List.of(s3), List.of()));
        Document doc = analysed.withLanguage(analysed.language().withEntities(entities, chains));
        String report = TextReport.render(new Analysis.Ok(doc));
        List<String> lines = report.lines().toList();
        int i = lines.indexOf(lines.stream().filter(l -> l.startsWith("Entities")).findFirst().orElseThrow());
        return lines.get(i) + "\n" + (i + 1 < lines.size() ? lines.get(i + 1) : "");
    }

    @Test
    void anUnsureEntityIsMarked() {
        String line = entitiesLine(0.97, 0.43);
        assertTrue(line.contains("Ana Silva (person, 2×)"), line);
        assertTrue(line.contains("Email (organization?)"), line);
        assertTrue(line.contains("? = the model is unsure"), line);
    }

    @Test
    void aChainIsAsSureAsItsSurestMention() {
        String line = entitiesLine(0.97, 0.91);
        assertTrue(line.contains("Ana Silva (person, 2×)"), line);
        assertTrue(line.contains("Email (organization)"), line);
        assertTrue(!line.contains("unsure"), line);
    }
}
