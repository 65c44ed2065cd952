package org.credence.language.quotes;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.credence.model.Attribution;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * Finds the source noun phrase beside a reporting cue and says who it is: a name (resolved to the
 * fullest mention of its chain, or of the same surname), a pronoun resolved to the latest
 * compatible entity outside quoted text, a title resolved to the person introduced with it, or a
 * bare title, anonymous or vague source.
 */
final class Sources {

    private static final Set<String> PP = Set.of("of", "for", "with", "at", "familiar", "close", "who", "from");
    private static final Set<String> ORG_WORDS = Set.of("department", "party", "committee", "campaign", "inc", "inc.", "corp", "corp.",
            "news", "times", "post", "university", "house", "congress", "senate", "court",
            "agency", "bureau", "office", "council", "association", "institute",
            "foundation", "group", "journal", "network", "fbi", "cia", "cnn", "msnbc", "nbc",
            "abc", "cbs", "fox", "reuters", "ap", "afp", "pentagon", "kremlin", "police",
            "ministry", "commission", "administration", "government", "union", "bank",
            "company", "center", "centre", "organization");

    private final Doc d;
    private final Lexicon lex;
    private final Map<Integer, String> chainNames = new HashMap<>();

    Sources(Doc d, Lexicon lex) {
        this.d = d;
        this.lex = lex;
        for (EntityHint h : d.entities) {
            if (h.chain() >= 0) {
                String t = h.span().in(d.text);
                chainNames.merge(h.chain(), t, (a, b) -> b.length() > a.length() ? b : a);
            }
        }
    }

    /**
     * The noun phrase ending just before token {@code cue} (skipping "also", "has" and the like and an
     * appositive between commas), not reaching before {@code min}; null when there is none.
     */
    int[] left(int cue, int min) {
        int i = cue - 1;
        while (i >= min && d.isWord(i) && !d.capitalised(i)
                && (Lexicon.BETWEEN.contains(d.lower[i]) || d.lower[i].endsWith("ly"))) {
            i--;
        }
        int t = beforeTime(i, min);
        if (t != i) {
            // "Acme Corp. today announced", "a study published on Monday suggests"
            i = t;
            if (i >= min && PARTICIPLES.contains(d.lower[i]) && i - 1 >= min && d.isWord(i - 1)) {
                i--;
            }
            while (i >= min && d.isWord(i) && !d.capitalised(i)
                    && (Lexicon.BETWEEN.contains(d.lower[i]) || d.lower[i].endsWith("ly"))) {
                i--;
            }
        }
        if (i < min) {
            return null; // nothing before the cue but a time phrase or adverbs ("Today said …")
        }
        int clause = Anonymity.DEFAULT.startBefore(d, d.isPunct(i, ",") ? i : i + 1, min);
        if (clause > min) {
            int[] np = left(clause, min); // "a teacher, who declined to be identified, said"
            return np == null ? null : new int[] {np[0], d.isPunct(i, ",") ? i : i + 1};
        }
        i = beforeParenthesis(i, min);
        if (i >= min && d.isPunct(i, ",")) {
            int k = i - 1;
            while (k >= min && k > i - 14 && !d.isPunct(k, ",")) {
                k--;
            }
            if (k >= min && k > i - 14 && k < i - 1) {
                if (k - 1 >= min && lex.sourceWord(d.lower[k - 1]) != null && isName(k + 1, i)) {
                    // "A spokeswoman, Karen Walsh, said": the name between the commas is the speaker
                    int[] title = left(k, min);
                    return new int[] {title == null ? k + 1 : title[0], i};
                }
                i = beforeParenthesis(k - 1, min);
            } else {
                return null;
            }
        }
        int b = i + 1;
        if (i < min || !(d.isWord(i) || d.lower[i].equals("'s") || d.lower[i].equals("’s"))) {
            return null;
        }
        if (Lexicon.PRONOUNS.contains(d.lower[i])) {
            return new int[] {i, b};
        }
        int a = b;
        while (i >= min && b - i <= 7) {
            String w = d.lower[i];
            boolean word = d.isWord(i) || w.equals("'s") || w.equals("’s") || w.equals("-");
            if (!word || Lexicon.PRONOUNS.contains(w)) {
                break;
            }
            if (Lexicon.STOP.contains(w)) {
                boolean inner = innerOf(i, min);
                if (!inner) {
                    break;
                }
            }
            a = i;
            if (Lexicon.DETERMINERS.contains(w) && !d.capitalised(i) && !innerOf(i - 1, min)
                    && !(ADJECTIVES.contains(w) && i - 1 >= min && Lexicon.DETERMINERS.contains(d.lower[i - 1]))
                    && !(i > min && (d.lower[i - 1].equals("'s") || d.lower[i - 1].equals("’s")))) {
                // "Obama's former strategist": the possessor belongs to the phrase
                break;
            }
            i--;
        }
        while (a < b && !d.isWord(a)) {
            a++;
        }
        return a < b ? new int[] {a, b} : null;
    }

