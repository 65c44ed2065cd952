package org.credence.repair.mojibake;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.credence.model.Span;
import org.credence.model.TextEdit;
import org.credence.model.TextEdits;

/**
 * Finds and repairs mojibake, run by run: UTF-8 read as a single-byte code page (one or more
 * times, with lost bytes), one legacy code page read as another (windows-1251 shown as Mac
 * Cyrillic, KOI8-R or windows-1252; KOI8-R shown as windows-1251; windows-1250 shown as
 * windows-1252), and stray C1 controls that stand for windows-1252 punctuation.
 *
 * <p>Each garbled run is repaired on its own, so one bad caption in an English article is fixed
 * and the rest is left alone. A repair is kept only when {@link Plausibility} scores the repaired
 * run clearly better than the garbled one; text that is fine is returned unchanged. Clean text
 * without any character that could start mojibake is rejected by a cheap scan.
 *
 * <p>Immutable and thread-safe; never throws for any input string.
 */
public final class MojibakeRepairer {

    /** Gain a repair needs on its own. */
    static final double THRESHOLD = 1.75;
    /** Gain a weak repair needs when a confirmed repair of the same code page is near. */
    static final double SUPPORTED_THRESHOLD = -0.5;
    private static final int SUPPORT_DISTANCE = 160;

    private static final MojibakeRepairer STANDARD = new MojibakeRepairer();

    private final Utf8Mojibake utf8;
    private final LegacyMojibake legacy;
    private final ByteTable cp1252;
    private final boolean[] suspect = new boolean[0x10000];
    private final boolean[] continuation = new boolean[0x10000];

    private MojibakeRepairer() {
        List<ByteTable> tables = List.of(
                ByteTable.sloppy("windows-1252"), ByteTable.sloppy("windows-1251"),
                ByteTable.sloppy("windows-1250"), ByteTable.strict("ISO-8859-2"),
                ByteTable.strict("x-MacRoman"), ByteTable.sloppy("windows-1253"),
                ByteTable.sloppy("windows-1257"), ByteTable.strict("IBM437"));
        this.utf8 = new Utf8Mojibake(tables);
        this.legacy = new LegacyMojibake();
        this.cp1252 = tables.get(0);
        for (ByteTable t : tables) {
            for (int c = 0x80; c < 0x10000; c++) {
                int b = t.byteOf((char) c);
                if (b >= 0xC2) {
                    suspect[c] = true;
                }
                if (b >= 0x80 && b <= 0xBF) {
                    continuation[c] = true;
                }
            }
        }
        continuation['\uFFFD'] = true;
    }

    /** The repairer with the standard code pages and thresholds. */
    public static MojibakeRepairer standard() {
        return STANDARD;
    }

