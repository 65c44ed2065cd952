package org.credence.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.credence.model.Metadata;

/**
 * Reads articles from files, directories and standard input.
 *
 * <p>Formats by extension (a trailing {@code .gz} is unpacked transparently): {@code .txt}
 * plain text; {@code .html}, {@code .htm} a page; {@code .json} one record (or an array of
 * records); {@code .jsonl} one record a line; {@code .csv} one record a row, with a header;
 * {@code .warc}, {@code .warc.gz} one record per HTML response ({@link WarcRecords} says which
 * records count).
 * Directories are walked recursively in name order; files of other types there are skipped and
 * reported through the notes consumer. {@code -} is standard input, whose format is sniffed.
 * A file given by name whose extension is unknown is sniffed too.
 *
 * <p>Every record yields an {@link IngestItem}: a record, or a {@link IngestItem.Failed} that
 * says why (missing file, invalid JSON line, broken CSV quoting, no text). Nothing throws for
 * bad content; the returned stream must be closed.
 */
public final class Inputs {

    /** Larger single files are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 256L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FieldMapping mapping;
    private final Consumer<String> notes;
    private final InputStream stdin;

    public Inputs(FieldMapping mapping, Consumer<String> notes, InputStream stdin) {
        this.mapping = mapping;
        this.notes = notes;
        this.stdin = stdin;
    }

    public static Inputs withDefaults() {
        return new Inputs(FieldMapping.defaults(), s -> { }, System.in);
    }

    /** Reads every record of every input, lazily and in order. */
    public Stream<IngestItem> read(List<String> specs) {
        return specs.stream().flatMap(this::readOne);
    }

    private Stream<IngestItem> readOne(String spec) {
        if (spec.equals("-")) {
            try {
                byte[] data = stdin.readAllBytes();
                return sniffed(data, "-", "stdin");
            } catch (IOException e) {
                return Stream.of(new IngestItem.Failed("-", "", "input.io", "cannot read standard input: " + e.getMessage()));
            }
        }
        Path p = Path.of(spec);
        if (Files.isDirectory(p)) {
            return directory(p);
        }
        if (!Files.exists(p)) {
            return Stream.of(new IngestItem.Failed(spec, "", "input.missing", "no such file or directory: " + spec));
        }
        return file(p, true);
    }

