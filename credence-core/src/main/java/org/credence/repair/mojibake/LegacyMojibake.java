package org.credence.repair.mojibake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds runs of text in one legacy single-byte code page that were shown in another: windows-1251
 * read as Mac Cyrillic (Java's old table with ¤ at 0xFF, or today's with €), as KOI8-R or as
 * windows-1252 ("Ïðåçèäåíò"); KOI8-R read as windows-1251 or windows-1252; windows-1250 read as
 * windows-1252; windows-1253 read as windows-1252. Every byte string is valid in these code pages,
 * so the choice rests on plausibility alone: each word is scored before and after re-decoding, and
 * a run of consecutive improving words is kept when its total gain is clear.
 *
 * <p>Stateless; the tables are immutable.
 */
final class LegacyMojibake {

    /** Total gain a run needs. */
    static final double RUN_THRESHOLD = 2.5;
    /** Gain a run of one word needs. */
    static final double WORD_THRESHOLD = 4.0;

    private record Pair(ByteTable shownAs, ByteTable really) {
    }

    private final List<Pair> pairs;

    LegacyMojibake() {
        ByteTable w1251 = ByteTable.strict("windows-1251");
        ByteTable w1252 = ByteTable.strict("windows-1252");
        ByteTable koi8r = ByteTable.strict("KOI8-R");
        this.pairs = List.of(
                new Pair(ByteTable.macCyrillic(), w1251),
                new Pair(koi8r, w1251),
                new Pair(w1252, w1251),
                new Pair(w1251, koi8r),
                new Pair(w1252, koi8r),
                new Pair(ByteTable.sloppy("windows-1252"), ByteTable.strict("windows-1250")),
                new Pair(w1252, ByteTable.strict("windows-1253")));
    }

    private record Word(int start, int end, String after, double gain) {
    }

    /** Repairs of legacy mojibake in {@code text} that do not overlap {@code taken}. */
    List<Candidate> candidates(String text, List<Candidate> chosen) {
        java.util.BitSet taken = MojibakeRepairer.spans(chosen);
        List<Candidate> all = new ArrayList<>();
        for (Pair p : pairs) {
            runs(text, p, taken, all);
        }
        all.sort(Comparator.comparingDouble(Candidate::gain).reversed());
        List<Candidate> out = new ArrayList<>();
        java.util.BitSet used = new java.util.BitSet();
        for (Candidate c : all) {
            if (MojibakeRepairer.free(c, used)) {
                out.add(c);
                used.set(c.start(), c.end());
            }
        }
        return out;
    }

    private static void runs(String text, Pair p, java.util.BitSet taken, List<Candidate> out) {
        int n = text.length();
        List<Word> run = new ArrayList<>();
        int asciiWords = 0;
        int i = 0;
        while (i < n) {
            boolean lineBreak = false;
            while (i < n && isSpace(text.charAt(i))) {
                lineBreak |= text.charAt(i) == '\n' || text.charAt(i) == '\r';
                i++;
            }
            if (lineBreak) {
                flush(text, run, p, out); // a run never crosses a line: captions and paragraphs stand alone
                asciiWords = 0;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            Word w = word(text, start, i, p, taken);
            if (w == null) {
                // up to three plain ASCII words ("w", "minister") may sit inside a garbled run
                if (hasAsciiLetter(text, start, i) && ++asciiWords > 3) {
                    flush(text, run, p, out);
                }
                continue;
            }
            asciiWords = 0;
            if (w.gain < -1) {
                flush(text, run, p, out);
                continue;
            }
            if (run.isEmpty() && w.gain <= 0) {
                continue; // a run starts with a word that gains
            }
            run.add(w);
        }
        flush(text, run, p, out);
    }

    /** Whitespace, but not the no-break space: Mac Cyrillic shows windows-1251 "К" as one. */
    private static boolean isSpace(char c) {
        return c != '\u00A0' && Plausibility.isSpace(c);
    }

    /** The word re-decoded and its gain, or null when it holds nothing to re-decode. */
    private static Word word(String text, int start, int end, Pair p, java.util.BitSet taken) {
        boolean high = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (p.shownAs.byteOf(c) < 0) {
                return null;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return null;
        }
        int next = taken.nextSetBit(start);
        if (next >= 0 && next < end) {
            return null;
        }
        String before = text.substring(start, end);
        String after = p.shownAs.transcode(before, p.really);
        if (after == null) {
            return null;
        }
        if (after.equals(before)) {
            return new Word(start, end, after, 0);
        }
        double gain = Plausibility.cost(before) - Plausibility.cost(after);
        if (capitalRecovered(before, after)) {
            gain += CAPITAL_BONUS;
        }
        if (mixesAsciiLetters(after)) {
            gain = -5; // real Cyrillic or Greek words do not hold ASCII letters
        }
        return new Word(start, end, after, gain);
    }

    /** Extra gain for a word whose garbled capital was shown as punctuation ("‘ото" for "Фото"). */
    static final double CAPITAL_BONUS = 1.5;

    /**
     * True when the garbled word starts with punctuation or a symbol glued to lower-case letters
     * and the re-decoded word is a capitalised word of one script: a capital letter whose byte
     * the wrong code page shows as a quote, dash or maths sign (windows-1251 read as Mac Cyrillic
     * garbles only capitals: "—ергей Ћавров" for "Сергей Лавров").
     */
    static boolean capitalRecovered(String before, String after) {
        if (before.length() < 3 || after.length() != before.length()) {
            return false;
        }
        char b0 = before.charAt(0);
        char a0 = after.charAt(0);
        if (Character.isLetterOrDigit(b0) || !Character.isUpperCase(a0) || a0 < 0x370) {
            return false;
        }
        int lower = 0;
        for (int k = 1; k < after.length(); k++) {
            char c = after.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isLowerCase(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.of(a0)) {
                    return false;
                }
                lower++;
            }
        }
        return lower >= 2 && Character.isLowerCase(before.charAt(1));
    }

