package org.credence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFieldsTest {

    private static final List<String> LINES = List.of(
            "{\"id\": \"a\", \"text\": \"The council met.\", \"source\": \"Daily\"}",
            "{\"id\": \"b\", \"body\": \"Aliased body.\", \"headline\": \"A title\", \"authors\": [\"X\", \"Y\"]}",
            "{\"id\": \"c\", \"html\": \"<p>Page</p>\"}",
            "",
            "{\"id\": \"d\", \"text\": \"unterminated",
            "[1, 2]",
            "{\"id\": \"e\", \"text\": \"\"}");

    @Test
    void aJsonLineGivesWhatInputsGiveForTheSameLineOfAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, String.join("\n", LINES) + "\n", StandardCharsets.UTF_8);
        List<IngestItem> fromFile;
        try (Stream<IngestItem> s = Inputs.withDefaults().read(List.of(file.toString()))) {
            fromFile = s.toList();
        }
        List<IngestItem> fromLines = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) {
            if (!LINES.get(i).isBlank()) {
                fromLines.add(RecordFields.fromJsonLine(LINES.get(i), i + 1, FieldMapping.defaults(), file + ":" + (i + 1)));
            }
        }
        assertEquals(6, fromFile.size());
        assertEquals(fromFile, fromLines);
    }

    @Test
    void badLinesBecomeFailuresWithTheirCodeAndLine() {
        IngestItem bad = RecordFields.fromJsonLine("{\"id\": 1, \"text\": \"x", 5, FieldMapping.defaults(), "f:5");
        IngestItem.Failed f = assertInstanceOf(IngestItem.Failed.class, bad);
        assertEquals("json.invalid", f.code());
        assertTrue(f.message().startsWith("invalid JSON on line 5: "), f.message());
        assertEquals("json.not-object", ((IngestItem.Failed) RecordFields.fromJsonLine("42", 1, FieldMapping.defaults(), "f:1")).code());
        IngestItem.Failed empty = (IngestItem.Failed) RecordFields.fromJsonLine("{\"id\":\"e\",\"text\":\" \"}", 2, FieldMapping.defaults(), "f:2");
        assertEquals("record.no-content", empty.code());
        assertEquals("e", empty.id());
    }

    @Test
    void aRowIsReadThroughTheMappingAndNullOrEmptyColumnsAreAbsent() {
        Map<String, String> row = new HashMap<>();
        row.put("article_id", "r1");
        row.put("text", "");
        row.put("content", "Body from the content column.");
        row.put("site", "Example News");
        row.put("url", null);
        IngestItem.Ok ok = assertInstanceOf(IngestItem.Ok.class, RecordFields.fromRow(row, FieldMapping.defaults(), "p#1"));
        assertEquals("r1", ok.record().metadata().id());
        assertEquals("Example News", ok.record().metadata().source());
        assertEquals("", ok.record().metadata().url());
        assertEquals("p#1", ok.origin());
        assertEquals(new InputRecord.Chars("Body from the content column.", false), ok.record().content());
        IngestItem mapped = RecordFields.fromRow(Map.of("story", "Mapped."), FieldMapping.of(Map.of("text", "story")), "p#2");
        assertInstanceOf(IngestItem.Ok.class, mapped);
        assertEquals("record.no-content",
                ((IngestItem.Failed) RecordFields.fromRow(Map.of("id", "x"), FieldMapping.defaults(), "p#3")).code());
    }
}
