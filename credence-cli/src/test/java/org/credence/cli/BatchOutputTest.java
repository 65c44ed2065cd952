package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.credence.Credence;
import org.credence.cli.CliTest.Run;
import org.credence.cli.output.ParquetRows;
import org.credence.cli.output.ParquetSink;
import org.credence.cli.output.SummaryReader;
import org.credence.ingest.IngestItem;
import org.credence.ingest.Inputs;
import org.credence.report.SummaryRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** CSV and Parquet outputs, torn tails, resume checks and summarize, in process. */
class BatchOutputTest {

    @TempDir
    static Path shared;
    static Path corpus;

    /** A corpus of generated articles from three sources, with two bad records among them. */
    static Path corpus(Path dir, int n, long seed) throws IOException {
        ArticleGenerator gen = new ArticleGenerator(seed);
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i == 3) {
                sb.append("{\"id\":\"broken\", no json\n");
                continue;
            }
            if (i == 7) {
                sb.append("{\"id\":\"empty\",\"title\":\"no text\"}\n");
                continue;
            }
            var o = json.createObjectNode().put("id", "a" + i).put("source", "site" + (i % 3) + ".example")
                    .put("url", "https://site" + (i % 3) + ".example/" + i).put("text", shortArticle(gen.next()));
            sb.append(json.writeValueAsString(o)).append('\n');
        }
        Path f = dir.resolve("corpus-" + n + ".jsonl");
        Files.writeString(f, sb.toString());
        return f;
    }

    /** The first paragraphs of a generated article (about 120 words), to keep the tests quick. */
    static String shortArticle(String text) {
        int end = 0;
        while (end < 700) {
            int next = text.indexOf("\n\n", end + 1);
            if (next < 0) {
                return text;
            }
            end = next;
        }
        return text.substring(0, end);
    }

    @BeforeAll
    static void write() throws IOException {
        corpus = corpus(shared, 24, 7);
    }

    static List<String> inputOrigins(Path... inputs) {
        try (Stream<IngestItem> s = Inputs.withDefaults().read(Stream.of(inputs).map(Path::toString).toList())) {
            return s.map(IngestItem::origin).toList();
        }
    }

    static List<SummaryRow> rows(Path output) throws IOException {
        List<SummaryRow> rows = new ArrayList<>();
        SummaryReader.read(output, rows::add);
        return rows;
    }

    @Test
    void csvAndParquetHoldTheSameRowsAsTheAnalyses(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("out.csv");
        Path parquet = dir.resolve("out.parquet");
        Run c = CliTest.run("analyze", corpus.toString(), "-o", csv.toString(), "--threads", "2");
        assertEquals(1, c.code(), "two bad records: exit code 1; " + c.err());
        assertTrue(c.err().contains("24 records, 2 errors"), c.err());
        Run p = CliTest.run("analyze", corpus.toString(), "-o", parquet.toString(), "--checkpoint", "5");
        assertEquals(1, p.code(), p.err());
        assertFalse(Files.exists(ParquetSink.partsOf(parquet)), "parts are merged and removed");

        List<SummaryRow> expected = new ArrayList<>();
        Credence credence = Credence.standard();
        try (Stream<IngestItem> s = Inputs.withDefaults().read(List.of(corpus.toString()))) {
            s.forEach(item -> expected.add(SummaryRow.of(credence.analyze(item))));
        }
        List<SummaryRow> fromParquet = ParquetRows.readAll(parquet);
        assertEquals(expected.size(), fromParquet.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), fromParquet.get(i), "row " + i);
        }
        assertEquals(fromParquet, rows(csv), "CSV reads back to the same rows");
        assertEquals("json.invalid", fromParquet.get(3).errorCode());
        assertEquals("site2.example", fromParquet.get(2).source());
        assertTrue(fromParquet.stream().anyMatch(r -> !r.signalsFired().isEmpty()), "signals fired somewhere");

        Run sc = CliTest.run("summarize", csv.toString(), "--format", "csv");
        Run sp = CliTest.run("summarize", parquet.toString(), "--format", "csv");
        assertEquals(0, sc.code(), sc.err());
        assertEquals(sc.out(), sp.out(), "the same summary from CSV and Parquet");
        assertTrue(sc.out().startsWith("source,articles,errors,meanScores,meanSignalScores,topSignals"), sc.out());
        Run table = CliTest.run("summarize", parquet.toString());
        assertTrue(table.out().contains("site0.example") && table.out().contains("(none)"), table.out());
        assertTrue(table.err().contains("24 rows, 4 sources"), table.err());
    }

    @Test
    void jsonLinesResumeCutsATornLineAndFinishesExactlyOnce(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.jsonl");
        assertEquals(1, CliTest.run("analyze", corpus.toString(), "-o", out.toString()).code());
        List<String> lines = Files.readAllLines(out);
        // As if killed while writing line 11: ten lines and half of the eleventh.
        String torn = String.join("\n", lines.subList(0, 10)) + "\n" + lines.get(10).substring(0, lines.get(10).length() / 2);
        Files.writeString(out, torn);
        Run r = CliTest.run("analyze", corpus.toString(), "-o", out.toString(), "--resume");
        assertTrue(r.err().contains("14 records") && r.err().contains("resumed after 10 records"), r.err());
        assertEquals(lines, Files.readAllLines(out), "the same lines as an uninterrupted run");
        assertEquals(inputOrigins(corpus), rows(out).stream().map(SummaryRow::origin).toList());

        Run again = CliTest.run("analyze", corpus.toString(), "-o", out.toString(), "--resume");
        assertTrue(again.err().contains("0 records") && again.err().contains("resumed after 24"), again.err());
        assertEquals(lines, Files.readAllLines(out), "resuming a finished run adds nothing");
    }

    @Test
    void csvResumeCutsATornRowEvenInsideQuotes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.csv");
        CliTest.run("analyze", corpus.toString(), "-o", out.toString());
        String whole = Files.readString(out);
        List<SummaryRow> before = rows(out);
        // Cut inside the quoted error message of row 4 (the invalid JSON line).
        int cut = whole.indexOf("invalid JSON") + 5;
        Files.writeString(out, whole.substring(0, cut));
        Run r = CliTest.run("analyze", corpus.toString(), "-o", out.toString(), "--resume");
        assertTrue(r.err().contains("resumed after 3 records"), r.err());
        assertEquals(whole, Files.readString(out));
        assertEquals(before, rows(out));
    }

    @Test
    void resumeRefusesOtherInputsAndOtherFormats(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.jsonl");
        CliTest.run("analyze", corpus.toString(), "-o", out.toString());
        Path other = corpus(dir, 30, 99);
        Run r = CliTest.run("analyze", other.toString(), "-o", out.toString(), "--resume");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("cannot resume: record 1 of the inputs is " + other), r.err());
        Run text = CliTest.run("analyze", corpus.toString(), "-o", dir.resolve("x.txt").toString(), "--format", "text", "--resume");
        assertEquals(Main.USAGE, text.code());
        Run noOut = CliTest.run("analyze", corpus.toString(), "--resume");
        assertEquals(Main.USAGE, noOut.code());
        assertTrue(noOut.err().contains("--resume needs --output"), noOut.err());
        Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n");
        Run badCsv = CliTest.run("analyze", corpus.toString(), "-o", dir.resolve("bad.csv").toString(), "--resume");
        assertEquals(Main.BAD_INPUT, badCsv.code());
        assertTrue(badCsv.err().contains("not a Credence CSV summary"), badCsv.err());
    }

    @Test
    void aFinishedParquetRunIsResumedWithMoreInput(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.parquet");
        Path second = corpus(dir, 9, 5);
        CliTest.run("analyze", corpus.toString(), "-o", out.toString());
        Run r = CliTest.run("analyze", corpus.toString(), second.toString(), "-o", out.toString(), "--resume", "--checkpoint", "4");
        assertTrue(r.err().contains("9 records") && r.err().contains("resumed after 24"), r.err());
        assertEquals(inputOrigins(corpus, second), ParquetRows.readAll(out).stream().map(SummaryRow::origin).toList());
    }

    @Test
    void warcInputToParquet(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            for (int i = 0; i < 3; i++) {
                String page = "<html><body><article><h1>Story " + i + "</h1><p>" + CliTestText.ARTICLE + "</p></article></body></html>";
                w.write(new WarcResponse.Builder(URI.create("https://www.news" + i + ".example/story"))
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, page.getBytes(StandardCharsets.UTF_8)).build())
                        .build());
            }
            w.write(new WarcResponse.Builder(URI.create("https://news0.example/gone"))
                    .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML_UTF8, new byte[] {'x'}).build()).build());
        }
        Path warc = dir.resolve("crawl.warc.gz");
        Files.write(warc, bytes.toByteArray());
        Path out = dir.resolve("out.parquet");
        Run r = CliTest.run("analyze", warc.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("3 article record(s); skipped 1 other record(s) (1 status 404)"), r.err());
        List<SummaryRow> rows = ParquetRows.readAll(out);
        assertEquals(List.of("news0.example", "news1.example", "news2.example"), rows.stream().map(SummaryRow::source).toList());
        assertTrue(rows.get(0).origin().startsWith(warc + "@0"), rows.get(0).origin());
        assertTrue(rows.get(1).id().startsWith("urn:uuid:"), rows.get(1).id());
        assertEquals("Story 1", rows.get(1).headline());
    }

    /** Article text shared with the WARC test. */
    static final class CliTestText {
        static final String ARTICLE = "The city's main harbour reopened on Friday after three weeks of repairs, port officials said, "
                + "and the first ferries left on time. \"We are relieved,\" said harbour master Ana Silva.";
    }
}
