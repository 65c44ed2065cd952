package org.credence.signals.sloppiness;

import org.credence.language.words.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.signals.ArticleView;

/**
 * Finds misspelled words in an article's headline and English body sentences, favouring
 * precision: a word is reported only when it is clearly an ordinary word typed wrong.
 *
 * <p>A word token is a misspelling when all of these hold:
 * <ul>
 *   <li>it is lower case, or capitalised as the first word of its sentence (a capitalised word
 *       inside a sentence is taken for a name; ALL CAPS and mixed case such as iPhone are left
 *       alone);</li>
 *   <li>it lies in no named entity, no foreign run and no quotation (quoted words may reproduce
 *       the speaker's or the post's own spelling, which is not the outlet's sloppiness);</li>
 *   <li>it is no abbreviation (no inner period, not followed by a period inside its sentence),
 *       has no digits, {@code &} or letters outside a–z, and has at least
 *       {@value #MIN_LETTERS} letters;</li>
 *   <li>it is in no case form in the word list (US and UK spellings are both there), neither
 *       is it once a clitic or possessive ({@code 's}, {@code n't}, {@code 'll}, ...) is taken
 *       off, nor a known prefix ({@code re-}, {@code non-}, {@code cyber-}) plus a word, nor two
 *       words of three letters or more run together (closed compounds such as
 *       {@code livestream}); in a hyphenated word each part is judged alone;</li>
 *   <li>the {@link Suggester} finds a word within edit distance 1 (2 for long words): a word
 *       with no near neighbour is more likely a term the list lacks than a typo;</li>
 *   <li>it occurs fewer than {@value #REPEAT_LIMIT} times in the article (a repeated unknown
 *       word is a name or a term of the story, not a slip of the keyboard).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class SpellingChecker {

    /** Fewest letters a reported word has. */
    public static final int MIN_LETTERS = 3;
    /** Corpus count from which a word is common enough to build compounds and derived forms. */
    public static final int COMMON = 20;
    /**
     * Corpus count from which a one-edit correction outweighs a reading of the word as made of
     * known parts: {@code cofirmed} is confirmed typed wrong, not co + firmed.
     */
    public static final int OVERRIDE = 100;
    /** Fewest letters of a reported sentence-initial capitalised word (shorter ones are mostly names). */
    public static final int MIN_INITIAL = 6;
    /** Words shorter than this are reported only when their correction is a common word. */
    public static final int SHORT = 5;
    /** How common (GMB count) the correction of a short word must be. */
    public static final int SHORT_COUNT = 30;
    /** An unknown word seen this many times in the article is taken for a term, not a typo. */
    public static final int REPEAT_LIMIT = 3;

    /** Prefixes that attach to any word, with or without a hyphen. */
    private static final Set<String> PREFIXES = Set.of("re", "un", "non", "pre", "post", "anti", "over", "under",
            "counter", "cyber", "mega", "micro", "multi", "inter", "intra", "super", "sub", "semi", "co", "de",
            "dis", "mis", "out", "self", "ultra", "mini", "neo", "pro", "bio", "eco", "geo", "tele", "trans",
            "hyper", "mid", "extra", "ex", "euro", "socio", "pseudo", "quasi", "cross", "far", "tri",
            "bi", "mono", "poly", "auto", "photo", "petro", "narco", "agro", "crypto", "nano", "deep");
    private static final String[] CLITICS = {"'s", "'d", "'ll", "'re", "'ve", "'m", "n't"};

    /** One misspelled word and its probable correction. */
    public record Misspelling(Span span, String word, String suggestion, int distance) {
    }

    /**
     * What a check found.
     *
     * @param errors  the misspellings, in text order
     * @param words   word tokens in the checked parts (headline and English body)
     * @param unknown checked words not in the list and with no near correction (not reported)
     */
    public record Check(List<Misspelling> errors, int words, int unknown) {
        public Check {
            errors = List.copyOf(errors);
        }
    }

    private final WordList list;
    private final Suggester suggester;

    public SpellingChecker(WordList list) {
        this.list = list;
        this.suggester = new Suggester(list);
    }

    /** The checker over the shipped word list. */
    public static SpellingChecker standard() {
        return Holder.STANDARD;
    }

    public WordList words() {
        return list;
    }

    /** Whether any token of {@code span} lies in a quotation, as this checker sees quotations. */
    public static boolean inQuotation(Document doc, Span span) {
        TokenMarks m = TokenMarks.of(doc);
        List<Token> tokens = doc.language().tokens();
        for (int i = TokenMarks.first(tokens, span.start()); i < tokens.size() && tokens.get(i).start() < span.end(); i++) {
            if (m.quoted(i)) {
                return true;
            }
        }
        return false;
    }

    /** Checks the headline and the English body sentences of {@code view}'s document. */
    public Check check(ArticleView view) {
        Document doc = view.document();
        String text = doc.text();
        List<Token> tokens = doc.language().tokens();
        TokenMarks marks = TokenMarks.of(doc);
        Run run = new Run(text, tokens, marks);
        view.headline().ifPresent(h -> run.region(TokenMarks.first(tokens, h.start()),
                TokenMarks.first(tokens, h.end())));
        for (Sentence s : view.bodySentences()) {
            run.region(s.firstToken(), s.endToken());
        }
        return new Check(run.errors, run.words, run.unknown);
    }

    /**
     * Whether {@code lower} (lower case) is a known word in some form: in the list in some case,
     * or (five letters or more) a name or acronym written lower case, or a prefix and a solid
     * word ({@code reelect}), or two solid words of four letters or more run together
     * ({@code lockdown}), or a solid word with a derivational ending ({@code cultish}). Solid
     * words are long or common ({@link #solid}), so that a typo which happens to split into
     * short rare words ({@code hypebole} = hype + bole) is still caught.
     */
    boolean known(String lower) {
        return listed(lower) || formed(lower);
    }

    /** In the list as is, or (five letters or more) as a name or acronym written lower case. */
    boolean listed(String lower) {
        return list.contains(lower) || (lower.length() >= 5
                && (list.contains(capitalised(lower)) || list.contains(lower.toUpperCase(Locale.ROOT))));
    }

    /** Made of known parts: prefix + word, word + word, word + ending (see {@link #known}). */
    boolean formed(String lower) {
        for (int i = 2; i <= lower.length() - 4 && i <= 7; i++) {
            if (PREFIXES.contains(lower.substring(0, i)) && solid(lower.substring(i))) {
                return true;
            }
        }
        for (int i = 4; i <= lower.length() - 4; i++) {
            if (solid(lower.substring(0, i)) && solid(lower.substring(i))) {
                return true;
            }
        }
        return derived(lower);
    }

    /**
     * A word safe to build on: in the list with five letters or more, or seen at least
     * {@value #COMMON} times in the corpus. Short rare words are left out because a typo often
     * splits into them (weelend = wee + lend).
     */
    private boolean solid(String w) {
        int c = list.count(w);
        return c >= COMMON || (c >= 0 && w.length() >= 5);
    }

    /** One pass over the document's regions. */
    private final class Run {
        final String text;
        final List<Token> tokens;
        final TokenMarks marks;
        final List<Misspelling> errors = new ArrayList<>();
        int words;
        int unknown;
        Map<String, Integer> occurrences;

        Run(String text, List<Token> tokens, TokenMarks marks) {
            this.text = text;
            this.tokens = tokens;
            this.marks = marks;
        }

        void region(int from, int to) {
            boolean initial = true;
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if (t.kind() != Token.Kind.WORD) {
                    initial = initial && t.kind() == Token.Kind.PUNCT && isOpening(t.text(text));
                    continue;
                }
                words++;
                boolean first = initial;
                initial = false;
                if (marks.skip(i) || abbreviation(i, to) || brokenHyphenation(i)) {
                    continue;
                }
                String form = t.text(text);
                int start = t.start();
                if (form.indexOf('-') < 0 && form.indexOf('\u2010') < 0) {
                    word(form, start, first, false);
                    continue;
                }
                String joined = form.replace("-", "").replace("\u2010", "");
                if (list.contains(joined) || list.contains(joined.toLowerCase(Locale.ROOT))) {
                    continue; // co-ordinator, e-mail
                }
                int part = 0;
                for (int a = 0; a <= form.length(); a++) {
                    if (a == form.length() || form.charAt(a) == '-' || form.charAt(a) == '\u2010') {
                        if (a > part) {
                            word(form.substring(part, a), start + part, first && part == 0, true);
                        }
                        part = a + 1;
                    }
                }
            }
        }

        /**
         * Whether token {@code i} is half of a word broken by a left-over line-end hyphen
         * ({@code inter- rupted}, {@code entrepre- neurs}): joined with its neighbour across the
         * hyphen it makes a known word.
         */
        private boolean brokenHyphenation(int i) {
            if (i + 2 < tokens.size() && isHyphen(i + 1) && tokens.get(i + 1).start() == tokens.get(i).end()
                    && tokens.get(i + 2).kind() == Token.Kind.WORD
                    && knownJoined(tokens.get(i).text(text) + tokens.get(i + 2).text(text))) {
                return true;
            }
            return i >= 2 && isHyphen(i - 1) && tokens.get(i - 1).start() == tokens.get(i - 2).end()
                    && tokens.get(i - 2).kind() == Token.Kind.WORD
                    && knownJoined(tokens.get(i - 2).text(text) + tokens.get(i).text(text));
        }

        private boolean isHyphen(int i) {
            String p = tokens.get(i).text(text);
            return tokens.get(i).kind() == Token.Kind.PUNCT && (p.equals("-") || p.equals("\u2010") || p.equals("\u00AD"));
        }

        private boolean knownJoined(String joined) {
            String l = stripClitic(joined.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            return list.contains(l) || known(l);
        }

        private boolean abbreviation(int i, int end) {
            if (i + 1 >= end) {
                return false;
            }
            Token next = tokens.get(i + 1);
            return next.start() == tokens.get(i).end() && next.kind() == Token.Kind.PUNCT
                    && next.text(text).equals(".") && i + 2 < end;
        }

        private void word(String form, int start, boolean sentenceInitial, boolean part) {
            String w = form.replace('\u2019', '\'');
            if (part && PREFIXES.contains(w.toLowerCase(Locale.ROOT))) {
                return;
            }
            if (w.indexOf('.') >= 0 || w.indexOf('&') >= 0) {
                return;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            boolean isLower = w.equals(lower);
            boolean isCapitalised = !isLower && w.equals(capitalised(lower));
            if (!isLower && !(isCapitalised && sentenceInitial)) {
                return;
            }
            if (list.contains(w) || list.contains(lower)) {
                return;
            }
            String stem = stripClitic(lower);
            if (stem.indexOf('\'') >= 0 || stem.length() < MIN_LETTERS || !WordList.isLowerAscii(stem)) {
                return;
            }
            if (listed(stem) || (isCapitalised && stem.length() < MIN_INITIAL)) {
                return;
            }
            if (occurrences(lower) >= REPEAT_LIMIT) {
                unknown++;
                return;
            }
            Optional<Suggester.Suggestion> s = suggester.suggest(stem);
            boolean likelyTypo = s.isPresent() && s.get().distance() == 1 && list.count(s.get().word()) >= OVERRIDE;
            if (formed(stem) && !likelyTypo) {
                return;
            }
            if (s.isEmpty() || (stem.length() < SHORT && list.count(s.get().word()) < SHORT_COUNT)) {
                unknown++;
                return;
            }
            int end = start + stem.length();
            Span span = new Span(start, end);
            String suggestion = isCapitalised ? capitalised(s.get().word()) : s.get().word();
            errors.add(new Misspelling(span, span.in(text), suggestion, s.get().distance()));
        }

        private int occurrences(String lower) {
            if (occurrences == null) {
                occurrences = new HashMap<>();
                for (Token t : tokens) {
                    if (t.kind() == Token.Kind.WORD) {
                        occurrences.merge(t.text(text).toLowerCase(Locale.ROOT).replace('\u2019', '\''), 1, Integer::sum);
                    }
                }
            }
            return occurrences.getOrDefault(lower, 0);
        }
    }

    /** Endings a dictionary may lack on a word it has (leaners, cultish, progressivism); plurals apart. */
    private static final String[] ENDINGS = {"ed", "ing", "er", "ers", "or", "ors", "ly", "ness",
        "ish", "ist", "ists", "ism", "isms", "al", "ally", "ize", "ized", "izes", "izing", "ise", "ised", "ises",
        "ising", "ization", "isation", "ity", "ities", "able", "ful", "less", "ment", "ments", "ship", "dom", "wise",
        "like", "ian", "ians", "ic", "ical", "ive", "ation", "ations"};

    /**
     * Whether {@code lower} is a common word of four letters or more with an ending the
     * dictionary lacks on it: a derived form, not a typo. The base may have lost a final e
     * (progressive/progressivism), changed y to i (ally/allies) or doubled its last consonant.
     */
    boolean derived(String lower) {
        for (String e : ENDINGS) {
            int b = lower.length() - e.length();
            if (b < 3 || !lower.endsWith(e)) {
                continue;
            }
            String base = lower.substring(0, b);
            if (base.endsWith("s") || base.endsWith("ed") || base.endsWith("ing")) {
                continue; // no ending on an inflected form (asses + ment)
            }
            if (b >= 4 && (solid(base) || solid(base + "e")
                    || (base.endsWith("i") && solid(base.substring(0, b - 1) + "y"))
                    || (base.charAt(b - 1) == base.charAt(b - 2) && solid(base.substring(0, b - 1))))) {
                return true;
            }
        }
        // a plural the list lacks (abnormals, legislations), on a base that is no inflected form itself
        if (lower.endsWith("s") && lower.length() >= 6) {
            String base = lower.substring(0, lower.length() - 1);
            return list.contains(base) && !base.endsWith("s") && !base.endsWith("ed") && !base.endsWith("ing");
        }
        return false;
    }

    static String stripClitic(String lower) {
        for (String c : CLITICS) {
            if (lower.endsWith(c) && lower.length() > c.length() + 1) {
                return lower.substring(0, lower.length() - c.length());
            }
        }
        if (lower.endsWith("'") && lower.length() > 2) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    static String capitalised(String lower) {
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static boolean isOpening(String p) {
        return p.equals("\"") || p.equals("\u201C") || p.equals("(") || p.equals("[") || p.equals("'")
                || p.equals("\u2018") || p.equals("\u2014") || p.equals("-") || p.equals("\u2013");
    }

    private static final class Holder {
        static final SpellingChecker STANDARD = new SpellingChecker(WordList.standard());
    }
}
