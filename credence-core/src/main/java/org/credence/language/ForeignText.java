package org.credence.language;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.credence.model.ForeignRun;
import org.credence.model.Span;

/**
 * Tells whether a stretch of text is English. Three cheap tests: most letters in a script other
 * than Latin (a Cyrillic caption); Latin letters with at least two function words of another
 * language and fewer than half as many English ones (a German or French sentence of six words or
 * more); or 25 words or more with almost none of the commonest English function words (a
 * language not listed). A headline without function words ("Gut bacteria may influence mood,
 * early study suggests") is English. Short stretches (under six letters) are never judged foreign.
 * Stateless and thread-safe.
 */
public final class ForeignText {

    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "of", "to", "in", "and", "is", "was",
            "for", "on", "that", "with", "as", "by", "at", "it", "he", "she", "they", "said", "from", "his",
            "her", "be", "are", "were", "has", "have", "had", "not", "but", "or", "this", "we", "you", "i",
            "will", "would", "who", "which", "their", "its", "after", "than", "about", "more", "been");

    /**
     * Function words of other languages written in Latin letters (German, French, Spanish, Italian,
     * Portuguese, Dutch, Indonesian, Turkish, Vietnamese), none of them also an English word.
     */
    private static final Set<String> OTHER = Set.copyOf(java.util.List.of( // some belong to two languages
            "der", "das", "und", "ist", "nicht", "ein", "eine", "mit", "sich", "auf", "für", "von", "dem", "den", "des",
            "im", "wird", "auch", "zum", "zur", "bei", "hat", "sind", "wurde",
            "le", "la", "les", "du", "et", "est", "une", "dans", "pour", "pas", "qui", "sur", "avec", "au", "aux",
            "ce", "cette", "il", "elle", "ne", "se", "par", "sont", "été",
            "el", "los", "las", "del", "y", "es", "una", "que", "por", "para", "con", "su", "al", "lo", "como", "más",
            "gli", "della", "di", "che", "non", "è", "per", "sono", "nel", "alla",
            "os", "da", "dos", "das", "em", "uma", "um", "não", "com", "é", "ao",
            "de", "het", "een", "van", "en", "dat", "op", "te", "zijn", "niet", "voor", "ook",
            "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "akan",
            "ve", "bir", "bu", "için", "ile",
            "của", "và", "là", "có", "không", "được", "trong", "những", "các", "người"));

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
        int others = 0;
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
                String w = text.substring(s, i);
                String lower = w.toLowerCase(Locale.ROOT);
                if (ENGLISH.contains(lower)) {
                    english++;
                } else if (OTHER.contains(lower) && (words == 1 || w.equals(lower))) {
                    others++; // "El" inside a sentence is more often a name ("El Paso") than an article
                }
            }
        }
        if (words >= 6 && others >= 2 && others > 2 * english) {
            return Optional.of(new ForeignRun(span, "latin", "Latin letters with function words of another language"));
        }
        if (words >= 25 && english * 20 < words) {
            return Optional.of(new ForeignRun(span, "latin", "Latin letters but almost no English function words"));
        }
        return Optional.empty();
    }
}
