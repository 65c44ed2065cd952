package org.credence.signals.sloppiness;

import org.credence.language.words.WordList;
import java.util.Optional;

/**
 * Proposes the word a misspelling was probably meant to be: the lower-case word of the list at
 * the smallest edit distance (Damerau: insertion, deletion, substitution, transposition of
 * neighbours), the likeliest first. Distance 1 is searched by generating every edit; distance 2
 * only for words of {@value #MIN_LENGTH_DISTANCE_2} letters or more, by a bounded scan of the
 * list's words with the same first letter and a length within 2 (typists rarely miss the first
 * letter, and the scan stays well under a millisecond).
 *
 * <p>Ranking among candidates at the same distance: the log of the word's corpus count, plus a
 * bonus for the edits typists make most (a transposition, a doubled or undoubled letter, a key
 * next to the intended one on a QWERTY keyboard). Ties go to the alphabetically first word, so
 * the answer is deterministic.
 */
public final class Suggester {

    /** Shortest word (in letters) searched at distance 2. */
    public static final int MIN_LENGTH_DISTANCE_2 = 7;

    /** A proposed correction. */
    public record Suggestion(String word, int distance) {
    }

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private final WordList words;

    public Suggester(WordList words) {
        this.words = words;
    }

    /** The best correction of {@code lower} (lower-case ASCII letters), or empty. */
    public Optional<Suggestion> suggest(String lower) {
        if (!WordList.isLowerAscii(lower) || lower.isEmpty()) {
            return Optional.empty();
        }
        Best best = new Best();
        int n = lower.length();
        char[] w = lower.toCharArray();
        // deletions
        for (int i = 0; i < n; i++) {
            String c = lower.substring(0, i) + lower.substring(i + 1);
            boolean doubled = (i > 0 && w[i - 1] == w[i]) || (i + 1 < n && w[i + 1] == w[i]);
            consider(best, c, doubled ? 1.0 : 0);
        }
        // transpositions
        for (int i = 0; i + 1 < n; i++) {
            if (w[i] != w[i + 1]) {
                char[] t = w.clone();
                t[i] = w[i + 1];
                t[i + 1] = w[i];
                consider(best, new String(t), 1.5);
            }
        }
        // substitutions
        for (int i = 0; i < n; i++) {
            char[] t = w.clone();
            for (char c = 'a'; c <= 'z'; c++) {
                if (c != w[i]) {
                    t[i] = c;
                    consider(best, new String(t), adjacent(w[i], c) ? 1.0 : 0);
                }
            }
        }
        // insertions
        StringBuilder sb = new StringBuilder(n + 1);
        for (int i = 0; i <= n; i++) {
            for (char c = 'a'; c <= 'z'; c++) {
                sb.setLength(0);
                sb.append(lower, 0, i).append(c).append(lower, i, n);
                boolean doubled = (i > 0 && w[i - 1] == c) || (i < n && w[i] == c);
                boolean near = (i > 0 && adjacent(w[i - 1], c)) || (i < n && adjacent(w[i], c));
                consider(best, sb.toString(), doubled ? 1.0 : near ? 0.5 : 0);
            }
        }
        if (best.word != null) {
            return Optional.of(new Suggestion(best.word, 1));
        }
        if (n < MIN_LENGTH_DISTANCE_2) {
            return Optional.empty();
        }
        int mask = WordList.mask(lower);
        for (int len = n - 2; len <= n + 2; len++) {
            String[] cands = words.startingWith(w[0], len);
            int[] masks = words.masksStartingWith(w[0], len);
            for (int k = 0; k < cands.length; k++) {
                // two edits change at most four letters of the letter set
                if (Integer.bitCount(mask ^ masks[k]) <= 4 && distanceAtMost2(lower, cands[k])) {
                    consider(best, cands[k], 0);
                }
            }
        }
        return best.word == null ? Optional.empty() : Optional.of(new Suggestion(best.word, 2));
    }

    private void consider(Best best, String cand, double bonus) {
        int count = words.count(cand);
        if (count < 0) {
            return;
        }
        double score = Math.log1p(count) + bonus;
        if (best.word == null || score > best.score || (score == best.score && cand.compareTo(best.word) < 0)) {
            best.word = cand;
            best.score = score;
        }
    }

    private static final class Best {
        String word;
        double score;
    }

    /** Whether two keys touch on a QWERTY keyboard (same row neighbours or the row above/below). */
    static boolean adjacent(char a, char b) {
        int ra = -1;
        int ca = -1;
        int rb = -1;
        int cb = -1;
        for (int r = 0; r < ROWS.length; r++) {
            int i = ROWS[r].indexOf(a);
            if (i >= 0) {
                ra = r;
                ca = i;
            }
            int j = ROWS[r].indexOf(b);
            if (j >= 0) {
                rb = r;
                cb = j;
            }
        }
        if (ra < 0 || rb < 0 || a == b) {
            return false;
        }
        if (ra == rb) {
            return Math.abs(ca - cb) == 1;
        }
        // the row below is shifted right by about half a key
        if (Math.abs(ra - rb) == 1) {
            int upper = ra < rb ? ca : cb;
            int lower = ra < rb ? cb : ca;
            return lower == upper || lower == upper - 1;
        }
        return false;
    }

    /** Optimal-string-alignment distance of {@code a} and {@code b} is at most 2 (banded, early exit). */
    static boolean distanceAtMost2(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 2) {
            return false;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > 2) {
                return false;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] <= 2;
    }
}
