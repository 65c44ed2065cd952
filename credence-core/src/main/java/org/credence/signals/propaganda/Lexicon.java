package org.credence.signals.propaganda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the propaganda features read: VADER word valence (MIT, shipped as
 * {@code vader-valence.tsv}) and a short list of function words written here. Immutable.
 */
public final class Lexicon {

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being",
            "have", "has", "had", "do", "does", "did", "he", "she", "they", "them", "his", "her", "their", "we",
            "our", "you", "your", "i", "me", "my", "not", "no", "so", "than", "then", "there", "here", "which",
            "who", "whom", "what", "when", "where", "why", "how", "all", "any", "some", "will", "would", "can",
            "could", "should", "may", "might", "must", "said", "says", "about", "into", "over", "after", "also",
            "more", "most", "just", "only", "very", "one", "two", "out", "up", "s", "mr", "ms", "mrs");

    private final Map<String, Float> valence;

    Lexicon(Map<String, Float> valence) {
        this.valence = Map.copyOf(valence);
    }

    /** The shipped lexicon. */
    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    /** VADER's mean valence of a lower-case word (-4..+4), 0 when it has none. */
    public float valence(String lower) {
        Float v = valence.get(lower);
        return v == null ? 0f : v;
    }

    /** Whether a lower-case word is a function word (articles, pronouns, auxiliaries, prepositions). */
    public static boolean functionWord(String lower) {
        return FUNCTION_WORDS.contains(lower);
    }

    public int size() {
        return valence.size();
    }

    private static Lexicon load() {
        Map<String, Float> m = new HashMap<>();
        try (InputStream is = Lexicon.class.getResourceAsStream("vader-valence.tsv")) {
            if (is == null) {
                throw new IllegalStateException("resource vader-valence.tsv missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                m.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(m);
    }

    private static final class Holder {
        static final Lexicon STANDARD = load();
    }
}
