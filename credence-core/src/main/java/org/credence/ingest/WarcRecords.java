package org.credence.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.credence.model.Metadata;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Articles from a WARC file (plain or gzipped per record, as crawlers such as Common Crawl write
 * them), read with jwarc.
 *
 * <p><b>What counts as an input record.</b> A WARC holds much besides articles: requests,
 * metadata, images, scripts, redirects. An <em>article record</em> is
 * <ul>
 *   <li>a {@code response} record whose HTTP status is 2xx (other than 204) and whose payload is
 *       HTML ({@code text/html} or {@code application/xhtml+xml}, or, without a content type,
 *       a payload that starts like an HTML page), or</li>
 *   <li>a {@code resource} record (a capture without HTTP, e.g. from warcit) whose content type is
 *       HTML.</li>
 * </ul>
 * Every article record yields exactly one item: the page (its HTTP content and transfer
 * encodings undone, its charset passed on as declared) or a {@link IngestItem.Failed} when it
 * cannot be read (broken HTTP head: {@code warc.http}; a payload over
 * {@link Inputs#MAX_FILE_BYTES}: {@code input.too-large}). Every other record is skipped and
 * counted; at the end of the file one note says how many were skipped and why (by record type,
 * {@code non-HTML}, {@code status 404}, ...). A file that breaks off or whose WARC framing is
 * broken yields one {@code warc.malformed} item naming the offset, and reading stops there; when
 * the file ends inside an article record, that item is the record's own (its origin and id), so
 * the record is neither analysed half-read nor given two items.
 *
 * <p>Each record's metadata: {@code id} the WARC-Record-ID (without angle brackets), {@code url}
 * the WARC-Target-URI, {@code source} the target's host in lower case without a leading
 * {@code www.}, {@code origin} {@code name@offset} where offset is the record's byte offset in
 * the (compressed) file, as a CDX index gives it.
 */
public final class WarcRecords {

    private WarcRecords() {
    }

    /**
     * The items of one WARC stream, lazily. The stream owns {@code in} and closes it when closed.
     *
     * @param in    the WARC bytes (gzip or not: detected)
     * @param name  the name used in origins and notes, e.g. the file's path
     * @param notes receives one line per file on the records that were skipped
     */
    public static Stream<IngestItem> read(InputStream in, String name, Consumer<String> notes) {
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            return Stream.of(new IngestItem.Failed(name + "@0", "", "warc.malformed",
                    "not a readable WARC file: " + Inputs.firstLine(e)));
        }
        reader.setLenient(true);
        Walker walker = new Walker(reader, name, notes);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walker, 0), false)
                .onClose(() -> closeQuietly(reader));
    }

    /** Walks the records, turning article records into items and counting the rest. */
    private static final class Walker implements Iterator<IngestItem> {
        private final WarcReader reader;
        private final String name;
        private final Consumer<String> notes;
        private final Map<String, Integer> skipped = new TreeMap<>();
        private long articles;
        private IngestItem next;
        private boolean done;

        Walker(WarcReader reader, String name, Consumer<String> notes) {
            this.reader = reader;
            this.name = name;
            this.notes = notes;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                    // Where the broken record starts (jwarc moves past the last good one first), so
                    // the origin is not that of an item already given.
                    long at = reader.position();
                    finish();
                    next = new IngestItem.Failed(name + "@" + at, "", "warc.malformed",
                            "WARC broken at byte " + at + " (reading stopped there; later records are not read): "
                                    + Inputs.firstLine(e));
                    break;
                }
                if (record.isEmpty()) {
                    finish();
                    break;
                }
                next = item(record.get());
            }
            return next != null;
        }

        @Override
        public IngestItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            IngestItem n = next;
            next = null;
            return n;
        }

        private void finish() {
            done = true;
            if (!skipped.isEmpty()) {
                int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
                StringBuilder sb = new StringBuilder();
                skipped.forEach((why, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(why));
                notes.accept(name + ": " + articles + " article record(s); skipped " + total
                        + " other record(s) (" + sb + ")");
            }
        }

        private void skip(String why) {
            skipped.merge(why, 1, Integer::sum);
        }

        /** The item for an article record, or null (counted) for any other record. */
        private IngestItem item(WarcRecord record) {
            String origin = name + "@" + record.position();
            if (record instanceof WarcResponse response) {
                HttpResponse http;
                try {
                    if (!response.contentType().base().equals(MediaType.HTTP.base())) {
                        skip("non-HTTP response");
                        return null;
                    }
                    http = response.http();
                } catch (IOException | RuntimeException e) {
                    articles++;
                    return new IngestItem.Failed(origin, id(record), "warc.http",
                            "cannot read the HTTP response of " + response.target() + ": " + Inputs.firstLine(e));
                }
                int status = http.status();
                if (status < 200 || status >= 300 || status == 204) {
                    skip("status " + status);
                    return null;
                }
                return page(response.target(), record, http.headers().first("Content-Type"), () -> http.bodyDecoded(), origin);
            }
            if (record instanceof WarcResource resource) {
                return page(resource.target(), record, resource.headers().first("Content-Type"), resource::body, origin);
            }
            skip(record.type());
            return null;
        }

        /**
         * The one item of an article record that the file cuts off: an error under the record's own
         * origin (not a partial page, nor a second item at the same offset), and reading stops.
         */
        private IngestItem cutOffItem(WarcRecord record, String origin, String why) {
            finish();
            return new IngestItem.Failed(origin, id(record), "warc.malformed", "WARC record at byte " + record.position()
                    + " is cut off (reading stopped there; later records are not read): " + why);
        }

        private interface Body {
            MessageBody open() throws IOException;
        }

        private IngestItem page(String url, WarcRecord record, Optional<String> contentType, Body body, String origin) {
            boolean typed = contentType.isPresent() && !contentType.get().isBlank();
            MediaType type = typed ? MediaType.parseLeniently(contentType.get()) : null;
            if (typed && !isHtml(type)) {
                skip("non-HTML");
                return null;
            }
            byte[] data;
            try (InputStream in = body.open().stream()) {
                data = in.readNBytes((int) Inputs.MAX_FILE_BYTES + 1);
            } catch (IOException | RuntimeException e) {
                articles++;
                String cut = cutOff(record);
                return cut != null ? cutOffItem(record, origin, cut) : new IngestItem.Failed(origin, id(record), "warc.http",
                        "cannot read the payload of " + url + ": " + Inputs.firstLine(e));
            }
            String cut = data.length > Inputs.MAX_FILE_BYTES ? null : cutOff(record);
            if (cut != null) {
                articles++;
                return cutOffItem(record, origin, cut);
            }
            if (!typed && !looksLikeHtml(data)) {
                skip("non-HTML");
                return null;
            }
            articles++;
            if (data.length > Inputs.MAX_FILE_BYTES) {
                return new IngestItem.Failed(origin, id(record), "input.too-large",
                        "payload of " + url + " is larger than " + Inputs.MAX_FILE_BYTES + " bytes");
            }
            String charset = typed ? type.parameters().getOrDefault("charset", "").strip() : "";
            Metadata meta = new Metadata(id(record), url, host(url), "", "", "", "", origin);
            return new IngestItem.Ok(new InputRecord(meta, new InputRecord.Bytes(data, charset, true)));
        }
    }

    /**
     * Why {@code record}'s block ends before its declared length (the file is cut off inside it),
     * or null when it is whole. Reads what is left of the block.
     */
    private static String cutOff(WarcRecord record) {
        try {
            MessageBody block = record.body();
            block.consume();
            return block.position() < block.size()
                    ? "its block ends after " + block.position() + " of " + block.size() + " bytes" : null;
        } catch (IOException | RuntimeException e) {
            return Inputs.firstLine(e);
        }
    }

    static boolean isHtml(MediaType type) {
        String t = type.type().toLowerCase(Locale.ROOT) + "/" + type.subtype().toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    /** A payload without a content type is taken as HTML when it opens like a page. */
    static boolean looksLikeHtml(byte[] data) {
        int i = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < data.length && Character.isWhitespace(data[i])) {
            i++;
        }
        String head = new String(data, i, Math.min(data.length - i, 64), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<!--") && head.contains("<html");
    }

    private static String id(WarcRecord record) {
        URI id = record.id();
        return id == null ? "" : id.toString();
    }

    /** The outlet of a URL: its host in lower case without a leading {@code www.}; empty if none. */
    static String host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return "";
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // the stream is finished; nothing useful to do
        }
    }
}
