package org.credence.structure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.stream.Stream;
import org.credence.Credence;
import org.credence.model.Block;
import org.credence.model.Document;
import org.credence.model.Repair;
import org.credence.testing.Golden;
import org.credence.testing.Spans;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every {@code golden/structure/*.txt} and {@code *.html} through the pipeline, compared whole with its expected blocks and fields. */
class StructureGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Credence credence = Credence.standard();

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        return Golden.cases("structure", (name, input) -> {
            Document doc = name.endsWith(".html") ? credence.analyzeHtml(input, "") : credence.analyzeText(input);
            Spans.check(doc, name);
            return summary(doc) + "\n";
        });
    }

    static String summary(Document doc) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode f = o.putObject("fields");
        f.put("headline", doc.fields().headline());
        f.put("dek", doc.fields().dek());
        f.put("byline", doc.fields().byline());
        f.put("dateline", doc.fields().dateline());
        f.put("published", doc.fields().published());
        ArrayNode blocks = o.putArray("blocks");
        for (Block b : doc.blocks()) {
            blocks.add(b.type().key() + " | " + doc.textOf(b.span()));
        }
        ArrayNode repairs = o.putArray("repairs");
        for (Repair r : doc.repairs()) {
            repairs.add(r.kind().key() + " | " + r.from() + " -> " + r.to()
                    + (r.decodedAs().isEmpty() ? "" : " | " + r.encodedAs() + " read as " + r.decodedAs()));
        }
        ArrayNode problems = o.putArray("problems");
        doc.problems().forEach(p -> problems.add(p.code()));
        return Golden.JSON.writeValueAsString(o);
    }
}
