package org.credence.language.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.credence.language.words.WordList;

/**
 * Truecasing of title-case sentences ("Mayor's Plan Will Destroy Every Small Business In Town")
 * before tagging: the tagger, trained on sentence-case news, reads a run of capitalised words as
 * one long name. In such a sentence a capitalised word is lower-cased for the tagger when the word
 * list knows it in lower case, unless it is also a proper noun ("Park", "Bill") that the rest of
 * the document writes capitalised inside a sentence. Words the list does not know in lower case
 * ("Merkel", "Obama") and acronyms stay as they are. Only the words shown to the model change;
 * spans and the words used for types are the original ones. Stateless and thread-safe.
 */
final class TitleCase {

    private TitleCase() {
    }

    /** Function words: a title-case headline has some ("In", "Will", "of"); a list of names has none. */
    private static final Set<String> FUNCTION = Set.of("a", "an", "the", "in", "on", "of", "to", "for", "at", "by",
            "with", "from", "into", "over", "after", "before", "about", "as", "and", "or", "but", "is", "are", "was",
            "were", "will", "would", "be", "has", "have", "had", "not", "no", "says", "said", "say", "can", "could",
            "this", "that", "his", "her", "their", "its", "our", "your", "you", "we", "they", "he", "she", "it",
            "every", "all", "more", "than", "why", "how", "what", "who", "when");

    /**
     * Whether a sentence is written in title case: at least four words of two or more letters, at
     * least three quarters of them capitalised, fewer than half of them all capitals (an
     * all-capitals headline is left to the tagger, which was trained on those), and a function word
     * after the first word (a line of names such as a sports result has none).
     */
    static boolean isTitleCase(String[] words) {
        int alpha = 0;
        int capital = 0;
        int allCaps = 0;
        boolean function = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() < 2 || !letters(w)) {
                function |= i > 0 && w.equalsIgnoreCase("a");
                continue;
            }
            function |= i > 0 && FUNCTION.contains(w.toLowerCase(Locale.ROOT));
            alpha++;
            if (Character.isUpperCase(w.charAt(0))) {
                capital++;
                if (w.equals(w.toUpperCase(Locale.ROOT))) {
                    allCaps++;
                }
            }
        }
        return alpha >= 4 && capital * 4 >= alpha * 3 && allCaps * 2 < alpha && function;
    }

    /**
     * The capitalised words written inside sentence-case sentences (not first in them): the
     * document's evidence that a word is a name.
     */
    static Set<String> confirmedNames(List<String[]> sentences) {
        Set<String> out = new HashSet<>();
        for (String[] s : sentences) {
            if (isTitleCase(s)) {
                continue;
            }
            for (int i = 1; i < s.length; i++) {
                String w = s[i];
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !s[i - 1].equals(".") && !s[i - 1].equals("\"")) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** The words of a title-case sentence as the tagger should see them; the same array when nothing changes. */
    static String[] truecase(String[] words, WordList list, Set<String> confirmed) {
        String[] out = null;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() < 2 || !letters(w) || !Character.isUpperCase(w.charAt(0))
                    || w.equals(w.toUpperCase(Locale.ROOT))) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (!list.contains(lower) || list.contains(w) && confirmed.contains(w)) {
                continue;
            }
            if (out == null) {
                out = words.clone();
            }
            out[i] = lower;
        }
        return out == null ? words : out;
    }

    private static boolean letters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
