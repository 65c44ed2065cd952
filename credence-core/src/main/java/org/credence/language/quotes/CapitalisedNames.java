package org.credence.language.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * A stand-in for named-entity recognition, for evaluation and tests when no NER runs: runs of
 * capitalised words (with inner "of", initials and "Jr.") not made only of sentence-initial
 * function words, typed as organisations by organisation words or all-capital acronyms and as
 * persons otherwise; a one-word person mention joins the chain of the earlier mention it ends.
 * Crude by design; the pipeline should pass real entity mentions instead.
 */
public final class CapitalisedNames {

    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at", "but",
            "and", "or", "if", "when", "this", "that", "these", "those", "there", "his",
            "her", "their", "our", "my", "mr.", "mrs.", "ms.", "dr.", "as", "after",
            "before", "for", "so", "yet", "while", "by", "with", "from", "to", "of", "what",
            "who", "why", "how", "where", "is", "was", "are", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "you", "not", "no", "yes", "one", "also", "all", "some",
            "many", "most", "both", "now", "then", "here", "still", "even", "president",
            "sen.", "gov.", "rep.", "senator", "governor", "secretary", "minister", "mayor",
            "democrat", "democrats", "republican", "republicans", "american", "americans",
            "said", "says");
    private static final Set<String> ORG = Set.of("department", "party", "committee", "campaign", "inc", "inc.", "corp.", "news",
            "times", "post", "university", "house", "congress", "senate", "court", "agency",
            "bureau", "office", "council", "association", "institute", "foundation", "group",
            "journal", "network", "pentagon", "kremlin", "police", "ministry", "commission",
            "administration", "government", "union", "bank", "company", "center", "centre",
            "organization", "fox", "reuters", "breitbart", "politico", "gop", "nato",
            "state", "states", "club", "review", "press", "channel");

    private CapitalisedNames() {
    }

    /** Entity hints for the capitalised runs of a text. */
    public static List<EntityHint> find(String text, List<Token> tokens, List<Sentence> sentences) {
        List<EntityHint> out = new ArrayList<>();
        Map<String, Integer> chains = new HashMap<>();
        boolean[] sentenceStart = new boolean[tokens.size() + 1];
        for (Sentence s : sentences) {
            sentenceStart[s.firstToken()] = true;
        }
        int i = 0;
        while (i < tokens.size()) {
            if (!cap(text, tokens.get(i))) {
                i++;
                continue;
            }
            int a = i;
            int b = i + 1;
            while (b < tokens.size()) {
                if (cap(text, tokens.get(b)) && adjacent(text, tokens.get(b - 1), tokens.get(b))) {
                    b++;
                } else if (b + 1 < tokens.size() && word(text, tokens.get(b)).equals("of")
                        && cap(text, tokens.get(b + 1))) {
                    b += 2;
                } else {
                    break;
                }
            }
            while (a < b && NOT_NAMES.contains(word(text, tokens.get(a)).toLowerCase())) {
                a++;
            }
            i = b;
            if (a == b || (a == i - 1 && sentenceStart[a] && b - a == 1 && !chains.containsKey(word(text, tokens.get(a))))) {
                continue;
            }
            boolean org = false;
            boolean acronym = false;
            for (int k = a; k < b; k++) {
                String w = word(text, tokens.get(k));
                org |= ORG.contains(w.toLowerCase());
                acronym |= w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
            }
            Span span = new Span(tokens.get(a).start(), tokens.get(b - 1).end());
            String last = word(text, tokens.get(b - 1));
            boolean person = !org && !acronym;
            int chain = -1;
            if (person) {
                Integer known = chains.get(last);
                chain = known != null ? known : out.size();
                chains.putIfAbsent(last, chain);
            }
            out.add(new EntityHint(span, person, !person, chain));
        }
        return out;
    }

    private static boolean adjacent(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (text.charAt(k) == '\n') {
                return false;
            }
        }
        return b.start() - a.end() <= 1;
    }

    private static boolean cap(String text, Token t) {
        return t.kind() == Token.Kind.WORD && Character.isUpperCase(text.charAt(t.start()));
    }

    private static String word(String text, Token t) {
        return text.substring(t.start(), t.end());
    }
}
