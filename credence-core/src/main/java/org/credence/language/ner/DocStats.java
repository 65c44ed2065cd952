package org.credence.language.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How each word is cased across one document, outside sentence starts and headlines: the
 * document-level evidence that "APPLE" in a headline or "Will" at a sentence start is a name.
 * Immutable once built.
 */
final class DocStats {

    static final int LOWER = 1, TITLE = 2, UPPER = 4;
    static final DocStats EMPTY = new DocStats(Map.of());

    private final Map<String, Integer> casing;
    private final Map<String, int[]> predicted;
    private final Map<String, Integer> partOf;

    private DocStats(Map<String, Integer> casing) {
        this(casing, Map.of(), Map.of());
    }

    private DocStats(Map<String, Integer> casing, Map<String, int[]> predicted, Map<String, Integer> partOf) {
        this.casing = casing;
        this.predicted = predicted;
        this.partOf = partOf;
    }

    /**
     * These statistics plus a first stage's tags ({@code tags} per sentence, BIO indexes with O = 0
     * and B-/I- of type k, counted from 1, at 2k-1, 2k): per lower-cased word, how often it was tagged O and each
     * type, and where it stood inside the multi-token entities the first stage found.
     */
    DocStats withPredictions(List<String[]> sentences, List<int[]> tags, int types) {
        Map<String, int[]> m = new HashMap<>();
        Map<String, Integer> within = new HashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            String[] s = sentences.get(k);
            int[] t = tags.get(k);
            String[] lower = new String[s.length];
            for (int i = 0; i < s.length; i++) {
                if (DocStats.casing(s[i]) == 0) {
                    continue;
                }
                lower[i] = s[i].toLowerCase(Locale.ROOT);
                int[] c = m.computeIfAbsent(lower[i], x -> new int[types + 1]);
                c[(t[i] + 1) / 2]++;
            }
            for (int i = 0; i < s.length; ) {
                if ((t[i] & 1) == 0) {
                    i++;
                    continue;
                }
                int e = i + 1;
                while (e < s.length && t[e] == t[i] + 1) {
                    e++;
                }
                if (e - i > 1) {
                    int type = (t[i] + 1) / 2;
                    for (int j = i; j < e; j++) {
                        if (lower[j] != null) {
                            int pos = j == i ? FIRST : j == e - 1 ? LAST : INSIDE;
                            within.merge(lower[j], 1 << ((type - 1) * 3 + pos), (a, b) -> a | b);
                        }
                    }
                }
                i = e;
            }
        }
        return new DocStats(casing, m, within);
    }

    /** Positions in a multi-token entity, as {@link #partOf} codes them. */
    static final int FIRST = 0, LAST = 1, INSIDE = 2;

    /**
     * Where the first stage put {@code lower} inside multi-token entities of the document: bit
     * {@code 3 (type - 1) + position} (positions {@link #FIRST}, {@link #LAST}, {@link #INSIDE})
     * for each place it was seen; 0 if never. "Clinton" after "Bill Clinton" has PER-last; a
     * company name never seen inside a longer name has none, which tells it from a surname.
     */
    int partOf(String lower) {
        Integer b = partOf.get(lower);
        return b == null ? 0 : b;
    }

    /** Counts of the first stage's tags for {@code lower} ([0] = O, [k] = type k), or null. */
    int[] predicted(String lower) {
        return predicted.get(lower);
    }

    /** Statistics over the sentences (word arrays) of one document. */
    static DocStats of(List<String[]> sentences) {
        Map<String, Integer> m = new HashMap<>();
        for (String[] s : sentences) {
            if (NerFeatures.isHeadline(s)) {
                continue;
            }
            for (int i = 1; i < s.length; i++) {
                int c = casing(s[i]);
                if (c != 0) {
                    m.merge(s[i].toLowerCase(Locale.ROOT), c, (a, b) -> a | b);
                }
            }
        }
        return new DocStats(m);
    }

    /** The casings seen for {@code lower} in the document (bits LOWER, TITLE, UPPER), 0 if none. */
    int of(String lower) {
        Integer c = casing.get(lower);
        return c == null ? 0 : c;
    }

    static int casing(String w) {
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return 0;
        }
        boolean first = Character.isUpperCase(w.charAt(0));
        boolean allUpper = first;
        for (int k = 1; k < w.length() && allUpper; k++) {
            char c = w.charAt(k);
            allUpper = !Character.isLowerCase(c);
        }
        if (allUpper && w.length() > 1) {
            return UPPER;
        }
        return first ? TITLE : LOWER;
    }
}