    private static boolean mixesAsciiLetters(String s) {
        boolean ascii = false;
        boolean other = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                ascii |= Character.isLetter(c);
            } else if (Character.isLetter(c) && c >= 0x370) {
                other = true;
            }
        }
        return ascii && other;
    }

    private static int letters(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            n += Character.isLetter(s.charAt(k)) ? 1 : 0;
        }
        return n;
    }

    private static boolean hasAsciiLetter(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c < 0x80 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static void flush(String text, List<Word> run, Pair p, List<Candidate> out) {
        if (run.isEmpty()) {
            return;
        }
        double gain = 0;
        for (Word w : run) {
            gain += w.gain;
        }
        if (gain + 3 < RUN_THRESHOLD) {
            run.clear();
            return;
        }
        Word first = run.get(0);
        Word last = run.get(run.size() - 1);
        // accented letters that no one language shares across the whole run
        String runBefore = text.substring(first.start, last.end);
        String runAfter = p.shownAs.transcode(runBefore, p.really);
        if (runAfter != null && run.size() > 1) {
            gain += 3 * ((Plausibility.languageMask(runBefore) == 0 ? 1 : 0)
                    - (Plausibility.languageMask(runAfter) == 0 ? 1 : 0));
        }
        double costAfter = runAfter == null ? Double.MAX_VALUE : Plausibility.cost(runAfter);
        double costBefore = Plausibility.cost(runBefore);
        int recovered = 0;
        for (Word w : run) {
            String wb = text.substring(w.start, w.end);
            recovered += capitalRecovered(wb, w.after) ? 1 : 0;
        }
        // Either the repair removes most of the implausibility, or (capitals-only garbling, where
        // most letters are untouched) several capitals came back and the run got no worse anywhere.
        boolean clean = costAfter <= 0.3 * runBefore.length()
                && (costAfter <= 0.4 * costBefore || (recovered >= 2 && costAfter < costBefore));
        boolean enough = run.size() > 1 || (gain >= WORD_THRESHOLD && letters(runBefore) >= 5);
        if (clean && gain >= RUN_THRESHOLD && enough) {
            String before = text.substring(first.start, last.end);
            String after = p.shownAs.transcode(before, p.really);
            if (after != null) {
                int a = 0;
                while (a < before.length() && before.charAt(a) == after.charAt(a)) {
                    a++;
                }
                int z = 0;
                while (z < before.length() - a
                        && before.charAt(before.length() - 1 - z) == after.charAt(after.length() - 1 - z)) {
                    z++;
                }
                out.add(new Candidate(first.start + a, last.end - z,
                        after.substring(a, after.length() - z), p.shownAs.name, p.really.name,
                        gain, false));
            }
        }
        run.clear();
    }
}
