package org.credence.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credence.Credence;
import org.credence.ingest.IngestItem;
import org.credence.ingest.InputRecord;
import org.credence.model.Metadata;
import org.credence.report.SummaryRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Parquet input, JSON lines spread over more partitions, and the per-file input that WARC plugs into, against the batch output. */
class InputFormatsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void parquetRecordsGiveTheSameRowsAsTheSameRecordsInJsonLines(@TempDir Path tmp) throws IOException {
        CorpusRun run = CorpusRun.get();
        Map<String, SummaryRow> expected = run.batchJsonRows().stream().filter(r -> !r.id().isEmpty())
                .collect(Collectors.toMap(SummaryRow::id, Function.identity()));
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("url", DataTypes.StringType, true),
                DataTypes.createStructField("source", DataTypes.StringType, true),
                DataTypes.createStructField("title", DataTypes.StringType, true),
                DataTypes.createStructField("author", DataTypes.StringType, true),
                DataTypes.createStructField("published", DataTypes.DateType, true),
                DataTypes.createStructField("text", DataTypes.StringType, true),
                DataTypes.createStructField("html", DataTypes.StringType, true),
                DataTypes.createStructField("words_hint", DataTypes.IntegerType, true)));
        List<Row> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String line : run.corpus.lines()) {
            JsonNode n = parse(line);
            if (n == null || !n.isObject() || rows.size() >= 60) {
                continue;
            }
            String id = text(n, "id", "article_id");
            ids.add(id);
            String published = text(n, "published");
            rows.add(RowFactory.create(id, text(n, "url"), orNull(text(n, "source", "site")), orNull(text(n, "title", "headline")),
                    orNull(text(n, "author")), published == null ? null : Date.valueOf(published),
                    orNull(text(n, "text", "body")), orNull(text(n, "html")), 7));
        }
        rows.add(RowFactory.create("no-body", null, "Daily Ledger", "A title", null, null, null, null, 1));
        SparkSession spark = LocalSpark.session();
        String in = tmp.resolve("in.parquet").toString();
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(in);
        String out = tmp.resolve("out").toString();
        StringWriter err = new StringWriter();
        CommandLine cl = AnalyzeJob.commandLine(LocalSpark::session);
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute("--input", in, "--format", "parquet", "--output", out, "--partitions", "3"), err.toString());

        List<SummaryRow> actual = CorpusRun.read(spark, out);
        assertEquals(rows.size(), actual.size());
        Map<String, SummaryRow> byId = actual.stream().collect(Collectors.toMap(SummaryRow::id, Function.identity()));
        for (String id : ids) {
            SummaryRow got = byId.get(id);
            SummaryRow want = expected.get(id);
            assertTrue(got.origin().matches(".*/in\\.parquet/part-[^#]+\\.parquet#\\d+"), got.origin());
            assertEquals(withOrigin(want, got.origin()), got, id);
        }
        SummaryRow noBody = byId.get("no-body");
        assertEquals("record.no-content", noBody.errorCode());
        assertTrue(noBody.origin().endsWith("#" + rows.size()), noBody.origin());
    }

    @Test
    void jsonLinesSpreadOverMorePartitionsKeepTheirLineNumbers(@TempDir Path tmp) throws IOException {
        CorpusRun run = CorpusRun.get();
        Path in = tmp.resolve("head.jsonl");
        Files.write(in, run.corpus.lines().subList(0, 40), StandardCharsets.UTF_8);
        String out = tmp.resolve("out").toString();
        AnalyzeJob.Result result = AnalyzeJob.run(LocalSpark.session(), new JsonLinesInput(Map.of()), in.toString(), 3, out, false);
        Map<String, SummaryRow> byOrigin = CorpusRun.read(LocalSpark.session(), out).stream()
                .collect(Collectors.toMap(SummaryRow::origin, Function.identity()));
        String first = run.dir.resolve("a.jsonl") + ":";
        List<SummaryRow> want = run.batchRows.stream().filter(r -> r.origin().startsWith(first)
                && Integer.parseInt(r.origin().substring(first.length())) <= 40).toList();
        assertEquals(want.size(), result.records(), result.line());
        for (SummaryRow w : want) {
            String origin = in + ":" + w.origin().substring(first.length());
            assertEquals(withOrigin(w, origin), byOrigin.get(origin), origin);
        }
    }

    @Test
    void aPerFileReaderGivesOneRowPerRecordAndAnErrorRowForAFileItCannotFinish(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("files"));
        Files.writeString(dir.resolve("one.txt"), "The council met on Monday.\n----\nOfficials said the bridge would open in May.\n");
        Files.writeString(dir.resolve("two.txt"), "Analysts expect 4,000 new jobs, the mayor said.\n");
        Files.writeString(dir.resolve("broken.txt"), "A first story that reads well.\n----\nBROKEN\n----\nnever reached\n");
        String out = tmp.resolve("out").toString();
        AnalyzeJob.Result result = AnalyzeJob.run(LocalSpark.session(), new FileInput(InputFormatsIT::sections),
                dir.toString(), 2, out, false);
        assertEquals(5, result.records(), result.line());
        assertEquals(1, result.errors(), result.line());

        Map<String, SummaryRow> byOrigin = CorpusRun.read(LocalSpark.session(), out).stream()
                .collect(Collectors.toMap(SummaryRow::origin, Function.identity()));
        SummaryRow error = byOrigin.get(dir.resolve("broken.txt").toString());
        assertEquals("input.io", error.errorCode(), byOrigin.keySet().toString());
        assertTrue(error.errorMessage().contains("unreadable section"), error.errorMessage());
        Credence credence = SharedCredence.get();
        for (Path f : List.of(dir.resolve("one.txt"), dir.resolve("two.txt"))) {
            try (Stream<IngestItem> items = sections(f.toString(), Files.newInputStream(f))) {
                for (IngestItem item : items.toList()) {
                    assertEquals(SummaryRow.of(credence.analyze(item)), byOrigin.get(item.origin()), item.origin());
                }
            }
        }
        assertEquals("ok", byOrigin.get(dir.resolve("broken.txt") + "#1").status());
    }

    /** A made-up container for the test: sections split by "----" lines; a section "BROKEN" cannot be read. */
    private static Stream<IngestItem> sections(String origin, java.io.InputStream in) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String all = r.lines().collect(Collectors.joining("\n"));
        String[] parts = all.split("\n----\n");
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            index.add(i);
        }
        return index.stream().map(i -> {
            if (parts[i].strip().equals("BROKEN")) {
                throw new UncheckedIOException(new IOException("unreadable section " + (i + 1)));
            }
            String at = origin + "#" + (i + 1);
            return new IngestItem.Ok(InputRecord.text(new Metadata("s" + (i + 1), "", "", "", "", "", "", at), parts[i]));
        });
    }

    private static SummaryRow withOrigin(SummaryRow r, String origin) {
        return new SummaryRow(r.id(), origin, r.url(), r.source(), r.status(), r.errorCode(), r.errorMessage(), r.headline(),
                r.scores(), r.bands(), r.topReasons(), r.signalScores(), r.signalsFired(), r.words(), r.sentences(),
                r.entities(), r.quotes(), r.repairs(), r.problems());
    }

    private static JsonNode parse(String line) {
        try {
            return line.isBlank() ? null : JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String... names) {
        for (String name : names) {
            if (n.hasNonNull(name)) {
                return n.get(name).asText();
            }
        }
        return null;
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
