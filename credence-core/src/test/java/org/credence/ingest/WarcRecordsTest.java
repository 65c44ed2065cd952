package org.credence.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.credence.Analysis;
import org.credence.Credence;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC input: which records count as articles, their metadata and origins, broken files. */
class WarcRecordsTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Harbour</title></head>"
            + "<body><article><h1>Harbour Reopens After Storm</h1><p>The city\u2019s main harbour reopened on Friday after three"
            + " weeks of repairs, port officials said.</p></article></body></html>";

    static UUID uuid(int n) {
        return new UUID(0x1234L, n);
    }

    static WarcResponse response(int n, String url, int status, String contentType, byte[] body, String... headers) {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        if (contentType != null) {
            http.body(MediaType.parse(contentType), body);
        } else {
            http.setHeader("Content-Length", String.valueOf(body.length));
            http.body(null, body);
        }
        try {
            return new WarcResponse.Builder(URI.create(url)).recordId(uuid(n)).body(http.build()).build();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A small crawl: info, a request, four article records and four records that are not articles. */
    static List<WarcRecord> crawl() throws IOException {
        byte[] page = PAGE.getBytes(Charset.forName("windows-1252"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write(PAGE.replace("Harbour Reopens", "Gzipped Harbour").getBytes(StandardCharsets.UTF_8));
        }
        List<WarcRecord> records = new ArrayList<>();
        records.add(new Warcinfo.Builder().recordId(uuid(1)).filename("crawl.warc.gz").build());
        records.add(new WarcRequest.Builder(URI.create("https://www.example.org/news/1"))
                .recordId(uuid(2)).body(new HttpRequest.Builder("GET", "/news/1").build()).build());
        records.add(response(3, "https://www.Example.org/news/1", 200, "text/html; charset=windows-1252", page));
        records.add(response(4, "https://example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        records.add(response(5, "https://example.org/old", 301, "text/html", "<html>moved</html>".getBytes(StandardCharsets.UTF_8),
                "Location", "https://example.org/new"));
        records.add(response(6, "https://news.example.com/gz", 200, "text/html; charset=utf-8", gz.toByteArray(),
                "Content-Encoding", "gzip"));
        records.add(response(7, "https://news.example.com/untyped", 200, null,
                ("\n  " + PAGE.replace("Harbour Reopens", "Untyped Harbour")).getBytes(StandardCharsets.UTF_8)));
        records.add(new WarcResource.Builder(URI.create("file:///archive/page.html")).recordId(uuid(8))
                .body(MediaType.HTML_UTF8, PAGE.replace("Harbour Reopens", "Resource Harbour").getBytes(StandardCharsets.UTF_8)).build());
        records.add(new WarcResource.Builder(URI.create("file:///archive/data.json")).recordId(uuid(9))
                .body(MediaType.JSON, "{}".getBytes(StandardCharsets.UTF_8)).build());
        records.add(response(10, "https://example.org/empty", 404, "text/html", "<html>not found</html>".getBytes(StandardCharsets.UTF_8)));
        return records;
    }

    static byte[] warc(List<WarcRecord> records, WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
            for (WarcRecord r : records) {
                w.write(r);
            }
        }
        return out.toByteArray();
    }

    /** Byte offsets of the records, as jwarc's reader reports them. */
    static List<Long> offsets(byte[] warc) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (WarcReader r = new WarcReader(new ByteArrayInputStream(warc))) {
            for (WarcRecord rec : r) {
                offsets.add(rec.position());
            }
        }
        return offsets;
    }

    private static List<IngestItem> read(byte[] warc, String name, List<String> notes) {
        try (Stream<IngestItem> items = WarcRecords.read(new ByteArrayInputStream(warc), name, notes::add)) {
            return items.toList();
        }
    }

    @Test
    void articleRecordsOnlyWithTheirMetadataAndOffsets() throws IOException {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            byte[] data = warc(crawl(), c);
            List<Long> at = offsets(data);
            List<String> notes = new ArrayList<>();
            List<IngestItem> items = read(data, "crawl.warc", notes);
            assertEquals(4, items.size(), c + ": " + items);
            InputRecord first = ((IngestItem.Ok) items.get(0)).record();
            assertEquals(uuid(3).toString(), first.metadata().id().replace("urn:uuid:", ""));
            assertTrue(first.metadata().id().startsWith("urn:uuid:"), first.metadata().id());
            assertEquals("https://www.Example.org/news/1", first.metadata().url());
            assertEquals("example.org", first.metadata().source());
            assertEquals("crawl.warc@" + at.get(2), first.metadata().origin());
            InputRecord.Bytes body = (InputRecord.Bytes) first.content();
            assertTrue(body.html());
            assertEquals("windows-1252", body.declaredCharset());
            assertTrue(Arrays.equals(PAGE.getBytes(Charset.forName("windows-1252")), body.data()));

            InputRecord gz = ((IngestItem.Ok) items.get(1)).record();
            assertEquals("crawl.warc@" + at.get(5), gz.metadata().origin());
            assertTrue(new String(((InputRecord.Bytes) gz.content()).data(), StandardCharsets.UTF_8).contains("Gzipped Harbour"),
                    "the HTTP content encoding is undone");
            assertEquals("news.example.com", gz.metadata().source());
            InputRecord untyped = ((IngestItem.Ok) items.get(2)).record();
            assertEquals("crawl.warc@" + at.get(6), untyped.metadata().origin());
            InputRecord resource = ((IngestItem.Ok) items.get(3)).record();
            assertEquals("file:///archive/page.html", resource.metadata().url());
            assertEquals("", resource.metadata().source());

            assertEquals(1, notes.size(), notes.toString());
            String note = notes.get(0);
            assertTrue(note.contains("4 article record(s); skipped 6 other record(s)"), note);
            assertTrue(note.contains("2 non-HTML") && note.contains("1 status 301") && note.contains("1 status 404")
                    && note.contains("1 request") && note.contains("1 warcinfo"), note);
        }
    }

    @Test
    void articlesAreAnalysedWithTheDeclaredCharset() throws IOException {
        List<IngestItem> items = read(warc(crawl(), WarcCompression.GZIP), "c.warc.gz", new ArrayList<>());
        Analysis a = Credence.standard().analyze(items.get(0));
        Analysis.Ok ok = assertInstanceOf(Analysis.Ok.class, a);
        assertTrue(ok.document().text().contains("city\u2019s main harbour"), ok.document().text());
        assertEquals("Harbour Reopens After Storm", ok.document().fields().headline());
    }

    @Test
    void aFileThatBreaksOffYieldsOneErrorAfterTheGoodRecords() throws IOException {
        byte[] data = warc(crawl(), WarcCompression.GZIP);
        List<Long> at = offsets(data);
        // Cut inside the gzipped-body response (the sixth record): the first article survives.
        byte[] cut = Arrays.copyOf(data, (int) (at.get(5) + (at.get(6) - at.get(5)) / 2));
        List<IngestItem> items = read(cut, "cut.warc.gz", new ArrayList<>());
        assertInstanceOf(IngestItem.Ok.class, items.get(0));
        IngestItem.Failed last = assertInstanceOf(IngestItem.Failed.class, items.get(items.size() - 1));
        assertEquals("warc.malformed", last.code());
        assertTrue(last.origin().startsWith("cut.warc.gz@"), last.origin());
        assertEquals(2, items.size(), items.toString());

        // Cut inside the first article's page (the third record), plain and gzipped: that record is
        // one warc.malformed item under its own offset, not a half page or an error at the same
        // offset as well, nor an error under the offset of the record before.
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            byte[] whole = warc(crawl(), c);
            List<Long> offsets = offsets(whole);
            byte[] half = Arrays.copyOf(whole, (int) (offsets.get(2) + (offsets.get(3) - offsets.get(2)) * 3 / 4));
            List<IngestItem> cutPage = read(half, "page.warc", new ArrayList<>());
            assertEquals(1, cutPage.size(), c + ": " + cutPage);
            IngestItem.Failed f = assertInstanceOf(IngestItem.Failed.class, cutPage.get(0), c + ": " + cutPage);
            assertEquals("warc.malformed", f.code(), f.toString());
            assertEquals("page.warc@" + offsets.get(2), f.origin());
            if (c == WarcCompression.NONE) {
                // its head was read: the item names the record (gzipped, the member breaks before)
                assertTrue(f.id().contains(uuid(3).toString()), f.toString());
                assertTrue(f.message().contains("is cut off"), f.message());
            }
        }

        List<IngestItem> garbage = read("this is not a WARC file at all\n".getBytes(StandardCharsets.UTF_8), "x.warc", new ArrayList<>());
        assertEquals(1, garbage.size(), garbage.toString());
        assertEquals("warc.malformed", ((IngestItem.Failed) garbage.get(0)).code());
    }

    @Test
    void inputsReadWarcFilesAndStreamsByName(@TempDir Path dir) throws IOException {
        byte[] data = warc(crawl(), WarcCompression.GZIP);
        Path f = dir.resolve("crawl.warc.gz");
        Files.write(f, data);
        List<String> notes = new ArrayList<>();
        Inputs inputs = new Inputs(FieldMapping.defaults(), notes::add, System.in);
        List<IngestItem> fromFile;
        try (Stream<IngestItem> s = inputs.read(List.of(dir.toString()))) {
            fromFile = s.toList();
        }
        assertEquals(4, fromFile.size());
        assertEquals(f + "@" + offsets(data).get(2), fromFile.get(0).origin());
        List<IngestItem> fromStream;
        try (Stream<IngestItem> s = inputs.read(new ByteArrayInputStream(data), "hdfs://cluster/crawl.warc.gz")) {
            fromStream = s.toList();
        }
        assertEquals(4, fromStream.size());
        assertEquals("hdfs://cluster/crawl.warc.gz@" + offsets(data).get(2), fromStream.get(0).origin());
        // The stream entry reads the other formats by name too.
        try (Stream<IngestItem> s = inputs.read(new ByteArrayInputStream(
                "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n".getBytes(StandardCharsets.UTF_8)), "part-1.jsonl")) {
            assertEquals(List.of("part-1.jsonl:1", "part-1.jsonl:2"), s.map(IngestItem::origin).toList());
        }
    }
}
