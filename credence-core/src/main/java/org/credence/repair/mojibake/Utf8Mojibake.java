package org.credence.repair.mojibake;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds runs of UTF-8 bytes that were decoded with a single-byte code page ("cafÃ©"), decodes
 * them, peels further layers of the same garbling, and scores each run in its context. Handles
 * CESU-8 surrogate pairs, bytes lost as U+FFFD or '?', and a no-break space (byte 0xA0) that became
 * a plain space. Stateless; the tables it is given are immutable.
 */
final class Utf8Mojibake {

    static final int LOST = 0x100;
    private static final int MAX_LAYERS = 4;

    private final List<ByteTable> tables;

    Utf8Mojibake(List<ByteTable> tables) {
        this.tables = List.copyOf(tables);
    }

    /** A run of consecutive UTF-8 sequences spelled in one code page. */
    private static final class Run {
        final int start;
        int end;
        final int[] bytes = new int[64];
        int[] buf = bytes;
        int len;
        boolean strong;
        /** Whether no character needs windows-1252 over latin-1 (no €, ™, curly quotes...). */
        boolean onlyC1;
        /** Whether a C1 control stands for a byte: evidence of latin-1 rather than windows-1252. */
        boolean hasC1;
        String agrave; // the special "à" word, when this run is one

        Run(int start) {
            this.start = start;
            this.end = start;
            this.onlyC1 = true;
        }

