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

    private DocStats(Map<String, Integer> casing) {
        this(casing, Map.of());
    }

    private DocStats(Map<String, Integer> casing, Map<String, int[]> predicted) {
        this.casing = casing;
        this.predicted = predicted;
    }

    /**
     * These statistics plus a first stage's tags ({@code tags} per sentence, BIO indexes with O = 0
     * and B-/I- of type k at 2k+1, 2k+2): per lower-cased word, how often it was tagged O and each type.
     */
    DocStats withPredictions(List<String[]> sentences, List<int[]> tags, int types) {
        Map<String, int[]> m = new HashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            String[] s = sentences.get(k);
            int[] t = tags.get(k);
            for (int i = 0; i < s.length; i++) {
                if (DocStats.casing(s[i]) == 0) {
                    continue;
                }
                int[] c = m.computeIfAbsent(s[i].toLowerCase(Locale.ROOT), x -> new int[types + 1]);
                c[(t[i] + 1) / 2]++;
            }
        }
        return new DocStats(casing, m);
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
