package org.credence.language.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the extractor uses: reporting verbs by inflected form (with lemma and class) and
 * source head words (titles, anonymous and vague sources), loaded once from the classpath
 * ({@code cue-verbs.tsv}, {@code source-words.tsv}), plus small closed classes written here.
 */
final class Lexicon {

    /** What a reporting verb reports. */
    enum CueClass { SPEECH, WRITE, MENTAL }

    /** A reporting verb form. */
    record Cue(String lemma, CueClass cueClass) {
    }

    /** How a head word gives a source. */
    enum SourceWord { TITLE, ANONYMOUS, VAGUE }

    static final Lexicon DEFAULT = load();

    final Map<String, Cue> cues;
    final Map<String, SourceWord> sourceWords;

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
            "our", "my", "one", "another", "two", "three", "several", "some", "many", "most",
            "other", "both", "senior", "former", "top");
    /** Words that may stand between a subject and its reporting verb ("Smith also said"). */
    static final Set<String> BETWEEN = Set.of("has", "have", "had", "will", "would", "also", "later", "previously", "again",
            "reportedly", "repeatedly", "then", "once", "often", "recently", "publicly",
            "privately", "earlier", "quickly", "simply", "flatly", "may", "might", "could",
            "should", "is", "was", "were", "are", "did", "does", "do", "not", "never",
            "still", "further", "even", "first", "frequently", "last", "angrily", "told",
            "famously", "bluntly", "just", "already", "always", "openly",
            "n't", "n’t", "ca", "wo"); // "does n't", "ca n't", "wo n't": the tokenizer splits the negation
    /** Words that end a noun phrase read leftwards from a verb. */
    static final Set<String> STOP = Set.of("and", "or", "but", "because", "as", "if", "when", "while", "since", "after",
            "before", "that", "which", "who", "whom", "what", "where", "how", "why", "to",
            "in", "on", "at", "by", "with", "from", "into", "than", "so", "not", "is", "was",
            "are", "were", "be", "been", "has", "have", "had", "will", "would", "also", "of",
            "for", "about", "said", "says", "say", "told", "there", "here", "then", "now",
            "yet");
    /** Time and manner words that may follow a cue before the reported clause. */
    static final Set<String> AFTER_CUE_PREPS = Set.of("on", "in", "at", "during", "last", "this", "late", "early", "earlier", "later",
            "recently", "yesterday", "today", "tuesday", "monday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "repeatedly", "again", "also", "privately",
            "publicly", "flatly", "bluntly", "before", "after", "afterward", "afterwards",
            "via", "through", "under", "when", "while", "with", "over", "to");
    /** Quantifiers that make a vague subject on their own ("many", "some say"). */
    static final Set<String> VAGUE_QUANTIFIERS = Set.of("many", "some", "most", "several", "few", "others", "both");
    /** Plural verb forms that report a view after a vague quantifier ("many see", "some believe"), never a noun there. */
    static final Set<String> HEDGE_VERBS = Set.of("say", "see", "believe", "think", "argue", "fear", "suspect", "contend",
            "feel", "suggest", "worry", "expect", "insist", "claim", "warn", "predict", "speculate", "assume");
    /** Words that may follow the frame of a direct quote ("“…,” Smith said by phone / as she left / from his office"). */
    static final Set<String> AFTER_FRAME = Set.of("of", "by", "from", "as", "without", "about", "back", "out", "shortly",
            "jan.", "feb.", "march", "april", "may", "june", "july", "aug.", "sept.", "oct.", "nov.", "dec.",
            "outside", "inside", "afterward", "then", "onstage", "now", "because");
    /** Verbs whose object (the hearer) comes before the reported clause. */
    static final Set<String> HEARER_VERBS = Set.of("tell", "inform", "remind", "assure", "reassure", "warn", "advise", "ask",
            "urge", "promise", "accuse");
    /** Words after a cue that show it does not introduce a clause ("said nothing"). */
    static final Set<String> NOT_CLAUSE = Set.of("nothing", "something", "anything", "so", "yes", "no", "goodbye", "hello",
            "thanks", "of", "for", "about", "by", "much", "little", "more", "enough", "and",
            "or", "but", "as", "than", "up", "out", "down", "off", "away", "back", "into");

    /**
     * Verbs that frame a direct quote right beside it ("“…,” he continued.") but are too loose to
     * report a clause on their own ("continued to rise"): form to lemma.
     */
    static final Map<String, String> FRAME_ONLY = Map.ofEntries(
            Map.entry("continued", "continue"), Map.entry("continues", "continue"), Map.entry("continuing", "continue"),
            Map.entry("quipped", "quip"), Map.entry("quips", "quip"), Map.entry("laughed", "laugh"),
            Map.entry("mocked", "mock"), Map.entry("mocks", "mock"), Map.entry("cracked", "crack"),
            Map.entry("chanted", "chant"), Map.entry("snapped", "snap"), Map.entry("scoffed", "scoff"),
            Map.entry("mused", "muse"), Map.entry("observed", "observe"), Map.entry("offered", "offer"),
            Map.entry("retorted", "retort"), Map.entry("interjected", "interject"), Map.entry("reasoned", "reason"),
            Map.entry("began", "begin"), Map.entry("begins", "begin"), Map.entry("cautioned", "caution"),
            Map.entry("recounted", "recount"), Map.entry("wondered", "wonder"), Map.entry("exclaimed", "exclaim"),
            Map.entry("reads", "read"), Map.entry("read", "read"), Map.entry("says", "say"),
            Map.entry("barked", "bark"), Map.entry("fumed", "fume"), Map.entry("reacted", "react"),
            Map.entry("remembered", "remember"), Map.entry("echoed", "echo"), Map.entry("pointed", "point"),
            Map.entry("shot", "shoot"), Map.entry("sang", "sing"), Map.entry("sings", "sing"),
            Map.entry("demanded", "demand"), Map.entry("demands", "demand"), Map.entry("yells", "yell"),
            Map.entry("surmised", "surmise"), Map.entry("exhorted", "exhort"), Map.entry("screamed", "scream"),
            Map.entry("screams", "scream"), Map.entry("cried", "cry"), Map.entry("sighed", "sigh"),
            Map.entry("gushed", "gush"), Map.entry("marveled", "marvel"), Map.entry("marvelled", "marvel"),
            Map.entry("pleaded", "plead"), Map.entry("intoned", "intone"), Map.entry("groaned", "groan"),
            Map.entry("grumbled", "grumble"), Map.entry("chimed", "chime"), Map.entry("lamented", "lament"),
            Map.entry("sniped", "snipe"));

    private Lexicon(Map<String, Cue> cues, Map<String, SourceWord> sourceWords) {
        this.cues = Map.copyOf(cues);
        this.sourceWords = Map.copyOf(sourceWords);
    }

    /** The reporting verb a lower-cased word form is, or null. */
    Cue cue(String lower) {
        return cues.get(lower);
    }

    SourceWord sourceWord(String lower) {
        return sourceWords.get(lower);
    }

    private static Lexicon load() {
        Map<String, Cue> cues = new HashMap<>();
        for (String[] f : rows("cue-verbs.tsv", 3)) {
            Cue cue = new Cue(f[0], CueClass.valueOf(f[1]));
            for (String form : f[2].split(",")) {
                cues.put(form.trim().toLowerCase(Locale.ROOT), cue);
            }
        }
        Map<String, SourceWord> words = new HashMap<>();
        for (String[] f : rows("source-words.tsv", 2)) {
            SourceWord kind = SourceWord.valueOf(f[0]);
            for (String w : f[1].split(",")) {
                words.putIfAbsent(w.trim().toLowerCase(Locale.ROOT), kind);
            }
        }
        return new Lexicon(cues, words);
    }

    private static List<String[]> rows(String name, int fields) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                String[] f = l.split("\t");
                if (f.length != fields) {
                    throw new IllegalStateException(name + ": expected " + fields + " fields: " + l);
                }
                return f;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