    /** Non-overlapping repairs in {@code text}, sorted by start; empty when the text is fine. */
    public List<MojibakeFix> find(String text) {
        if (text == null || !worthALook(text)) {
            return List.of();
        }
        List<Candidate> all = new ArrayList<>(utf8.candidates(text));
        List<Candidate> chosen = dropInconsistent(text, select(all));
        chosen.addAll(c1Controls(text, chosen));
        chosen.addAll(legacy.candidates(text, chosen));
        chosen.sort(Comparator.comparingInt(Candidate::start));
        List<MojibakeFix> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            if (c.replacement().equals(text.substring(c.start(), c.end()))) {
                continue;
            }
            double conf = Math.max(0.05, Math.min(0.99, 1 - Math.exp(-Math.max(c.gain(), 0.1) / 2.5)));
            out.add(new MojibakeFix(Span.of(text, c.start(), c.end()), c.replacement(),
                    c.decodedAs(), c.encodedAs(), Math.round(conf * 1000) / 1000.0));
        }
        return List.copyOf(out);
    }

    /** Every candidate before selection (for tests and tuning). */
    List<Candidate> debugCandidates(String text) {
        List<Candidate> all = new ArrayList<>(utf8.candidates(text));
        all.addAll(legacy.candidates(text, List.of()));
        return all;
    }

    /** {@code text} with every repair from {@link #find(String)} applied. */
    public String fix(String text) {
        List<MojibakeFix> fixes = find(text);
        if (fixes.isEmpty()) {
            return text;
        }
        List<TextEdit> edits = new ArrayList<>(fixes.size());
        for (MojibakeFix f : fixes) {
            edits.add(new TextEdit(f.span(), f.replacement()));
        }
        return TextEdits.apply(text, edits).text();
    }

    /**
     * Cheap scan: a character that could start UTF-8 mojibake followed by one that could continue
     * it, a C1 control, or a word with two non-ASCII letters (legacy code page mix-ups).
     */
    boolean worthALook(String text) {
        int n = text.length();
        int nonAsciiInWord = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c <= ' ') {
                    nonAsciiInWord = 0;
                }
                continue;
            }
            if (c < 0xA0 || (suspect[c] && i + 1 < n && continuation[text.charAt(i + 1)])) {
                return true;
            }
            if ((c == '\u00C3' || c == '\u0413') && i + 1 < n && text.charAt(i + 1) == ' ') {
                return true; // "Ã " or "Г ": the word "à" whose no-break space became a space
            }
            if (Character.isLetter(c) && ++nonAsciiInWord >= 2) {
                return true;
            }
        }
        return false;
    }

    private static List<Candidate> select(List<Candidate> found) {
        // the same repair through several code pages: keep the first code page, the best gain
        java.util.Map<String, Candidate> unique = new java.util.LinkedHashMap<>();
        for (Candidate c : found) {
            String key = c.start() + ":" + c.end() + ":" + c.replacement();
            Candidate o = unique.get(key);
            if (o == null) {
                unique.put(key, c);
            } else if (c.gain() > o.gain()) {
                unique.put(key, new Candidate(o.start(), o.end(), o.replacement(), o.decodedAs(),
                        o.encodedAs(), c.gain(), o.weak() && c.weak()));
            }
        }
        List<Candidate> all = new ArrayList<>(unique.values());
        all.sort(Comparator.comparingDouble(Candidate::gain).reversed());
        List<Candidate> chosen = new ArrayList<>();
        BitSet used = new BitSet();
        java.util.Map<String, java.util.TreeSet<Integer>> confirmed = new java.util.HashMap<>();
        for (Candidate c : all) {
            if (!c.weak() && c.gain() >= THRESHOLD && free(c, used)) {
                chosen.add(c);
                used.set(c.start(), c.end());
                confirmed.computeIfAbsent(c.decodedAs(), k -> new java.util.TreeSet<>()).add(c.start());
            }
        }
        for (Candidate c : all) {
            java.util.TreeSet<Integer> same = confirmed.get(c.decodedAs());
            if (same != null && c.gain() >= SUPPORTED_THRESHOLD && free(c, used)) {
                Integer near = same.ceiling(c.start() - SUPPORT_DISTANCE);
                if (near != null && near < c.start() + SUPPORT_DISTANCE) {
                    chosen.add(c);
                    used.set(c.start(), c.end());
                }
            }
        }
        return chosen;
    }

    /** Longest UTF-8 repair that counter-evidence nearby can veto (one garbled sequence). */
    private static final int SHORT = 2;

    /**
     * Drops a lone short UTF-8 repair when the same line, near it, holds non-ASCII characters that
     * no repair explains: had that stretch really been UTF-8 read through a single-byte code page,
     * those characters would be garbled too. "Bremer/Mccoy – DrÃ¥ber" keeps its "Ã¥" because its
     * intact "–" contradicts the mix-up; "HÃ´tel de Police" has no such witness and is repaired.
     * A repair with another repair nearby, or a longer one, is kept: the evidence is then strong;
     * so is one that gives a letter common in English text (café, résumé, naïve, señor), whose
     * prior is high enough that typographic punctuation nearby does not outweigh it.
     */
    static List<Candidate> dropInconsistent(String text, List<Candidate> chosen) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        BitSet covered = spans(chosen);
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            if (!"UTF-8".equals(c.encodedAs()) || c.end() - c.start() > SHORT || hasNeighbour(c, chosen)
                    || COMMON_IN_ENGLISH.indexOf(c.replacement().charAt(0)) >= 0 || !witnessNearby(text, c, covered)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Accented letters common in English text (loanwords and names), in both cases. */
    private static final String COMMON_IN_ENGLISH = "éèêëàâáäçñöôóòüúùûïîíÉÈÀÇÑÖÜ";

    private static boolean hasNeighbour(Candidate c, List<Candidate> chosen) {
        for (Candidate o : chosen) {
            if (o != c && Math.abs(o.start() - c.start()) < SUPPORT_DISTANCE) {
                return true;
            }
        }
        return false;
    }

    private static boolean witnessNearby(String text, Candidate c, BitSet covered) {
        for (int i = c.start() - 1; i >= 0 && i >= c.start() - SUPPORT_DISTANCE && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) >= 0x80 && !covered.get(i) && !Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        for (int i = c.end(); i < text.length() && i < c.end() + SUPPORT_DISTANCE && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) >= 0x80 && !covered.get(i) && !Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean free(Candidate c, BitSet used) {
        int next = used.nextSetBit(c.start());
        return next < 0 || next >= c.end();
    }

    static BitSet spans(List<Candidate> taken) {
        BitSet used = new BitSet();
        for (Candidate c : taken) {
            used.set(c.start(), c.end());
        }
        return used;
    }

    /** Lone C1 controls that windows-1252 defines: "parlé\u0085" is "parlé…". */
    private List<Candidate> c1Controls(String text, List<Candidate> chosen) {
        BitSet taken = spans(chosen);
        List<Candidate> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80 || c >= 0xA0) {
                continue;
            }
            if (taken.get(i)) {
                continue;
            }
            int j = i;
            StringBuilder rep = new StringBuilder();
            while (j < n && text.charAt(j) >= 0x80 && text.charAt(j) < 0xA0 && !taken.get(j)) {
                char r = cp1252.charOf(text.charAt(j));
                if (r == text.charAt(j)) {
                    break;
                }
                rep.append(r);
                j++;
            }
            if (j > i) {
                Candidate cand = new Candidate(i, j, rep.toString(), "ISO-8859-1", "windows-1252",
                        5.0 * (j - i), false);
                if (free(cand, taken)) {
                    out.add(cand);
                }
                i = j - 1;
            }
        }
        return out;
    }
}
