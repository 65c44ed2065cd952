package org.credence.ingest.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.credence.model.Encoding;
import org.credence.model.Problem;

/**
 * Decodes bytes to text, choosing the charset in this order: a byte-order mark (UTF-8, UTF-16,
 * UTF-32); the declared charset (an HTTP {@code Content-Type} value or a bare label); for HTML, a
 * {@code <meta charset>} or {@code http-equiv} declaration in the first 4 KB; strict UTF-8 validity
 * (pure ASCII reports method {@code ascii}); and a statistical guess among common legacy code pages
 * and the East Asian multibyte charsets.
 *
 * <p>Labels are read the way browsers read them ({@code iso-8859-1} and {@code us-ascii} mean
 * windows-1252). A declaration that clear evidence contradicts (a legacy code page for bytes that
 * are valid multi-byte UTF-8, UTF-8 for bytes that are not, a code page whose text makes no sense
 * when another's does) is overridden and recorded as a problem. Nearly valid UTF-8 (a few stray
 * bytes among many valid sequences) decodes as UTF-8 with U+FFFD and a warning.
 *
 * <p>Never throws: unknown labels, binary data, empty or null input all yield a result (empty input
 * gives empty text). Stateless and thread-safe.
 */
public final class CharsetDetector {

    private CharsetDetector() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param bytes           the raw bytes; null is read as empty
     * @param declaredCharset a {@code Content-Type} value or charset label, or null
     * @param html            whether to look for a meta charset declaration
     */
    public static Decoded decode(byte[] bytes, String declaredCharset, boolean html) {
        try {
            return decodeOrThrow(bytes == null ? new byte[0] : bytes, declaredCharset, html);
        } catch (RuntimeException e) {
            byte[] b = bytes == null ? new byte[0] : bytes;
            return new Decoded(new String(b, StandardCharsets.ISO_8859_1),
                    new Encoding("ISO-8859-1", "statistical", 0.1),
                    List.of(Problem.warning("encoding.failed", "charset detection failed ("
                            + e.getClass().getSimpleName() + "); decoded as ISO-8859-1")));
        }
    }

