package org.credence.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.ml.FeatureHashing;

/**
 * Finds test articles that repeat a training article, so cross-set figures are not inflated by
 * sets that overlap (FakeNewsNet holds many BuzzFeed-Webis articles). An article repeats a
 * training article when their titles are equal (letters and digits, lower case, at least
 * {@value #MIN_TITLE_WORDS} words) or when at least {@value #CONTAINMENT} of its 5-word shingles
 * occur in one training article.
 */
public final class NearDuplicates {

    static final int SHINGLE = 5;
    static final double CONTAINMENT = 0.5;
    static final int MIN_TITLE_WORDS = 3;

    private final Map<Integer, List<Integer>> index = new HashMap<>();
    private final Set<String> titles = new HashSet<>();

    /** An index of the training articles. */
    public NearDuplicates(List<LabeledArticle> train) {
        for (int i = 0; i < train.size(); i++) {
            for (int s : shingles(train.get(i).text())) {
                index.computeIfAbsent(s, k -> new ArrayList<>(2)).add(i);
            }
            String t = title(train.get(i).title());
            if (!t.isEmpty()) {
                titles.add(t);
            }
        }
    }

    /** Whether {@code a} repeats one of the training articles. */
    public boolean repeats(LabeledArticle a) {
        String t = title(a.title());
        if (!t.isEmpty() && titles.contains(t)) {
            return true;
        }
        Set<Integer> sh = shingles(a.text());
        if (sh.isEmpty()) {
            return false;
        }
        Map<Integer, int[]> shared = new HashMap<>();
        for (int s : sh) {
            for (int doc : index.getOrDefault(s, List.of())) {
                shared.computeIfAbsent(doc, k -> new int[1])[0]++;
            }
        }
        for (int[] c : shared.values()) {
            if (c[0] >= CONTAINMENT * sh.size()) {
                return true;
            }
        }
        return false;
    }

    static Set<Integer> shingles(String text) {
        List<String> words = words(text);
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(FeatureHashing.hash(String.join(" ", words.subList(i, i + SHINGLE))));
        }
        return out;
    }

    static String title(String title) {
        List<String> w = words(title);
        return w.size() < MIN_TITLE_WORDS ? "" : String.join(" ", w);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (c != '\'' && c != '’' && w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        return words;
    }
}
