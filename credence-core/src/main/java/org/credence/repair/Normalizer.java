package org.credence.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.model.OffsetMap;
import org.credence.model.Repair;
import org.credence.model.Span;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Normalises text for reading: HTML character references left in text are decoded, invisible
 * and control characters dropped, Unicode put in NFC, line ends made {@code \n}, runs of
 * spaces collapsed, lines trimmed and paragraph breaks reduced to one blank line.
 *
 * <p>Every change is tracked in the returned {@link OffsetMap}; decoded references, dropped
 * control characters and NFC changes are also reported as {@link Repair}s (whitespace changes
 * are not: they are many and carry no meaning). Thread-safe and stateless.
 */
public final class Normalizer {

    /** Well-formed references: named ({@code &amp;}), decimal ({@code &#8217;}) or hex. */
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    /** The result: the normal text, its map back to the input, and the reported repairs. */
    public record Result(String text, OffsetMap map, List<Repair> repairs) {
        public Result {
            repairs = List.copyOf(repairs);
        }
    }

    /** Normalises {@code input}. Repairs' {@code originalSpan} point into {@code input}. */
    public Result normalize(String input) {
        Pass entities = decodeEntities(input);
        Pass nfc = composeNfc(entities.text);
        Pass spaces = whitespace(nfc.text);
        OffsetMap map = spaces.map.andThen(nfc.map).andThen(entities.map);
        List<Repair> repairs = new ArrayList<>();
        // Repairs found in earlier passes are re-expressed against the final text.
        for (Repair r : entities.repairs) {
            Span inFinal = spaces.map.toDerived(nfc.map.toDerived(r.span()));
            repairs.add(r.withSpans(inFinal, r.originalSpan()));
        }
        for (Repair r : nfc.repairs) {
            Span inFinal = spaces.map.toDerived(r.span());
            repairs.add(r.withSpans(inFinal, entities.map.toOriginal(r.originalSpan())));
        }
        for (Repair r : spaces.repairs) {
            repairs.add(r.withSpans(r.span(), entities.map.toOriginal(nfc.map.toOriginal(r.originalSpan()))));
        }
        repairs.sort((a, b) -> a.span().compareTo(b.span()));
        return new Result(spaces.text, map, repairs);
    }

    /** One pass: its output, its map to its input, repairs with spans in its output. */
    private record Pass(String text, OffsetMap map, List<Repair> repairs) {
        static Pass unchanged(String s) {
            return new Pass(s, OffsetMap.identity(s.length()), List.of());
        }
    }

    private static Pass decodeEntities(String in) {
        if (in.indexOf('&') < 0) {
            return Pass.unchanged(in);
        }
        Matcher m = ENTITY.matcher(in);
        StringBuilder out = new StringBuilder(in.length());
        OffsetMap.Builder map = new OffsetMap.Builder();
        List<Repair> repairs = new ArrayList<>();
        int pos = 0;
        while (m.find()) {
            String ref = m.group();
            String decoded = decodeReference(ref);
            if (decoded == null) {
                continue;
            }
            out.append(in, pos, m.start());
            map.copy(m.start() - pos);
            int at = out.length();
            out.append(decoded);
            map.replace(ref.length(), decoded.length());
            repairs.add(new Repair(Repair.Kind.ENTITY, new Span(at, out.length()),
                    new Span(m.start(), m.end()), ref, decoded, "", "", 0.99));
            pos = m.end();
        }
        if (repairs.isEmpty()) {
            return Pass.unchanged(in);
        }
        out.append(in, pos, in.length());
        map.copy(in.length() - pos);
        return new Pass(out.toString(), map.build(), repairs);
    }

