package org.credence.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Entity;
import org.credence.model.Quote;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.signals.ArticleView;

/**
 * Style features of an article after Horne and Adali (2017, "This just in: fake news packs a lot
 * in title, uses simpler, repetitive content in text body"): the title's length, capitals, proper
 * nouns and punctuation; the body's length, word and sentence length, lexical diversity, stop
 * words, proper nouns, quotation, pronouns, punctuation and capitals.
 *
 * <p>Each feature has a stable name ({@code style:...}), a value and, where the feature counts
 * things in the text (exclamation marks, all-capital words, pronouns), up to
 * {@value #MAX_SPANS} spans of them as evidence; features of the whole text (lexical diversity,
 * mean sentence length) have none. Words are {@link Token.Kind#WORD} tokens; the body is
 * {@link ArticleView#bodySentences()}. Linear in the article's tokens.
 */
public final class StyleFeatures {

    /** Most evidence spans kept per feature. */
    public static final int MAX_SPANS = 3;

    /** Window of the moving-average type-token ratio. */
    static final int MATTR_WINDOW = 50;

    /** What each feature means, for reasons in reports; keyed by name. */
    static final Map<String, String> DESCRIPTIONS = descriptions();

    static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
            "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if",
            "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor",
            "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
            "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
            "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
            "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
            "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our",
            "ours", "ourselves", "i'm", "i've", "we're", "we've", "i'd", "we'd", "i'll", "we'll");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "yourselves",
            "you're", "you've", "you'll", "you'd");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "nobody", "none",
            "neither", "nor", "cannot");

    private final Map<String, Double> values;
    private final Map<String, List<Span>> spans;

    private StyleFeatures(Map<String, Double> values, Map<String, List<Span>> spans) {
        this.values = values;
        this.spans = spans;
    }

    /** Feature values by name; every name of {@link #DESCRIPTIONS} is present. */
    public Map<String, Double> values() {
        return values;
    }

    /** Evidence spans of a feature (empty for whole-text features). */
    public List<Span> spans(String name) {
        return spans.getOrDefault(name, List.of());
    }

    /** The style features of an analysed article (structure, tokens, sentences, entities, quotes). */
    public static StyleFeatures of(ArticleView view) {
        Document doc = view.document();
        String text = doc.text();
        Map<String, Double> v = new LinkedHashMap<>();
        Map<String, List<Span>> sp = new HashMap<>();
        List<Token> tokens = doc.language().tokens();
        List<Entity> entities = doc.language().entities();

        // Title.
        Span head = view.headline().orElse(null);
        int tWords = 0;
        int tCap = 0;
        int tCaps = 0;
        int tProper = 0;
        int tStop = 0;
        int tChars = 0;
        int tExcl = 0;
        int tQuest = 0;
        boolean tNumberFirst = false;
        if (head != null) {
            int first = firstTokenAt(tokens, head.start());
            boolean firstToken = true;
            for (int i = first; i < tokens.size() && tokens.get(i).start() < head.end(); i++) {
                Token t = tokens.get(i);
                String w = t.span().in(text);
                if (firstToken && t.kind() == Token.Kind.NUMBER) {
                    tNumberFirst = true;
                }
                if (t.kind() == Token.Kind.WORD) {
                    tWords++;
                    tChars += w.length();
                    if (!firstToken && Character.isUpperCase(w.charAt(0))) {
                        tCap++;
                    }
                    if (allCaps(w)) {
                        tCaps++;
                        add(sp, "style:title-all-caps", t.span());
                    }
                    if (inEntity(entities, t.span())) {
                        tProper++;
                    }
                    if (STOP.contains(w.toLowerCase(Locale.ROOT))) {
                        tStop++;
                    }
                } else if (t.kind() == Token.Kind.PUNCT) {
                    if (w.indexOf('!') >= 0) {
                        tExcl++;
                        add(sp, "style:title-exclamation", t.span());
                    }
                    if (w.indexOf('?') >= 0) {
                        tQuest++;
                        add(sp, "style:title-question", t.span());
                    }
                }
                firstToken = false;
            }
            if (tWords > 0) {
                add(sp, "style:title-words", head);
                add(sp, "style:title-capitalised", head);
                add(sp, "style:title-proper-nouns", head);
            }
        }
        v.put("style:title-missing", head == null || tWords == 0 ? 1.0 : 0.0);
        v.put("style:title-words", (double) tWords);
        v.put("style:title-word-length", tWords == 0 ? 0 : (double) tChars / tWords);
        v.put("style:title-capitalised", tWords <= 1 ? 0 : (double) tCap / (tWords - 1));
        v.put("style:title-all-caps", (double) tCaps);
        v.put("style:title-proper-nouns", tWords == 0 ? 0 : (double) tProper / tWords);
        v.put("style:title-stop-words", tWords == 0 ? 0 : (double) tStop / tWords);
        v.put("style:title-exclamation", (double) tExcl);
        v.put("style:title-question", (double) tQuest);
        v.put("style:title-number-first", tNumberFirst ? 1.0 : 0.0);

        // Body.
        List<Sentence> body = view.bodySentences();
        List<Span> quoted = new ArrayList<>();
        int quotes = 0;
        for (Quote q : doc.language().quotes()) {
            quoted.addAll(q.verbatim());
            if (!body.isEmpty() && q.content().start() >= body.get(0).span().start()) {
                quotes++;
            }
        }
        quoted.sort(null);
        int words = 0;
        int chars = 0;
        int stop = 0;
        int proper = 0;
        int inQuotes = 0;
        int first = 0;
        int second = 0;
        int negations = 0;
        int caps = 0;
        int numbers = 0;
        int excl = 0;
        int quest = 0;
        int[] window = new int[MATTR_WINDOW];
        Map<String, Integer> ids = new HashMap<>();
        int[] inWindow = new int[64];
        int distinct = 0;
        double ttrSum = 0;
        int ttrCount = 0;
        int ei = 0;
        int qi = 0;
        for (Sentence s : body) {
            for (Token t : view.tokens(s)) {
                String w = t.span().in(text);
                if (t.kind() == Token.Kind.NUMBER) {
                    numbers++;
                    continue;
                }
                if (t.kind() == Token.Kind.PUNCT) {
                    if (w.indexOf('!') >= 0) {
                        excl++;
                        add(sp, "style:exclamations", t.span());
                    }
                    if (w.indexOf('?') >= 0) {
                        quest++;
                        add(sp, "style:questions", t.span());
                    }
                    continue;
                }
                if (t.kind() != Token.Kind.WORD) {
                    continue;
                }
                words++;
                chars += w.length();
                String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
                if (STOP.contains(lower)) {
                    stop++;
                }
                while (ei < entities.size() && entities.get(ei).span().end() <= t.start()) {
                    ei++;
                }
                if (ei < entities.size() && entities.get(ei).span().contains(t.span())) {
                    proper++;
                }
                while (qi < quoted.size() && quoted.get(qi).end() <= t.start()) {
                    qi++;
                }
                boolean isQuoted = qi < quoted.size() && quoted.get(qi).contains(t.span());
                if (isQuoted) {
                    inQuotes++;
                }
                if (FIRST_PERSON.contains(lower) && !isQuoted) {
                    first++;
                    add(sp, "style:first-person", t.span());
                }
                if (SECOND_PERSON.contains(lower) && !isQuoted) {
                    second++;
                    add(sp, "style:second-person", t.span());
                }
                if (NEGATIONS.contains(lower) || lower.endsWith("n't")) {
                    negations++;
                }
                if (allCaps(w)) {
                    caps++;
                    add(sp, "style:all-caps", t.span());
                }
                int id = ids.computeIfAbsent(lower, x -> ids.size());
                if (id == inWindow.length) {
                    inWindow = java.util.Arrays.copyOf(inWindow, id * 2);
                }
                int slot = (words - 1) % MATTR_WINDOW;
                if (words > MATTR_WINDOW && --inWindow[window[slot]] == 0) {
                    distinct--;
                }
                window[slot] = id;
                if (inWindow[id]++ == 0) {
                    distinct++;
                }
                if (words >= MATTR_WINDOW) {
                    ttrSum += (double) distinct / MATTR_WINDOW;
                    ttrCount++;
                }
            }
        }
        int sentences = body.size();
        double per100 = words == 0 ? 0 : 100.0 / words;
        int chains = 0;
        if (!body.isEmpty()) {
            int bodyStart = body.get(0).span().start();
            java.util.BitSet seen = new java.util.BitSet();
            for (Entity e : entities) {
                if (e.span().start() >= bodyStart && e.chain() >= 0 && !seen.get(e.chain())) {
                    seen.set(e.chain());
                    chains++;
                }
            }
        }
        v.put("style:body-words", Math.log1p(words));
        v.put("style:sentence-length", sentences == 0 ? 0 : (double) words / sentences);
        v.put("style:word-length", words == 0 ? 0 : (double) chars / words);
        v.put("style:lexical-diversity", ttrCount > 0 ? ttrSum / ttrCount : words == 0 ? 0 : (double) distinct / words);
        v.put("style:stop-words", words == 0 ? 0 : (double) stop / words);
        v.put("style:proper-nouns", words == 0 ? 0 : (double) proper / words);
        v.put("style:entities", chains * per100);
        v.put("style:quoted-words", words == 0 ? 0 : (double) inQuotes / words);
        v.put("style:quotes", quotes * per100);
        v.put("style:first-person", first * per100);
        v.put("style:second-person", second * per100);
        v.put("style:negations", negations * per100);
        v.put("style:all-caps", caps * per100);
        v.put("style:numbers", numbers * per100);
        v.put("style:exclamations", sentences == 0 ? 0 : (double) excl / sentences);
        v.put("style:questions", sentences == 0 ? 0 : (double) quest / sentences);
        return new StyleFeatures(v, sp);
    }

    private static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("style:title-missing", "no headline found");
        d.put("style:title-words", "words in the headline");
        d.put("style:title-word-length", "mean word length in the headline (letters)");
        d.put("style:title-capitalised", "share of headline words after the first that start with a capital");
        d.put("style:title-all-caps", "words in capitals in the headline");
        d.put("style:title-proper-nouns", "share of headline words that are names");
        d.put("style:title-stop-words", "share of function words in the headline");
        d.put("style:title-exclamation", "exclamation marks in the headline");
        d.put("style:title-question", "question marks in the headline");
        d.put("style:title-number-first", "headline starts with a number");
        d.put("style:body-words", "length of the body (log of words)");
        d.put("style:sentence-length", "mean words per body sentence");
        d.put("style:word-length", "mean word length in the body (letters)");
        d.put("style:lexical-diversity", "lexical diversity (distinct words per " + MATTR_WINDOW + "-word window)");
        d.put("style:stop-words", "share of function words in the body");
        d.put("style:proper-nouns", "share of body words that are names");
        d.put("style:entities", "distinct people, places and organisations per 100 words");
        d.put("style:quoted-words", "share of body words inside quotation marks");
        d.put("style:quotes", "quotes and reported statements per 100 words");
        d.put("style:first-person", "I / we outside quotes, per 100 words");
        d.put("style:second-person", "you / your outside quotes, per 100 words");
        d.put("style:negations", "negations per 100 words");
        d.put("style:all-caps", "words in capitals per 100 words");
        d.put("style:numbers", "numbers per 100 words");
        d.put("style:exclamations", "exclamation marks per body sentence");
        d.put("style:questions", "question marks per body sentence");
        return java.util.Collections.unmodifiableMap(d);
    }

    /** A word of three or more letters, all of them capitals. */
    static boolean allCaps(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    private static boolean inEntity(List<Entity> entities, Span span) {
        int lo = 0;
        int hi = entities.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span e = entities.get(mid).span();
            if (e.end() <= span.start()) {
                lo = mid + 1;
            } else if (e.start() >= span.end()) {
                hi = mid - 1;
            } else {
                return e.contains(span);
            }
        }
        return false;
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        return Token.firstEndingAfter(tokens, offset);
    }

    private static void add(Map<String, List<Span>> sp, String name, Span s) {
        List<Span> l = sp.computeIfAbsent(name, k -> new ArrayList<>(MAX_SPANS));
        if (l.size() < MAX_SPANS) {
            l.add(s);
        }
    }
}