    /** Determiners that are adjectives after an article ("a senior official", "the former minister"). */
    private static final Set<String> ADJECTIVES = Set.of("senior", "former", "top", "other");
    /** Participles between a subject and a time phrase ("a study published on Monday suggests"). */
    private static final Set<String> PARTICIPLES = Set.of("published", "released", "issued", "posted", "made", "given",
            "interviewed", "quoted", "reached", "contacted");
    private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    /**
     * The token before a time phrase that ends at token {@code i} ("today", "on Monday", "last
     * week", "this month"), or {@code i} when there is none.
     */
    private int beforeTime(int i, int min) {
        if (i < min || !d.isWord(i)) {
            return i;
        }
        String w = d.lower[i];
        if (TIME_WORDS.contains(w)) {
            return i - 1 >= min && (d.lower[i - 1].equals("on") || d.lower[i - 1].equals("last")) ? i - 2 : i - 1;
        }
        if ((w.equals("week") || w.equals("month") || w.equals("year")) && i - 1 >= min
                && (d.lower[i - 1].equals("last") || d.lower[i - 1].equals("this") || d.lower[i - 1].equals("earlier"))) {
            return i - 2;
        }
        return i;
    }

    /** Whether tokens {@code [a, b)} are one to four capitalised words or part of a person's name. */
    private boolean isName(int a, int b) {
        if (b - a < 1 || b - a > 4) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (!d.isWord(k) || !(d.capitalised(k) || d.entityOf[k] >= 0) || lex.sourceWord(d.lower[k]) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token before a short parenthesis after a name that closes at token {@code i} ("Rep. Jane
     * Smith (D-N.Y.)"), or {@code i} when there is none.
     */
    int beforeParenthesis(int i, int min) {
        if (i < min || !d.isPunct(i, ")")) {
            return i;
        }
        for (int k = i - 1; k > min && k >= i - 8; k--) {
            if (d.isPunct(k, ")")) {
                return i;
            }
            if (d.isPunct(k, "(")) {
                return d.capitalised(k - 1) ? k - 1 : i;
            }
        }
        return i;
    }

    /** Whether token {@code k} is "of", "for" or "at" inside a name or title ("Mr. Morgan of the Sierra Club"). */
    private boolean innerOf(int k, int min) {
        return k > min && (d.lower[k].equals("of") || d.lower[k].equals("for") || d.lower[k].equals("at"))
                && (d.capitalised(k - 1) || lex.sourceWord(d.lower[k - 1]) != null);
    }

    /** The noun phrase starting at token {@code from}, not reaching {@code max}; null when none. */
    int[] right(int from, int max) {
        boolean number = from + 1 < max && d.tokens.get(from).kind() == Token.Kind.NUMBER && d.isWord(from + 1);
        if (from >= max || !d.isWord(from) && !number) {
            return null; // a number may open a description ("9/11 widow Jane Smith", "22-year-old Tom Hale")
        }
        if (Lexicon.PRONOUNS.contains(d.lower[from])) {
            return new int[] {from, from + 1};
        }
        int i = from;
        boolean named = false;
        while (i < max && i - from < 9) {
            int clause = i > from ? Anonymity.DEFAULT.endAfter(d, i, max) : -1;
            if (clause > 0) {
                return new int[] {from, clause}; // "a resident who asked not to be named"
            }
            String w = d.lower[i];
            if (!(d.isWord(i) || w.equals("'s") || w.equals("’s") || number && i == from)) {
                break;
            }
            if (Lexicon.STOP.contains(w) && i > from) {
                boolean inner = PP.contains(w) && i + 1 < max && d.isWord(i + 1)
                        && (named || lex.sourceWord(d.lower[i - 1]) != null);
                if (!inner) {
                    break;
                }
            } else if (Lexicon.STOP.contains(w)) {
                return null;
            }
            named |= lex.sourceWord(w) != null || d.capitalised(i);
            i++;
        }
        return i > from ? new int[] {from, i} : null;
    }

    /** The tokens of the first entity mention outside quotes in tokens {@code [from, to)}: the subject of "…, saying". */
    int[] firstEntity(int from, int to) {
        for (int i = from; i < to; i++) {
            int e = d.entityOf[i];
            if (e >= 0 && d.quoteOf[i] < 0) {
                int b = i + 1;
                while (b < to && d.entityOf[b] == e) {
                    b++;
                }
                return new int[] {i, b};
            }
        }
        return null;
    }

    /**
     * The subject of a participle cue ("Smith spoke, saying …", "he said, adding …"): the first person
     * pronoun or entity mention outside quotes in tokens {@code [from, to)}; null when none.
     */
    int[] subject(int from, int to) {
        for (int i = from; i < to; i++) {
            if (d.quoteOf[i] >= 0) {
                continue;
            }
            if (Lexicon.PRONOUNS.contains(d.lower[i]) && !d.lower[i].equals("it") && !d.lower[i].equals("you")) {
                return new int[] {i, i + 1};
            }
            if (d.entityOf[i] >= 0) {
                return firstEntity(i, to);
            }
        }
        return null;
    }

    /**
     * Whether token {@code k}, the last of a noun phrase, can end a speaker's name or description: a
     * personal pronoun, part of an entity mention, a capitalised word or a source word ("spokesman",
     * "officials"); not a common noun ("swing states") or a preposition ("secretary of state").
     */
    boolean speakerLike(int k) {
        String w = d.lower[k];
        return Lexicon.PRONOUNS.contains(w) && !w.equals("it") && !w.equals("you") || d.entityOf[k] >= 0
                || d.capitalised(k) || lex.sourceWord(w) != null;
    }

    /** Who the noun phrase of tokens {@code [a, b)} is. */
    Attribution classify(int a, int b) {
        Span mention = new Span(d.tokens.get(a).start(), d.tokens.get(b - 1).end());
        int clause = Anonymity.DEFAULT.startIn(d, a, b);
        if (clause > a) {
            int head = clause - 1;
            if (d.entityOf[head] < 0 && !Lexicon.PRONOUNS.contains(d.lower[head])) {
                return new Attribution(Attribution.Kind.ANONYMOUS, mention, null, -1);
            }
            b = clause; // a named speaker stays named: "John Smith, who asked not to be named"
            mention = new Span(d.tokens.get(a).start(), d.tokens.get(b - 1).end());
        }
        int head = b - 1;
        for (int k = a + 1; k < b; k++) {
            if (PP.contains(d.lower[k])) {
                head = k - 1;
                break;
            }
        }
        String h = d.lower[head];
        if (b - a == 1 && Lexicon.PRONOUNS.contains(h)) {
            return pronoun(h, mention, a);
        }
        SourceWordHit sw = sourceWordIn(a, head);
        int e = d.entityOf[head];
        if (e >= 0 && sw == null) {
            EntityHint hint = d.entities.get(e);
            boolean org = hint.organization() && !hint.person() || ORG_WORDS.contains(h); // "the White House", "the Justice Department"
            return new Attribution(org ? Attribution.Kind.NAMED_ORGANIZATION : Attribution.Kind.NAMED_PERSON,
                    mention, name(e), chainOf(e));
        }
        if (sw != null && sw.kind == Lexicon.SourceWord.VAGUE && head + 2 < b && PP.contains(d.lower[head + 1])) {
            for (int k = head + 2; k < b; k++) {
                int en = d.entityOf[k];
                if (en >= 0 && (d.entities.get(en).organization() || !d.entities.get(en).person())) {
                    // "Analysts at Barclays", "researchers from the University of Leeds": a named institution's people
                    return new Attribution(Attribution.Kind.NAMED_ORGANIZATION, mention, name(en), chainOf(en));
                }
                if (en < 0 && d.capitalised(k) && lex.sourceWord(d.lower[k]) == null) {
                    String name = d.text.substring(d.tokens.get(k).start(), mention.end());
                    return new Attribution(Attribution.Kind.NAMED_ORGANIZATION, mention, name, -1);
                }
            }
        }
        if (sw != null) {
            return switch (sw.kind) {
                case ANONYMOUS -> new Attribution(Attribution.Kind.ANONYMOUS, mention, null, -1);
                case VAGUE -> new Attribution(Attribution.Kind.VAGUE, mention, null, -1);
                case TITLE -> title(sw.word, mention, a);
            };
        }
        if (d.capitalised(head)) {
            boolean org = false;
            for (int k = a; k < b; k++) {
                org |= ORG_WORDS.contains(d.lower[k]);
            }
            int start = Lexicon.DETERMINERS.contains(d.lower[a]) && a + 1 < b ? a + 1 : a;
            String name = d.text.substring(d.tokens.get(start).start(), mention.end());
            return new Attribution(org ? Attribution.Kind.NAMED_ORGANIZATION : Attribution.Kind.NAMED_PERSON,
                    mention, name, -1);
        }
        return new Attribution(Attribution.Kind.TITLE_ONLY, mention, null, -1);
    }

    /** {@code a} with its mention widened to tokens {@code [from, to)} ("Smith, a Democrat from Ohio"). */
    Attribution withMention(Attribution a, int from, int to) {
        Span mention = new Span(d.tokens.get(from).start(), d.tokens.get(to - 1).end());
        return new Attribution(a.kind(), mention, a.name(), a.chain());
    }

    private record SourceWordHit(String word, Lexicon.SourceWord kind) {
    }

    /** The source word heading the phrase: the head itself, or a title right before a name. */
    private SourceWordHit sourceWordIn(int a, int head) {
        Lexicon.SourceWord k = lex.sourceWord(d.lower[head]);
        if (k != null && !d.capitalised(head) || k != null && d.entityOf[head] < 0) {
            return new SourceWordHit(d.lower[head], k);
        }
        return null;
    }

    private Attribution pronoun(String p, Span mention, int at) {
        boolean person = Lexicon.PERSON_PRONOUNS.contains(p);
        boolean group = p.equals("they") || p.equals("we");
        if (person || group) {
            int floor = person ? 0 : Math.max(0, at - 80);
            for (int i = at - 1; i >= floor; i--) {
                int e = d.entityOf[i];
                if (e < 0 || d.quoteOf[i] >= 0) {
                    continue;
                }
                EntityHint hint = d.entities.get(e);
                if (person && hint.person() && !genderFits(p, e)) {
                    continue;
                }
                if (person ? hint.person() : hint.organization()) {
                    return new Attribution(Attribution.Kind.PRONOUN_RESOLVED, mention, name(e), chainOf(e));
                }
            }
        }
        return new Attribution(Attribution.Kind.PRONOUN_UNRESOLVED, mention, null, -1);
    }

    private static final Set<String> MALE_TITLES = Set.of("mr.", "mr", "sir", "king", "prince", "father");
    private static final Set<String> FEMALE_TITLES = Set.of("ms.", "ms", "mrs.", "mrs", "miss", "madam", "queen",
            "princess", "lady", "sister");
    private static final Set<String> FEMALE_NAMES = Set.of("hillary", "nancy", "elizabeth", "sarah", "michelle", "melania",
            "ivanka", "kellyanne", "susan", "mary", "maria", "jennifer", "jessica", "karen", "lisa", "barbara",
            "patricia", "linda", "margaret", "angela", "theresa", "huma", "chelsea", "carly", "nikki", "kirsten",
            "amy", "kamala", "tulsi", "debbie", "donna", "cheryl", "hope", "megyn", "condoleezza", "madeleine",
            "samantha", "janet", "loretta", "sheila", "marine", "jill", "heidi", "claire", "dianne", "diane",
            "kelly", "laura", "anne", "ann", "julia", "emily", "rachel", "rebecca", "katie", "kate", "catherine",
            "christine", "jane", "joan", "ruth", "sonia", "elena", "betsy", "gretchen", "tammy", "jeanne", "marsha");
    private static final Set<String> MALE_NAMES = Set.of("donald", "barack", "bernie", "ted", "marco", "jeb", "john", "joe",
            "mike", "michael", "paul", "chris", "ben", "bill", "george", "james", "robert", "david", "richard",
            "mitt", "rand", "tim", "martin", "vladimir", "mitch", "harry", "rudy", "newt", "scott", "lindsey",
            "steve", "stephen", "jim", "tom", "thomas", "mark", "peter", "william", "charles", "jeff", "eric",
            "kevin", "jason", "brian", "daniel", "matt", "andrew", "josh", "reince", "corey", "sean", "rick");

    /**
     * Whether person mention {@code e} may be "he" or "she": unknown gender fits both; gender comes
     * from Mr./Ms./Mrs. before a mention of the same person and from common first names.
     */
    private boolean genderFits(String pronoun, int e) {
        int g = gender(e);
        return g == 0 || (g > 0) == pronoun.equals("he");
    }

    /** 1 male, -1 female, 0 unknown, for entity mention {@code e} and the mentions sharing its last word or chain. */
    private int gender(int e) {
        EntityHint h = d.entities.get(e);
        String last = lastWord(h.span().in(d.text));
        for (int k = 0; k < d.entities.size(); k++) {
            EntityHint o = d.entities.get(k);
            String t = o.span().in(d.text);
            if (!o.person() || !(k == e || h.chain() >= 0 && o.chain() == h.chain() || lastWord(t).equals(last))) {
                continue;
            }
            int first = d.tokenAtOrAfter(o.span().start());
            String before = first > 0 ? d.lower[first - 1] : "";
            String firstWord = t.split("[\\s.]+")[0].toLowerCase(java.util.Locale.ROOT);
            if (MALE_TITLES.contains(before) || MALE_TITLES.contains(firstWord + ".") || MALE_NAMES.contains(firstWord)) {
                return 1;
            }
            if (FEMALE_TITLES.contains(before) || FEMALE_TITLES.contains(firstWord + ".") || FEMALE_NAMES.contains(firstWord)) {
                return -1;
            }
        }
        return 0;
    }

    private static String lastWord(String t) {
        int i = t.lastIndexOf(' ');
        return i < 0 ? t : t.substring(i + 1);
    }

    private Attribution title(String word, Span mention, int at) {
        String first = d.lower[d.tokenAtOrAfter(mention.start())];
        boolean definite = !first.equals("a") && !first.equals("an") && !first.equals("one");
        if (definite) {
            for (int i = at - 1; i >= 0; i--) {
                if (!d.lower[i].equals(word) || d.quoteOf[i] >= 0) {
                    continue;
                }
                for (int k = Math.max(0, i - 6); k < Math.min(d.size(), i + 6); k++) {
                    int e = d.entityOf[k];
                    if (e >= 0 && d.entities.get(e).person() && d.sentenceOf[k] == d.sentenceOf[i]) {
                        return new Attribution(Attribution.Kind.TITLE_RESOLVED, mention, name(e), chainOf(e));
                    }
                }
            }
        }
        return new Attribution(Attribution.Kind.TITLE_ONLY, mention, null, -1);
    }

    private int chainOf(int e) {
        return d.entities.get(e).chain();
    }

    /** The fullest name of entity mention {@code e}: its chain's longest mention, or an earlier one ending in the same word. */
    String name(int e) {
        EntityHint h = d.entities.get(e);
        String own = h.span().in(d.text);
        if (h.chain() >= 0) {
            return chainNames.getOrDefault(h.chain(), own);
        }
        if (h.person() && own.indexOf(' ') < 0) {
            for (int k = e - 1; k >= 0; k--) {
                EntityHint o = d.entities.get(k);
                String t = o.span().in(d.text);
                if (o.person() && t.endsWith(" " + own)) {
                    return t;
                }
            }
        }
        return own;
    }
}
