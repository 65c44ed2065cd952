package org.credence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.credence.ingest.IngestItem;
import org.credence.ingest.Inputs;
import org.credence.ingest.InputRecord;
import org.credence.model.Metadata;
import org.credence.report.HtmlReport;
import org.credence.report.JsonReport;
import org.credence.report.TextReport;
import org.credence.testing.Spans;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of {@code src/test/resources/fuzz} goes through ingest, the pipeline and all three
 * reports without an exception or a hang, and every record yields a result or an error record.
 */
class FuzzTest {

    private static final Path FUZZ = Path.of("src/test/resources/fuzz");
    private final Credence credence = Credence.standard();

    @TestFactory
    Stream<DynamicTest> everyFuzzFile() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(FUZZ)) {
            files = s.sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(30), () -> runThrough(f.toString()))));
    }

    private int runThrough(String spec) {
        int n = 0;
        try (Stream<IngestItem> items = Inputs.withDefaults().read(List.of(spec))) {
            for (IngestItem item : (Iterable<IngestItem>) items::iterator) {
                Analysis a = credence.analyze(item);
                assertNotNull(a, spec);
                assertFalse(JsonReport.line(a).isEmpty());
                TextReport.render(a);
                HtmlReport.render(a);
                if (a instanceof Analysis.Ok ok) {
                    Spans.check(ok.document(), spec);
                }
                n++;
            }
        }
        return n;
    }

    @Test
    void jsonLinesYieldOneResultPerLine() {
        // 6 non-blank lines: ok, truncated, array, empty text, html, nested object as text.
        assertEquals(6, runThrough(FUZZ.resolve("mixed.jsonl").toString()));
    }

    @Test
    void brokenCsvQuotingBecomesAnErrorRecord() {
        try (Stream<IngestItem> items = Inputs.withDefaults().read(List.of(FUZZ.resolve("broken-quotes.csv").toString()))) {
            List<IngestItem> all = items.toList();
            assertEquals(IngestItem.Ok.class, all.get(0).getClass());
            assertTrue(all.size() >= 2, "every row is accounted for: " + all);
            IngestItem broken = all.get(1);
            assertEquals(IngestItem.Failed.class, broken.getClass(), "the broken row is reported: " + all);
            assertTrue(broken.origin().endsWith("#2"), broken.origin());
        }
    }

    @Test
    void binaryIsRefusedWithAReason() {
        Analysis a = credence.analyze(Inputs.withDefaults().read(List.of(FUZZ.resolve("binary-junk.txt").toString())).findFirst().orElseThrow());
        assertEquals(Analysis.Failed.class, a.getClass());
        assertEquals("input.binary", ((Analysis.Failed) a).code());
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflow() {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(20_000)).append("<p>Deep text that should survive.</p>").append("</div>".repeat(20_000));
        sb.append("<b><i><u>".repeat(5_000)).append("unclosed");
        Metadata m = new Metadata("deep", "", "", "", "", "", "", "generated");
        Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> credence.analyze(InputRecord.html(m, sb.toString())));
        assertNotNull(JsonReport.line(a));
    }

    @Test
    void fiftyMegabytesOfTextFinish(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.txt");
        String para = "The committee met on Tuesday and agreed a plan. It will report again in June.\n\n";
        StringBuilder sb = new StringBuilder(50 << 20);
        while (sb.length() < (50 << 20)) {
            sb.append(para);
        }
        Files.writeString(big, sb, StandardCharsets.UTF_8);
        sb.setLength(0);
        // a hang guard, not a speed target (speed is in docs/BENCHMARKS.md): generous for busy machines
        int n = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> runThrough(big.toString()));
        assertEquals(1, n);
    }

    @Test
    void missingFileIsAnErrorRecord() {
        List<IngestItem> items = Inputs.withDefaults().read(List.of("no/such/file.txt")).toList();
        assertEquals(1, items.size());
        assertEquals("input.missing", ((IngestItem.Failed) items.get(0)).code());
    }
}
