package org.credence.spark;

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
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
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

/**
 * Small WARC files written with jwarc, with the mix a crawl has: HTML responses (UTF-8, a
 * declared windows-1252, a gzip content encoding), and records that are not articles (warcinfo,
 * requests, an image, a redirect, a 404, a JSON resource) beside an HTML resource record; one file
 * gzipped per record, one plain in a subdirectory, and one gzipped file cut off in the middle of a
 * record.
 */
final class TestWarcs {

    /**
     * @param dir      the directory holding the files
     * @param articles article records of the whole files (each gives one output row)
     * @param complete article records of the cut-off file before the cut (each gives one row)
     * @param broken   files cut off part way (each gives one error row after its complete records)
     */
    record Warcs(Path dir, int articles, int complete, int broken) {
        /** Output rows in all. */
        int rows() {
            return articles + complete + broken;
        }
    }

    private TestWarcs() {
    }

    static Warcs write(Path dir, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Files.createDirectories(dir.resolve("more"));
        int articles = 0;
        List<WarcRecord> a = new ArrayList<>();
        a.add(new Warcinfo.Builder().recordId(uuid(0)).filename("a.warc.gz").build());
        for (int i = 1; i <= 12; i++) {
            String host = "https://www." + TestCorpus.SOURCES.get(i % 3).toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
            a.add(new WarcRequest.Builder(URI.create(host + "/news/" + i)).recordId(uuid(100 + i))
                    .body(new HttpRequest.Builder("GET", "/news/" + i).build()).build());
            String charset = i % 4 == 1 ? "windows-1252" : "utf-8";
            byte[] page = page(random, i).getBytes(Charset.forName(charset));
            if (i % 5 == 2) {
                a.add(response(i, host + "/news/" + i, 200, "text/html; charset=" + charset, gzip(page), "Content-Encoding", "gzip"));
            } else {
                a.add(response(i, host + "/news/" + i, 200, "text/html; charset=" + charset, page));
            }
            articles++;
        }
        a.add(response(20, "https://daily-ledger.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        a.add(response(21, "https://daily-ledger.example/old", 301, "text/html", "<html>moved</html>".getBytes(StandardCharsets.UTF_8),
                "Location", "https://daily-ledger.example/new"));
        a.add(response(22, "https://daily-ledger.example/gone", 404, "text/html", "<html>not found</html>".getBytes(StandardCharsets.UTF_8)));
        a.add(new WarcResource.Builder(URI.create("file:///archive/story.html")).recordId(uuid(23))
                .body(MediaType.HTML_UTF8, page(random, 23).getBytes(StandardCharsets.UTF_8)).build());
        articles++;
        Files.write(dir.resolve("a.warc.gz"), warc(a, WarcCompression.GZIP));

        List<WarcRecord> b = new ArrayList<>();
        for (int i = 30; i < 36; i++) {
            b.add(response(i, "https://metro-wire.example/story/" + i, 200, "text/html; charset=utf-8",
                    page(random, i).getBytes(StandardCharsets.UTF_8)));
            articles++;
        }
        b.add(new WarcResource.Builder(URI.create("file:///archive/data.json")).recordId(uuid(36))
                .body(MediaType.JSON, "{}".getBytes(StandardCharsets.UTF_8)).build());
        Files.write(dir.resolve("more").resolve("b.warc"), warc(b, WarcCompression.NONE));

        List<WarcRecord> c = new ArrayList<>();
        for (int i = 40; i < 44; i++) {
            c.add(response(i, "https://harbor-post.example/" + i, 200, "text/html; charset=utf-8",
                    page(random, i).getBytes(StandardCharsets.UTF_8)));
        }
        byte[] whole = warc(c, WarcCompression.GZIP);
        int cut = whole.length * 3 / 5;
        Files.write(dir.resolve("c.warc.gz"), Arrays.copyOf(whole, cut));
        List<Long> at = offsets(whole);
        at.add((long) whole.length);
        int complete = 0;
        while (at.get(complete + 1) <= cut) {
            complete++;
        }
        return new Warcs(dir, articles, complete, 1);
    }

    private static String page(SplittableRandom random, int i) {
        String headline = TestCorpus.headline(random);
        String body = TestCorpus.english(random, i);
        return "<!DOCTYPE html><html><head><title>" + headline + " | News</title></head><body><nav>Home | World</nav>"
                + "<article><h1>" + headline + "</h1><p>" + body.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>")
                + "</p><p>Caf\u00e9 owners on the harbour front said the storm\u2019s damage was worse than expected.</p>"
                + "</article><footer>\u00a9 2025</footer></body></html>";
    }

    private static UUID uuid(int n) {
        return new UUID(0x5eedL, n);
    }

    private static WarcResponse response(int n, String url, int status, String contentType, byte[] body, String... headers) {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        http.body(MediaType.parse(contentType), body);
        try {
            return new WarcResponse.Builder(URI.create(url)).recordId(uuid(n)).body(http.build()).build();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(data);
        }
        return out.toByteArray();
    }

    /** Byte offsets of the records, as jwarc's reader reports them. */
    private static List<Long> offsets(byte[] warc) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (WarcReader r = new WarcReader(new ByteArrayInputStream(warc))) {
            for (WarcRecord rec : r) {
                offsets.add(rec.position());
            }
        }
        return offsets;
    }

    private static byte[] warc(List<WarcRecord> records, WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
            for (WarcRecord r : records) {
                w.write(r);
            }
        }
        return out.toByteArray();
    }
}
