package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line end to end, in process: exit codes, formats, batches and error records. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "Harbour Reopens After Storm Repairs\n\nBy Ana Silva\n\n"
            + "LISBON (Reuters) - The city's main harbour reopened on Friday after three weeks of repairs, port officials said, "
            + "and the first ferries left on time.\n\nSupport our independent journalism: please donate today.\n";

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void analyzeOneTextFileAsJson(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, ARTICLE);
        Run r = run("analyze", f.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode report = JSON.readTree(r.out());
        assertEquals(org.credence.report.JsonReport.SCHEMA_VERSION, report.get("schemaVersion").asText());
        assertEquals("ok", report.get("status").asText());
        assertEquals("Harbour Reopens After Storm Repairs", report.at("/fields/headline").asText());
        assertEquals("Ana Silva", report.at("/fields/byline").asText());
        boolean fundraising = false;
        String text = report.get("text").asText();
        for (JsonNode b : report.get("blocks")) {
            assertEquals(b.get("text").asText(), text.substring(b.get("start").asInt(), b.get("end").asInt()));
            fundraising |= b.get("type").asText().equals("fundraising");
        }
        assertTrue(fundraising, "the donation appeal is typed");
    }

    @Test
    void textAndHtmlFormats(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, ARTICLE + "\n<script>alert(1)</script>\n");
        Run text = run("analyze", f.toString(), "--format", "text");
        assertEquals(0, text.code());
        assertTrue(text.out().contains("Headline   Harbour Reopens After Storm Repairs"), text.out());
        Run html = run("analyze", f.toString(), "--format", "html");
        assertEquals(0, html.code());
        assertTrue(html.out().startsWith("<!DOCTYPE html>"));
        assertFalse(html.out().contains("<script>"), "article text is escaped");
        assertTrue(html.out().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.out().contains("http://") || html.out().contains("https://"), "no network references");
    }

    @Test
    void batchWritesOneLinePerRecordIncludingErrors(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"1\",\"text\":\"" + "A short article about the harbour. ".repeat(5) + "\"}\n"
                + "{\"id\":\"2\", broken\n"
                + "{\"id\":\"3\",\"title\":\"No text here\"}\n"
                + "{\"id\":\"4\",\"html\":\"<html><body><article><h1>Page</h1><p>Body text of a page.</p></article></body></html>\"}\n");
        Path out = dir.resolve("out.jsonl");
        Run r = run("analyze", in.toString(), "--output", out.toString(), "--threads", "2");
        assertEquals(1, r.code(), "a bad record makes the exit code 1");
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size(), "every record yields a line");
        assertEquals("ok", JSON.readTree(lines.get(0)).get("status").asText());
        assertEquals("error", JSON.readTree(lines.get(1)).get("status").asText());
        assertEquals("json.invalid", JSON.readTree(lines.get(1)).at("/error/code").asText());
        assertEquals("record.no-content", JSON.readTree(lines.get(2)).at("/error/code").asText());
        assertEquals("4", JSON.readTree(lines.get(3)).get("id").asText());
        assertTrue(r.err().contains("4 records, 2 errors"), r.err());
    }

    @Test
    void directoriesCsvAndGzip(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("corpus/nested"));
        Files.writeString(dir.resolve("corpus/one.txt"), ARTICLE);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(sub.resolve("two.txt.gz")))) {
            gz.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(sub.resolve("rows.csv"), "headline,body\n\"A\",\"First, with a comma.\"\n\"B\",\"Second.\"\n");
        Files.writeString(sub.resolve("image.png"), "not an article");
        Path out = dir.resolve("out.jsonl");
        Run r = run("analyze", dir.resolve("corpus").toString(), "-o", out.toString(), "--field", "text=body");
        assertEquals(0, r.code(), r.err());
        assertEquals(4, Files.readAllLines(out).size());
        assertTrue(r.err().contains("skipped 1 file"), r.err());
    }

    @Test
    void standardInput() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));
            Run r = run("analyze", "-", "--format", "json");
            assertEquals(0, r.code(), r.err());
            assertEquals("Ana Silva", JSON.readTree(r.out()).at("/fields/byline").asText());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void exitCodes(@TempDir Path dir) throws IOException {
        assertEquals(1, run("analyze", dir.resolve("missing.txt").toString()).code(), "missing file is bad input");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertEquals(0, run("analyze", empty.toString(), "--format", "json").code(), "an empty file is analysed, with a problem");
        assertEquals(2, run("analyze", "--no-such-option", "x").code());
        assertEquals(2, run("analyze", empty.toString(), "--format", "pdf").code());
        assertEquals(2, run("analyze", empty.toString(), "--field", "nosuch=x").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run().code(), "no subcommand is a usage error");
        for (String cmd : List.of("analyze", "extract", "bench", "version")) {
            Run help = run(cmd, "--help");
            assertEquals(0, help.code(), cmd);
            assertTrue(help.out().contains("Usage:"), cmd);
        }
        Run v = run("version");
        assertTrue(v.out().startsWith("credence "), v.out());
    }

    @Test
    void extractWritesFieldsAndMainText(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, ARTICLE);
        Path out = dir.resolve("x.jsonl");
        Run r = run("extract", f.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode x = JSON.readTree(Files.readAllLines(out).get(0));
        assertEquals("Harbour Reopens After Storm Repairs", x.get("title").asText());
        assertTrue(x.get("text").asText().startsWith("LISBON (Reuters) - The city's main harbour"), x.get("text").asText());
        assertFalse(x.get("text").asText().contains("donate"), "non-article blocks are not main text");
    }
}
