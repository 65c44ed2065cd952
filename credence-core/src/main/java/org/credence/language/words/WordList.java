package org.credence.language.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The shipped English word list: every form of the Hunspell en_US and en_GB dictionaries
 * (SCOWL size 60, affixes expanded at build time) with a corpus count for ranking suggestions,
 * plus a short hand-written list of news words and abbreviations. Immutable and thread-safe.
 *
 * <p>Lookup is exact and case-sensitive ({@code "Paris"} is in it, {@code "paris"} is not); the
 * caller decides which case forms to try. Memory is an open-addressing table of the forms and an
 * {@code int} count each (about 10 MB for 170,000 forms).
 */
public final class WordList {

    /** Resource names under this package. */
    public static final String WORDS = "words.txt.gz";
    static final String EXTRA = "extra-words.txt";

    private final String[] keys;
    private final int[] counts;
    private final int size;
    /** Lower-case forms grouped by first letter and length, for distance-2 scans: [letter][length]. */
    private final String[][][] byStart;
    /** Letter-set masks of {@link #byStart}'s words (bit i: letter 'a' + i occurs). */
    private final int[][][] masks;

    private WordList(List<String> words, List<Integer> wordCounts) {
        int cap = Integer.highestOneBit(Math.max(16, words.size() * 2)) << 1;
        this.keys = new String[cap];
        this.counts = new int[cap];
        int n = 0;
        List<List<List<String>>> groups = new ArrayList<>();
        for (int c = 0; c < 26; c++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int slot = slot(w);
            if (keys[slot] == null) {
                keys[slot] = w;
                n++;
                char c = w.charAt(0);
                if (c >= 'a' && c <= 'z' && isLowerAscii(w)) {
                    List<List<String>> g = groups.get(c - 'a');
                    while (g.size() <= w.length()) {
                        g.add(new ArrayList<>());
                    }
                    g.get(w.length()).add(w);
                }
            }
            counts[slot] = Math.max(counts[slot], wordCounts.get(i));
        }
        this.size = n;
        this.byStart = new String[26][][];
        this.masks = new int[26][][];
        for (int c = 0; c < 26; c++) {
            List<List<String>> g = groups.get(c);
            byStart[c] = new String[g.size()][];
            masks[c] = new int[g.size()][];
            for (int len = 0; len < g.size(); len++) {
                byStart[c][len] = g.get(len).toArray(String[]::new);
                masks[c][len] = new int[byStart[c][len].length];
                for (int k = 0; k < byStart[c][len].length; k++) {
                    masks[c][len][k] = mask(byStart[c][len][k]);
                }
            }
        }
    }

    /** The shipped list, loaded from the class path once. */
    public static WordList standard() {
        return Holder.STANDARD;
    }

    /**
     * A list from lines of {@code word} or {@code word<TAB>count}; blank lines and lines starting
     * with {@code #} are skipped.
     */
    public static WordList of(List<String> lines) {
        List<String> words = new ArrayList<>(lines.size());
        List<Integer> cs = new ArrayList<>(lines.size());
        for (String line : lines) {
            add(line, words, cs);
        }
        return new WordList(words, cs);
    }

    /** Whether {@code word} is in the list exactly as written. */
    public boolean contains(String word) {
        return keys[slot(word)] != null;
    }

    /** The corpus count of {@code word}: 0 when unseen in the corpus, -1 when not in the list. */
    public int count(String word) {
        int s = slot(word);
        return keys[s] == null ? -1 : counts[s];
    }

    /** Number of distinct forms. */
    public int size() {
        return size;
    }

    /** Lower-case ASCII forms starting with {@code first} of exactly {@code length} characters. */
    public String[] startingWith(char first, int length) {
        if (first < 'a' || first > 'z') {
            return new String[0];
        }
        String[][] g = byStart[first - 'a'];
        return length < g.length ? g[length] : new String[0];
    }

    /** The letter-set masks of {@link #startingWith}'s words, index for index. */
    public int[] masksStartingWith(char first, int length) {
        if (first < 'a' || first > 'z') {
            return new int[0];
        }
        int[][] g = masks[first - 'a'];
        return length < g.length ? g[length] : new int[0];
    }

    /** Bit i set when letter 'a' + i occurs in {@code w} (other characters ignored). */
    public static int mask(String w) {
        int m = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'a' && c <= 'z') {
                m |= 1 << (c - 'a');
            }
        }
        return m;
    }

    private int slot(String w) {
        int mask = keys.length - 1;
        int h = w.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (keys[i] != null && !keys[i].equals(w)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    public static boolean isLowerAscii(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static void add(String line, List<String> words, List<Integer> cs) {
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        int tab = line.indexOf('\t');
        String w = (tab < 0 ? line : line.substring(0, tab)).strip();
        if (w.isEmpty()) {
            return;
        }
        words.add(w);
        cs.add(tab < 0 ? 0 : Integer.parseInt(line.substring(tab + 1).strip()));
    }

    private static List<String> lines(String name, boolean gz) {
        try (InputStream raw = WordList.class.getResourceAsStream(name)) {
            if (raw == null) {
                throw new IllegalStateException("word list resource missing: " + name);
            }
            InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static final class Holder {
        static final WordList STANDARD;

        static {
            List<String> all = new ArrayList<>(lines(WORDS, true));
            all.addAll(lines(EXTRA, false));
            STANDARD = of(all);
        }
    }
}