    /** Decodes one whole reference, or returns null if it is not one that HTML defines. */
    static String decodeReference(String ref) {
        String body = ref.substring(1, ref.length() - 1);
        if (body.charAt(0) == '#') {
            int cp;
            try {
                cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16)
                        : Integer.parseInt(body.substring(1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return null;
            }
            // Windows-1252 numbers in the C1 range, as browsers read them.
            String decoded = Parser.unescapeEntities(ref, false);
            return decoded.equals(ref) || decoded.isEmpty() ? null : decoded;
        }
        if (!Entities.isNamedEntity(body)) {
            return null;
        }
        String decoded = Entities.getByName(body);
        return decoded == null || decoded.isEmpty() ? null : decoded;
    }

    private static Pass composeNfc(String in) {
        if (java.text.Normalizer.isNormalized(in, java.text.Normalizer.Form.NFC)) {
            return Pass.unchanged(in);
        }
        StringBuilder out = new StringBuilder(in.length());
        OffsetMap.Builder map = new OffsetMap.Builder();
        List<Repair> repairs = new ArrayList<>();
        int pos = 0;
        int i = 0;
        int n = in.length();
        while (i < n) {
            if (in.charAt(i) < 0x300) {
                i++;
                continue;
            }
            // A run of non-ASCII-letters plus the base character before it.
            int s = i > 0 ? i - 1 : 0;
            if (s < pos) {
                s = pos;
            }
            int e = i;
            while (e < n && in.charAt(e) >= 0x80) {
                e++;
            }
            String run = in.substring(s, e);
            if (!java.text.Normalizer.isNormalized(run, java.text.Normalizer.Form.NFC)) {
                String norm = java.text.Normalizer.normalize(run, java.text.Normalizer.Form.NFC);
                out.append(in, pos, s);
                map.copy(s - pos);
                int at = out.length();
                out.append(norm);
                map.replace(run.length(), norm.length());
                repairs.add(new Repair(Repair.Kind.UNICODE, new Span(at, out.length()),
                        new Span(s, e), run, norm, "", "", 1.0));
                pos = e;
            }
            i = e;
        }
        out.append(in, pos, n);
        map.copy(n - pos);
        return new Pass(out.toString(), map.build(), repairs);
    }

    /** Characters dropped silently from text (invisible formatting, controls but tab and newlines). */
    static boolean isDropped(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF'
                || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || c == '\uFFFE' || c == '\uFFFF';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u3000'
                || c == '\u000B' || c == '\u000C';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /**
     * Whitespace and control pass. Lines are trimmed, inner space runs become one space, line
     * breaks become {@code \n} and more than one empty line becomes one. Dropped control
     * characters (but soft hyphens and zero-width spaces, which are routine) are reported.
     */
    private static Pass whitespace(String in) {
        int n = in.length();
        StringBuilder out = new StringBuilder(n);
        OffsetMap.Builder map = new OffsetMap.Builder();
        List<Span> controls = new ArrayList<>();
        int i = 0;
        int pendingBreaks = 0; // line breaks seen since the last kept non-space character
        boolean pendingSpace = false;
        int gapStart = 0;      // start of the run of whitespace/dropped chars being skipped
        while (i < n) {
            char c = in.charAt(i);
            boolean drop = isDropped(c) && c != '\u0085';
            if (drop || isSpace(c) || isLineBreak(c)) {
                if (gapStart < 0) {
                    gapStart = i;
                }
                if (isLineBreak(c)) {
                    pendingBreaks++;
                    if (c == '\r' && i + 1 < n && in.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else if (!drop) {
                    pendingSpace = true;
                } else if (c != '\u00AD' && c != '\u200B' && c != '\uFEFF') {
                    controls.add(new Span(i, i + 1));
                }
                i++;
                continue;
            }
            // A kept character: first emit what the gap before it becomes.
            if (gapStart >= 0) {
                String sep = out.length() == 0 ? "" : pendingBreaks >= 2 ? "\n\n" : pendingBreaks == 1 ? "\n" : pendingSpace ? " " : "";
                int gapLen = i - gapStart;
                if (sep.length() == gapLen && in.regionMatches(gapStart, sep, 0, gapLen)) {
                    map.copy(gapLen);
                } else {
                    map.replace(gapLen, sep.length());
                }
                out.append(sep);
                gapStart = -1;
                pendingBreaks = 0;
                pendingSpace = false;
            }
            out.append(c);
            map.copy(1);
            i++;
        }
        if (gapStart >= 0) {
            map.replace(n - gapStart, 0);
        }
        OffsetMap m = map.build();
        List<Repair> repairs = new ArrayList<>();
        for (Span s : controls) {
            int at = m.toDerivedStart(s.start());
            repairs.add(new Repair(Repair.Kind.CONTROL, new Span(at, at), s, s.in(in), "", "", "", 1.0));
        }
        return new Pass(out.toString(), m, repairs);
    }
}
