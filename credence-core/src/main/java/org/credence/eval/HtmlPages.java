package org.credence.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads benchmark pages: gunzips {@code *.gz} files and decodes them as UTF-8 unless a BOM or a
 * meta charset in the first 4 KB names another supported charset. Deliberately simple: real
 * encoding detection belongs to the ingest stage.
 */
public final class HtmlPages {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlPages() {
    }

    /** The decoded text of a page file (gzipped when its name ends in {@code .gz}). */
    public static String read(Path file) {
        try {
            byte[] bytes;
            if (file.getFileName().toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    bytes = in.readAllBytes();
                }
            } else {
                bytes = Files.readAllBytes(file);
            }
            return decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Decodes page bytes: BOM, then meta charset, then UTF-8. */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset cs = StandardCharsets.UTF_8;
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            try {
                if (Charset.isSupported(name)) {
                    cs = Charset.forName(name);
                }
            } catch (IllegalArgumentException e) {
                cs = StandardCharsets.UTF_8;
            }
            if (cs.name().equals("ISO-8859-1") || cs.name().equals("US-ASCII")) {
                cs = Charset.forName("windows-1252");
            }
        }
        return new String(bytes, cs);
    }
}
