package org.credence.language;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.credence.model.ForeignRun;
import org.credence.model.Span;

/**
 * Tells whether a stretch of text is English. Two cheap tests: most letters in a script other
 * than Latin (a Cyrillic caption), or Latin letters with almost none of the commonest English
 * function words (a German or French paragraph). Short stretches (under six letters or four
 * words) are never judged foreign. Stateless and thread-safe.
 */
public final class ForeignText {

    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "of", "to", "in", "and", "is", "was",
            "for", "on", "that", "with", "as", "by", "at", "it", "he", "she", "they", "said", "from", "his",
            "her", "be", "are", "were", "has", "have", "had", "not", "but", "or", "this", "we", "you", "i",
            "will", "would", "who", "which", "their", "its", "after", "than", "about", "more", "been");

    private ForeignText() {
    }

    /** The run, if {@code span} of {@code text} is not English. */
    public static Optional<ForeignRun> judge(String text, Span span) {
        int latin = 0;
        int other = 0;
        Character.UnicodeScript top = null;
        int[] counts = new int[Character.UnicodeScript.values().length];
        for (int i = span.start(); i < span.end(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
                counts[sc.ordinal()]++;
                if (top == null || counts[sc.ordinal()] > counts[top.ordinal()]) {
                    top = sc;
                }
            }
        }
        int letters = latin + other;
        if (letters < 6) {
            return Optional.empty();
        }
        if (other > latin) {
            String script = top.name().toLowerCase(Locale.ROOT);
            return Optional.of(new ForeignRun(span, script, "most letters are " + script));
        }
        int words = 0;
        int english = 0;
        int i = span.start();
        while (i < span.end()) {
            while (i < span.end() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < span.end() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            if (i > s) {
                words++;
                if (ENGLISH.contains(text.substring(s, i).toLowerCase(Locale.ROOT))) {
                    english++;
                }
            }
        }
        if (words >= 8 && english * 20 < words) {
            return Optional.of(new ForeignRun(span, "latin", "Latin letters but almost no English function words"));
        }
        return Optional.empty();
    }
}