        void add(int b) {
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, len * 2);
            }
            buf[len++] = b;
        }
    }

    /** All candidate repairs in {@code s}, for every code page, overlapping. */
    List<Candidate> candidates(String s) {
        List<Candidate> out = new ArrayList<>();
        for (ByteTable t : tables) {
            candidates(s, t, out);
        }
        return out;
    }

    private record Found(Run run, String text, String decodedAs) {
    }

    private void candidates(String s, ByteTable t, List<Candidate> out) {
        int n = s.length();
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!t.isHigh(s.charAt(i))) {
                i++;
                continue;
            }
            Run run = new Run(i);
            int j = i;
            while (j < n) {
                int before = run.len;
                int took = token(s, j, t, run);
                if (took == 0) {
                    run.len = before;
                    break;
                }
                j += took;
                run.end = j;
                if (run.agrave != null) {
                    break;
                }
            }
            if (run.end == run.start) {
                i++;
                continue;
            }
            String decoded = run.agrave != null ? run.agrave : decodeUtf8(run.buf, run.len);
            if (decoded != null) {
                String text = peel(decoded);
                String decodedAs = t.name.equals("windows-1252") && run.onlyC1 && run.hasC1 ? "ISO-8859-1" : t.name;
                found.add(new Found(run, text, decodedAs));
            }
            i = run.end;
        }
        if (found.isEmpty()) {
            return;
        }
        double sloppiness = (usesC1Sloppily(s, t) ? 0.3 : 0) + (t.name.equals("IBM437") ? 1 : 0);
        double[] raw = new double[found.size()];
        for (int k = 0; k < raw.length; k++) {
            Found f = found.get(k);
            raw[k] = gain(s, f.run.start, f.run.end, f.text);
        }
        for (int k = 0; k < raw.length; k++) {
            Found f = found.get(k);
            double g = Math.max(raw[k], marginalGain(s, found, raw, k))
                    - Math.max(brokenPenalty(s, f.run, t, found, raw),
                            brokenPenalty(s, f.run, CP1252, found, raw))
                    - sloppiness;
            if (f.run.agrave != null) {
                g += 2;
            }
            out.add(new Candidate(f.run.start, f.run.end, f.text, f.decodedAs, "UTF-8", g,
                    !f.run.strong));
        }
    }

    /** Gain of run {@code k} when the other promising runs in its context are repaired too. */
    private static double marginalGain(String s, List<Found> found, double[] raw, int k) {
        Run r = found.get(k).run;
        int from = Context.left(s, r.start);
        int to = Context.right(s, r.end);
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        int pos = from;
        boolean others = false;
        for (int m = Math.max(0, k - 24); m < Math.min(found.size(), k + 25); m++) {
            Run o = found.get(m).run;
            if (o.start < from || o.end > to) {
                continue;
            }
            if (m != k && raw[m] <= 0) {
                continue;
            }
            before.append(c1As1252(s.substring(pos, o.start)));
            after.append(c1As1252(s.substring(pos, o.start)));
            if (m == k) {
                before.append(s, o.start, o.end);
            } else {
                before.append(found.get(m).text);
                others = true;
            }
            after.append(found.get(m).text);
            pos = o.end;
        }
        if (!others) {
            return raw[k];
        }
        before.append(c1As1252(s.substring(pos, to)));
        after.append(c1As1252(s.substring(pos, to)));
        return Plausibility.cost(before) - Plausibility.cost(after);
    }

    /**
     * Reads one UTF-8 sequence spelled in {@code t} at {@code i}; returns the chars used, or 0.
     */
    private static int token(String s, int i, ByteTable t, Run run) {
        int n = s.length();
        char c0 = s.charAt(i);
        int b0 = t.byteOf(c0);
        if (b0 < 0xC2 || b0 > 0xF4) {
            return 0;
        }
        int need = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        if (b0 == 0xC3 && t.agrave && i + 2 < n && s.charAt(i + 1) == ' ' && run.len == 0) {
            String w = agraveWord(s, i);
            if (w != null) {
                run.agrave = "\u00E0";
                run.strong = true;
                run.onlyC1 = false;
                return w.equals("absorb") ? 2 : 1;
            }
        }
        if (i + need > n) {
            return 0;
        }
        int real = 1;
        boolean guessed = false;
        run.add(b0);
        for (int k = 1; k < need; k++) {
            char c = s.charAt(i + k);
            int b = t.byteOf(c);
            if (b >= 0x80 && b <= 0xBF) {
                if (k == 1 && !secondByteOk(b0, b)) {
                    return 0;
                }
                real++;
                run.add(b);
            } else if (c == '\uFFFD') {
                run.add(LOST);
            } else if (c == '?' && k > 0) {
                run.add(LOST);
                guessed = true;
            } else if (c == ' ' && t.nbspIsA0) {
                run.add(0xA0);
                if (need == 2) {
                    guessed = true;
                }
            } else {
                return 0;
            }
        }
        if (real == 1 && need > 2 && guessed) {
            return 0;
        }
        if (!guessed) {
            run.strong = true;
        }
        if (!isLatin1Only(s, i, need)) {
            run.onlyC1 = false;
        }
        for (int k = i; k < i + need; k++) {
            char c = s.charAt(k);
            run.hasC1 |= c >= 0x80 && c < 0xA0;
        }
        return need;
    }

    private static boolean isLatin1Only(String s, int i, int len) {
        for (int k = i; k < i + len; k++) {
            if (s.charAt(k) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static boolean secondByteOk(int b0, int b1) {
        switch (b0) {
            case 0xE0: return b1 >= 0xA0;
            case 0xF0: return b1 >= 0x90;
            case 0xF4: return b1 <= 0x8F;
            default: return true;
        }
    }

    /**
     * "Ã " as the French or Portuguese word "à" whose no-break space became a space: returns
     * "keep" (the space stays, "à perturber"), "absorb" (the space was the byte itself: "àquele",
     * "às"), or null when the context does not fit.
     */
    private static String agraveWord(String s, int i) {
        if (i > 0) {
            char p = s.charAt(i - 1);
            if (Character.isUpperCase(p) || Character.isDigit(p)) {
                return null;
            }
        }
        char next = s.charAt(i + 2);
        if (next == ' ' && i + 3 < s.length() && Character.isLowerCase(s.charAt(i + 3))) {
            return "absorb";
        }
        if (!Character.isLowerCase(next) || next > 0x24F) {
            return null;
        }
        if (s.startsWith("quel", i + 2) || s.startsWith("quilo", i + 2)
                || (s.startsWith("s", i + 2) && (i + 3 == s.length() || s.charAt(i + 3) == ' '))) {
            return "absorb";
        }
        return "keep";
    }

    /**
     * Strict UTF-8 decoding of bytes (0..255, or {@link #LOST}) that are known to form whole
     * sequences; CESU-8 surrogate pairs are joined; a sequence with a lost byte becomes U+FFFD.
     * Returns null if the result would hold a lone surrogate.
     */
    static String decodeUtf8(int[] b, int len) {
        StringBuilder out = new StringBuilder(len);
        int i = 0;
        while (i < len) {
            int b0 = b[i];
            int need = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
            if (i + need > len) {
                return null;
            }
            boolean lost = false;
            int cp = need == 1 ? b0 : need == 2 ? b0 & 0x1F : need == 3 ? b0 & 0x0F : b0 & 0x07;
            for (int k = 1; k < need; k++) {
                int bk = b[i + k];
                if (bk == LOST) {
                    lost = true;
                } else {
                    cp = (cp << 6) | (bk & 0x3F);
                }
            }
            i += need;
            if (lost) {
                out.append('\uFFFD');
            } else if (cp >= 0xD800 && cp <= 0xDBFF) {
                int low = i + 3 <= len && b[i] == 0xED && b[i + 1] != LOST && b[i + 2] != LOST
                        ? 0xD000 | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F) : -1;
                if (low < 0xDC00 || low > 0xDFFF) {
                    return null;
                }
                out.append((char) cp).append((char) low);
                i += 3;
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return null;
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Undoes further layers of UTF-8 mojibake inside an already decoded run. */
    private String peel(String decoded) {
        String cur = decoded;
        int layers = 1;
        while (layers < MAX_LAYERS) {
            List<Candidate> inner = new ArrayList<>();
            for (ByteTable t : tables) {
                candidates(cur, t, inner);
            }
            Candidate best = null;
            for (Candidate c : inner) {
                boolean whole = c.start() == 0 && c.end() == cur.length() && !c.weak();
                if ((c.gain() > 0.5 || (whole && c.gain() > -1.5))
                        && (best == null || c.gain() > best.gain())) {
                    best = c;
                }
            }
            if (best == null) {
                break;
            }
            cur = cur.substring(0, best.start()) + best.replacement() + cur.substring(best.end());
            layers++;
        }
        return cur;
    }

    /** Cost before minus cost after replacing {@code [start, end)}, with a word of context. */
    static double gain(String s, int start, int end, String replacement) {
        int from = Context.left(s, start);
        int to = Context.right(s, end);
        CharSequence before = c1As1252(s.substring(from, to));
        String after = c1As1252(s.substring(from, start)) + replacement + c1As1252(s.substring(end, to));
        return Plausibility.cost(before) - Plausibility.cost(after);
    }

    private static final ByteTable CP1252 = ByteTable.strict("windows-1252");

    /** The text with C1 controls shown as the windows-1252 characters a later pass makes them. */
    static CharSequence c1As1252(CharSequence s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c < 0xA0) {
                char r = CP1252.charOf(c);
                if (r != '\uFFFD') {
                    if (b == null) {
                        b = new StringBuilder(s);
                    }
                    b.setCharAt(i, r);
                }
            }
        }
        return b == null ? s : b;
    }

    /**
     * Lead-then-continuation pairs next to the run, in the same words, that do not form UTF-8:
     * signs that the word is not mojibake of this code page at all.
     */
    private static double brokenPenalty(String s, Run run, ByteTable t, List<Found> found,
                                        double[] raw) {
        int from = Context.wordStart(s, run.start);
        int to = Context.wordEnd(s, run.end);
        double p = 0;
        for (int k = from; k < to - 1; k++) {
            if (covered(found, raw, k) || covered(found, raw, k + 1)) {
                continue;
            }
            int b = t.byteOf(s.charAt(k));
            int b2 = t.byteOf(s.charAt(k + 1));
            if (b >= 0xC2 && b <= 0xF4 && b2 >= 0x80 && b2 <= 0xBF) {
                p += 3;
            }
        }
        return p >= 6 ? 100 : p; // two broken sequences: not mojibake of this code page
    }

    /** Whether the text holds C1 controls where this table has printable characters. */
    private static boolean usesC1Sloppily(String s, ByteTable t) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c < 0xA0 && t.charOf(c) != c) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<Found> found, double[] raw, int pos) {
        int lo = 0;
        int hi = found.size() - 1;
        while (lo <= hi) { // runs are sorted by start and do not overlap
            int mid = (lo + hi) >>> 1;
            Run r = found.get(mid).run;
            if (pos < r.start) {
                hi = mid - 1;
            } else if (pos >= r.end) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
