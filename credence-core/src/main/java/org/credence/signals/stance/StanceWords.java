package org.credence.signals.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the stance features ({@code stance-words.tsv}): refuting, hedging,
 * confirming and negating words, and the stop words left out of term vectors; and the light
 * suffix stemmer that makes "denies" and "denied" one term. Immutable, loaded once.
 */
public final class StanceWords {

    /** Kinds of listed words. */
    public enum Kind { REFUTE, HEDGE, CONFIRM, NEGATION, STOP }

    private static final StanceWords STANDARD = load();

    private final Map<Kind, Set<String>> lists;

    private StanceWords(Map<Kind, Set<String>> lists) {
        this.lists = lists;
    }

    /** The shipped lists. */
    public static StanceWords standard() {
        return STANDARD;
    }

    /** Whether lower-cased {@code word} is listed as {@code kind}. */
    public boolean is(Kind kind, String word) {
        return lists.get(kind).contains(word);
    }

    /**
     * A word's lower-case form with possessives dropped and "n't" read as "not" ("don't" gives
     * "not"), so the negation list sees contractions.
     */
    public static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("n't")) {
            return "not";
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * A light, deterministic suffix stemmer for matching headline terms in a body: plural and
     * verb endings go ("stories" → "story", "denied" → "deny", "killing" → "kill").
     */
    public static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("ied")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 5 && w.endsWith("ing")) {
            return undouble(w.substring(0, n - 3));
        }
        if (n > 4 && w.endsWith("ed")) {
            return undouble(w.substring(0, n - (w.endsWith("eed") ? 1 : 2)));
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static StanceWords load() {
        Map<Kind, Set<String>> m = new HashMap<>();
        for (Kind k : Kind.values()) {
            m.put(k, new HashSet<>());
        }
        try (InputStream is = StanceWords.class.getResourceAsStream("stance-words.tsv")) {
            if (is == null) {
                throw new IllegalStateException("resource stance-words.tsv missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.get(Kind.valueOf(f[0].toUpperCase(Locale.ROOT))).add(f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Kind, Set<String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new StanceWords(frozen);
    }
}
