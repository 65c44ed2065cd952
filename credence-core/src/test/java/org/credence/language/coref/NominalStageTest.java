package org.credence.language.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.credence.Analysis;
import org.credence.Credence;
import org.credence.model.Document;
import org.credence.model.EntityChain;
import org.credence.model.NominalMention;
import org.credence.report.JsonReport;
import org.credence.testing.Spans;
import org.junit.jupiter.api.Test;

/** Nominal links through the whole pipeline (the shipped recognizer finds the names) and in the JSON report. */
class NominalStageTest {

    private static final String TEXT = "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Geneva on Monday.\n\n"
            + "The Russian foreign minister said the talks had been useful. The secretary of state did not comment.\n\n"
            + "Gazprom, the Russian energy company, said on Tuesday that exports would rise. The company gave no figures.\n";

    private static List<String> links(Document doc) {
        List<String> out = new ArrayList<>();
        for (EntityChain c : doc.language().chains()) {
            for (NominalMention n : c.nominals()) {
                out.add(n.text(doc.text()) + " → " + c.name() + " (" + n.reason().name().toLowerCase() + ")");
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void theEntitiesStageLinksNominals() {
        Document doc = Credence.standard().analyzeText(TEXT);
        Spans.check(doc, "nominal stage");
        assertEquals(List.of(
                "The Russian foreign minister → Sergei Lavrov (described)",
                "The company → Gazprom (described)",
                "The secretary of state → John Kerry (described)",
                "the Russian energy company → Gazprom (appositive)"), links(doc));
    }

    @Test
    void theJsonReportListsNominalsWithTheirEvidence() throws Exception {
        Document doc = Credence.standard().analyzeText(TEXT);
        JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(JsonReport.line(new Analysis.Ok(doc)));
        String text = root.get("text").asText();
        int seen = 0;
        for (JsonNode chain : root.get("language").get("chains")) {
            assertTrue(chain.get("nominals").isArray(), "every chain has a nominals array");
            for (JsonNode n : chain.get("nominals")) {
                seen++;
                assertEquals(text.substring(n.get("start").asInt(), n.get("end").asInt()), n.get("text").asText());
                JsonNode e = n.get("evidence");
                assertEquals(text.substring(e.get("start").asInt(), e.get("end").asInt()), e.get("text").asText());
                assertTrue(List.of("appositive", "described", "name", "recent").contains(n.get("reason").asText()));
            }
        }
        assertEquals(4, seen);
    }
}