    private static Decoded decodeOrThrow(byte[] bytes, String declared, boolean html) {
        List<Problem> problems = new ArrayList<>();
        if (bytes.length == 0) {
            return new Decoded("", new Encoding("US-ASCII", "ascii", 1.0), problems);
        }
        Decoded bom = byBom(bytes, problems);
        if (bom != null) {
            return bom;
        }
        Utf8Scan u = Utf8Scan.of(bytes);
        String label = CharsetNames.fromContentType(declared);
        if (label != null && !label.isBlank()) {
            Optional<Charset> cs = CharsetNames.resolve(label);
            if (cs.isEmpty()) {
                problems.add(Problem.warning("encoding.bad-declared",
                        "declared charset '" + clip(label) + "' is unknown; ignored"));
            } else {
                Decoded d = declared(bytes, cs.get(), "http", u, problems);
                if (d != null) {
                    return d;
                }
            }
        }
        if (html) {
            Optional<String> meta = CharsetNames.metaLabel(bytes, 0);
            if (meta.isPresent()) {
                Optional<Charset> cs = CharsetNames.resolve(meta.get());
                if (cs.isEmpty()) {
                    problems.add(Problem.warning("encoding.bad-meta",
                            "meta charset '" + clip(meta.get()) + "' is unknown; ignored"));
                } else {
                    Charset c = cs.get().name().startsWith("UTF-16") || cs.get().name().startsWith("UTF-32")
                            ? StandardCharsets.UTF_8 : cs.get(); // as the HTML standard says
                    Decoded d = declared(bytes, c, "meta", u, problems);
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return detect(bytes, u, problems);
    }

    private static Decoded byBom(byte[] b, List<Problem> problems) {
        Charset cs = null;
        int skip = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            cs = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            cs = Charset.forName("UTF-32BE");
            skip = 4;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        if (cs == null) {
            return null;
        }
        String text = StatisticalGuess.lenient(b, skip, b.length - skip, cs);
        noteReplaced(text, cs, problems);
        return new Decoded(text, new Encoding(cs.name(), "bom", 1.0), problems);
    }

    /** Decodes with a declared charset, or returns null when evidence says otherwise. */
    private static Decoded declared(byte[] bytes, Charset cs, String method, Utf8Scan u,
                                    List<Problem> problems) {
        String name = cs.name();
        if (name.equals("UTF-8")) {
            if (u.invalid() == 0) {
                return utf8(bytes, method, 0.99, problems);
            }
            if (u.nearlyValid()) {
                problems.add(invalidUtf8(u));
                return utf8(bytes, method, 0.8, problems);
            }
            problems.add(Problem.warning("encoding.declared-contradicted", method + " declares UTF-8 but "
                    + u.invalid() + " byte sequences are not UTF-8; guessing instead"));
            return null;
        }
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
            String text = StatisticalGuess.lenient(bytes, 0, bytes.length, cs);
            noteReplaced(text, cs, problems);
            return new Decoded(text, new Encoding(name, method, 0.7), problems);
        }
        if (u.multiByte() > 0 && u.invalid() == 0) {
            problems.add(Problem.warning("encoding.declared-contradicted", method + " declares " + name
                    + " but the bytes are valid UTF-8 (" + u.multiByte()
                    + " multi-byte sequences); decoded as UTF-8"));
            return utf8(bytes, "utf-8", 0.95, problems);
        }
        String text = StatisticalGuess.lenient(bytes, 0, bytes.length, cs);
        int bad = countReplaced(text);
        boolean multiByteCharset = cs.newEncoder().maxBytesPerChar() > 1.5f;
        if (multiByteCharset && bad * 100 > Math.max(1, text.length())) {
            problems.add(Problem.warning("encoding.declared-contradicted", method + " declares " + name
                    + " but " + bad + " byte sequences are not valid in it; guessing instead"));
            return null;
        }
        if (!multiByteCharset && u.highBytes() > 0) {
            double cost = StatisticalGuess.costOf(bytes, 0, cs);
            StatisticalGuess.Guess g = StatisticalGuess.guess(bytes, 0);
            if (cost > 0.25 && g.cost() < cost - 0.2 && !g.charset().equals(cs)) {
                problems.add(Problem.warning("encoding.declared-contradicted", method + " declares "
                        + name + " but the text reads as " + g.charset().name() + "; decoded as that"));
                String t = StatisticalGuess.lenient(bytes, 0, bytes.length, g.charset());
                return new Decoded(t, new Encoding(g.charset().name(), "statistical", g.confidence()),
                        problems);
            }
        }
        noteReplaced(text, cs, problems);
        return new Decoded(text, new Encoding(name, method, 0.9), problems);
    }

    private static Decoded detect(byte[] bytes, Utf8Scan u, List<Problem> problems) {
        if (u.highBytes() == 0 && u.zeros() == 0) {
            return new Decoded(new String(bytes, StandardCharsets.US_ASCII),
                    new Encoding("US-ASCII", "ascii", 1.0), problems);
        }
        Charset utf16 = Utf8Scan.utf16WithoutBom(bytes);
        if (utf16 != null) {
            String text = StatisticalGuess.lenient(bytes, 0, bytes.length, utf16);
            problems.add(Problem.info("encoding.guessed", "no byte-order mark; zero bytes say " + utf16.name()));
            return new Decoded(text, new Encoding(utf16.name(), "statistical", 0.8), problems);
        }
        if (u.zeros() * 20 > bytes.length || u.controls() * 10 > bytes.length) {
            problems.add(Problem.warning("encoding.binary", "the input looks binary ("
                    + u.zeros() + " zero bytes, " + u.controls() + " control bytes)"));
        }
        if (u.highBytes() == 0) {
            return new Decoded(new String(bytes, StandardCharsets.US_ASCII),
                    new Encoding("US-ASCII", "ascii", 0.9), problems);
        }
        if (u.invalid() == 0) {
            return utf8(bytes, "utf-8", Math.min(0.99, 0.8 + 0.05 * u.multiByte()), problems);
        }
        if (u.nearlyValid()) {
            problems.add(invalidUtf8(u));
            return utf8(bytes, "utf-8", 0.75, problems);
        }
        StatisticalGuess.Guess g = StatisticalGuess.guess(bytes, 0);
        String text = StatisticalGuess.lenient(bytes, 0, bytes.length, g.charset());
        problems.add(Problem.info("encoding.guessed", "no usable declaration; the text reads best as "
                + g.charset().name()));
        return new Decoded(text, new Encoding(g.charset().name(), "statistical", g.confidence()), problems);
    }

    private static Decoded utf8(byte[] bytes, String method, double conf, List<Problem> problems) {
        String text = StatisticalGuess.lenient(bytes, 0, bytes.length, StandardCharsets.UTF_8);
        return new Decoded(text, new Encoding("UTF-8", method, conf), problems);
    }

    private static Problem invalidUtf8(Utf8Scan u) {
        return Problem.warning("encoding.invalid-utf8", u.invalid() + " invalid byte sequences among "
                + u.multiByte() + " valid multi-byte UTF-8 sequences; replaced with U+FFFD");
    }

    private static void noteReplaced(String text, Charset cs, List<Problem> problems) {
        int bad = countReplaced(text);
        if (bad > 0) {
            problems.add(Problem.warning("encoding.malformed",
                    bad + " byte sequences are not valid " + cs.name() + "; replaced with U+FFFD"));
        }
    }

    private static int countReplaced(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                n++;
            }
        }
        return n;
    }

    private static String clip(String s) {
        String t = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        StringBuilder b = new StringBuilder();
        for (char c : t.toCharArray()) {
            b.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        return b.toString();
    }
}
