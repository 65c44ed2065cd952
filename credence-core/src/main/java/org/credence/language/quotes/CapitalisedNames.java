package org.credence.language.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
            "said", "says", "despite", "although", "though", "however", "meanwhile", "because", "since",
            "former", "late", "ex", "dear", "like", "unlike", "according", "asked", "during", "under");
    /** Words that give a person's office or role in front of the name ("Foreign Minister Sergei Lavrov"). */
    private static final Set<String> TITLES = Set.of("president", "sen.", "gov.", "rep.", "reps.", "sens.", "senator", "governor",
            "secretary", "minister", "mayor", "speaker", "leader", "chairman", "chairwoman", "chair", "ambassador",
            "congressman", "congresswoman", "representative", "director", "general", "gen.", "justice", "judge",
            "attorney", "spokesman", "spokeswoman", "chief", "commissioner", "adviser", "advisor", "candidate",
            "nominee", "host", "anchor", "pastor", "rev.", "dr.", "mr.", "mrs.", "ms.", "prof.", "professor",
            "sheriff", "officer", "executive", "manager", "strategist", "founder", "ceo", "lt.", "col.", "sgt.",
            "capt.", "adm.", "maj.", "pope", "king", "queen", "prince", "premier", "chancellor", "vice", "deputy");
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
        Set<String> lowerSeen = new HashSet<>();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.WORD && Character.isLowerCase(text.charAt(t.start()))) {
                lowerSeen.add(word(text, t));
            }
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
            a = afterTitle(text, tokens, a, b);
            while (a < b && NOT_NAMES.contains(word(text, tokens.get(a)).toLowerCase())) {
                a++;
            }
            if (a < b && sentenceStart[a] && b - a > 1 && lowerSeen.contains(word(text, tokens.get(a)).toLowerCase())) {
                a++; // "Despite Mr. Trump": a sentence-initial word the text also writes in lower case
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

    /**
     * The first token of the name after the last title in tokens {@code [a, b)} ("Senate Majority Leader
     * Mitch McConnell", "Secretary of State John Kerry"); {@code a} when no title leaves a name after it.
     */
    private static int afterTitle(String text, List<Token> tokens, int a, int b) {
        int start = a;
        for (int k = a; k < b - 1; k++) {
            if (TITLES.contains(word(text, tokens.get(k)).toLowerCase())) {
                int next = k + 1;
                if (word(text, tokens.get(next)).equals("of") && next + 2 < b) {
                    next += 2;
                }
                if (next < b) {
                    start = next;
                }
            }
        }
        return start;
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