    private Stream<IngestItem> directory(Path dir) {
        List<Path> files = new ArrayList<>();
        int skipped = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) walk.sorted()::iterator) {
                if (!Files.isRegularFile(f) || f.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (Format.of(f.getFileName().toString()) == Format.UNKNOWN) {
                    skipped++;
                } else {
                    files.add(f);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(new IngestItem.Failed(dir.toString(), "", "input.io", "cannot list directory: " + e.getMessage()));
        }
        if (skipped > 0) {
            notes.accept("skipped " + skipped + " file(s) of unknown type in " + dir);
        }
        return files.stream().flatMap(f -> file(f, false));
    }

    /** Input formats, by file name. */
    enum Format {
        TEXT, HTML, JSON, JSONL, CSV, WARC, UNKNOWN;

        static Format of(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".gz")) {
                n = n.substring(0, n.length() - 3);
            }
            if (n.endsWith(".warc")) {
                return WARC;
            }
            if (n.endsWith(".txt") || n.endsWith(".text")) {
                return TEXT;
            }
            if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
                return HTML;
            }
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                return JSONL;
            }
            if (n.endsWith(".json")) {
                return JSON;
            }
            if (n.endsWith(".csv")) {
                return CSV;
            }
            return UNKNOWN;
        }
    }

    /**
     * The records of one stream whose format is told by {@code name}'s extension, as for a file of
     * that name (for readers of other file systems, such as Spark's). The returned stream owns
     * {@code in} and closes it when closed; origins start with {@code name}.
     */
    public Stream<IngestItem> read(InputStream in, String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        boolean gz = file.toLowerCase(Locale.ROOT).endsWith(".gz");
        Format format = Format.of(file);
        if (format == Format.WARC) {
            return WarcRecords.read(in, name, notes);
        }
        try {
            InputStream body = gz ? new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16) : in;
            if (format == Format.JSONL || format == Format.CSV) {
                return format == Format.JSONL ? jsonLines(body, name) : csv(body, name);
            }
            byte[] data;
            try (InputStream closing = body) {
                data = closing.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (data.length > MAX_FILE_BYTES) {
                return Stream.of(new IngestItem.Failed(name, "", "input.too-large",
                        "input holds more than " + MAX_FILE_BYTES + " bytes"));
            }
            return fromBytes(data, format, name, stripExtensions(file), true);
        } catch (IOException | UncheckedIOException e) {
            try {
                in.close();
            } catch (IOException ignored) {
                // reported below
            }
            return Stream.of(new IngestItem.Failed(name, "", gz ? "input.gzip" : "input.io",
                    "cannot read " + name + ": " + e.getMessage()));
        }
    }

    private Stream<IngestItem> fromBytes(byte[] data, Format format, String origin, String id, boolean named) {
        return switch (format) {
            case TEXT -> Stream.of(bytesRecord(data, false, id, origin));
            case HTML -> Stream.of(bytesRecord(data, true, id, origin));
            case JSON -> json(data, origin);
            default -> named ? sniffed(data, origin, id) : Stream.empty();
        };
    }

    private Stream<IngestItem> file(Path f, boolean named) {
        String origin = f.toString();
        String name = f.getFileName().toString();
        boolean gz = name.toLowerCase(Locale.ROOT).endsWith(".gz");
        Format format = Format.of(name);
        try {
            if (format == Format.WARC) {
                return WarcRecords.read(new BufferedInputStream(Files.newInputStream(f), 1 << 16), origin, notes);
            }
            if (format == Format.JSONL || format == Format.CSV) {
                InputStream in = open(f, gz);
                return format == Format.JSONL ? jsonLines(in, origin) : csv(in, origin);
            }
            long size = Files.size(f);
            if (!gz && size > MAX_FILE_BYTES) {
                return Stream.of(new IngestItem.Failed(origin, "", "input.too-large", "file has " + size
                        + " bytes; the limit for one document is " + MAX_FILE_BYTES));
            }
            byte[] data;
            try (InputStream in = open(f, gz)) {
                data = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (data.length > MAX_FILE_BYTES) {
                return Stream.of(new IngestItem.Failed(origin, "", "input.too-large",
                        "file unpacks to more than " + MAX_FILE_BYTES + " bytes"));
            }
            return fromBytes(data, format, origin, stripExtensions(name), named);
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(new IngestItem.Failed(origin, "", gz ? "input.gzip" : "input.io",
                    "cannot read " + origin + ": " + e.getMessage()));
        }
    }

    private static InputStream open(Path f, boolean gz) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
        return gz ? new GZIPInputStream(in, 1 << 16) : in;
    }

    static String stripExtensions(String name) {
        String n = name;
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static IngestItem bytesRecord(byte[] data, boolean html, String id, String origin) {
        Metadata meta = new Metadata(id, "", "", "", "", "", "", origin);
        return new IngestItem.Ok(new InputRecord(meta, new InputRecord.Bytes(data, "", html)));
    }

    /** Guesses the format of unnamed content from its first characters. */
    private Stream<IngestItem> sniffed(byte[] data, String origin, String id) {
        int i = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < data.length && Character.isWhitespace(data[i])) {
            i++;
        }
        if (i < data.length && (data[i] == '{' || data[i] == '[')) {
            String s = new String(data, StandardCharsets.UTF_8);
            long lines = s.lines().filter(l -> !l.isBlank()).count();
            if (data[i] == '{' && lines > 1 && s.lines().filter(l -> !l.isBlank()).allMatch(l -> l.strip().startsWith("{"))) {
                return jsonLines(new java.io.ByteArrayInputStream(data), origin);
            }
            return json(data, origin);
        }
        boolean html = i < data.length && data[i] == '<';
        return Stream.of(bytesRecord(data, html, id, origin));
    }

    private Stream<IngestItem> json(byte[] data, String origin) {
        JsonNode node;
        try {
            node = JSON.readTree(data);
        } catch (IOException e) {
            return Stream.of(new IngestItem.Failed(origin, "", "json.invalid", "invalid JSON: " + firstLine(e)));
        }
        if (node != null && node.isArray()) {
            List<IngestItem> items = new ArrayList<>();
            for (int k = 0; k < node.size(); k++) {
                items.add(RecordFields.fromJson(node.get(k), mapping, origin + "#" + (k + 1)));
            }
            return items.stream();
        }
        return Stream.of(RecordFields.fromJson(node, mapping, origin));
    }

    private Stream<IngestItem> jsonLines(InputStream in, String origin) {
        BufferedReader reader = utf8Reader(in);
        Iterator<IngestItem> it = new Iterator<>() {
            private int line;
            private IngestItem next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    String l;
                    try {
                        l = reader.readLine();
                    } catch (IOException e) {
                        done = true;
                        next = new IngestItem.Failed(origin + ":" + (line + 1), "", "input.io",
                                "cannot read past line " + line + ": " + e.getMessage());
                        break;
                    }
                    if (l == null) {
                        done = true;
                        break;
                    }
                    line++;
                    if (l.isBlank()) {
                        continue;
                    }
                    String at = origin + ":" + line;
                    next = RecordFields.fromJsonLine(l, line, mapping, at);
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
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, 0), false)
                .onClose(() -> closeQuietly(reader));
    }

    private Stream<IngestItem> csv(InputStream in, String origin) {
        BufferedReader reader = utf8Reader(in);
        return CsvRecords.stream(reader, mapping, origin).onClose(() -> closeQuietly(reader));
    }

    static BufferedReader utf8Reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(new BomSkipper(in), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    }

    static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing useful to do: the stream is finished
        }
    }
}
