package org.credence.structure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = JSON.writer(
            new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));
    private final Credence credence = Credence.standard();

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(Golden.dir("structure"))) {
            cases = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String input = Files.readString(p, StandardCharsets.UTF_8);
            String name = p.getFileName().toString();
            Document doc = name.endsWith(".html") ? credence.analyzeHtml(input, "") : credence.analyzeText(input);
            Spans.check(doc, name);
            String base = name.substring(0, name.lastIndexOf('.'));
            Golden.compare(p.resolveSibling(base + ".expected.json"), summary(doc) + "\n");
        }));
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
        return WRITER.writeValueAsString(o);
    }
}
