package org.credence.signals.clickbait;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.credence.ml.FeatureHashing;
import org.credence.ml.SparseVector;

/**
 * Turns a headline into the hashed sparse vector the clickbait model reads, remembering which
 * tokens each feature came from so that a prediction can be explained word by word.
 *
 * <p>Features, all over the lower-cased {@link HeadlineTokens} (so "YOU WON'T BELIEVE" and
 * "you won't believe" give the same vector):
 * <ul>
 *   <li>{@code u:} word unigrams, {@code b:} bigrams and {@code t:} trigrams, with
 *       {@code <s>} and {@code </s>} at the ends (so "{@code <s> <n>}", a headline that opens
 *       with a count, is one feature);</li>
 *   <li>{@code c:} character n-grams of each word framed as {@code <word>}, of lengths
 *       {@code charMin..charMax}, weighted {@code charWeight};</li>
 *   <li>{@code s:} cues: opens with a count, addresses the reader, a withholding determiner
 *       ("this", "these", "here's"), opens with a question word, a superlative, and the
 *       headline's length in words.</li>
 * </ul>
 * The vector is scaled to unit length. Immutable and thread-safe.
 *
 * @param bits       feature-hashing bits
 * @param trigrams   whether word trigrams are used
 * @param charMin    shortest character n-gram (0 for none)
 * @param charMax    longest character n-gram
 * @param charWeight value of each character n-gram (word features have 1)
 * @param cues       whether the {@code s:} cue features are used
 * @param quotes     whether a quoted run (someone's words, a title) is read as one unit
 *                   {@code <quote>} in the n-grams, its words as {@code q:} unigrams only, left
 *                   out of the character n-grams and cues: quoted words are someone else's, so
 *                   "you" in a quoted remark does not count as the writer addressing the reader
 */
public record HeadlineFeatures(int bits, boolean trigrams, int charMin, int charMax, double charWeight, boolean cues,
                               boolean quotes) {

    /** Second-person words: the headline talks to the reader. */
    static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "you're", "youre", "yourself",
            "yourselves", "you'll", "you've", "you'd", "ya", "u", "y'all");
    /** Determiners and pointers that stand for a subject the headline does not name. */
    static final Set<String> WITHHOLDING = Set.of("this", "these", "here", "here's", "heres", "that's", "what's");
    /** Words that open a question. */
    static final Set<String> QUESTION_OPENERS = Set.of("what", "which", "who", "whom", "why", "how", "can", "could",
            "do", "does", "did", "are", "is", "will", "would", "should", "have", "has", "were", "was", "when", "where");
    /** Superlatives and hyperbole not caught by the "-est" ending. */
    static final Set<String> SUPERLATIVE = Set.of("most", "best", "worst", "ever", "least", "literally", "totally",
            "absolutely", "insanely", "ridiculously", "incredibly", "amazing", "awesome", "epic", "perfect", "perfectly",
            "unbelievable", "unbelievably", "mind-blowing", "shocking", "genius", "adorable");
    /** Words that end in "-est" without being superlatives. */
    static final Set<String> NOT_SUPERLATIVE = Set.of("test", "west", "rest", "nest", "pest", "vest", "zest",
            "jest", "quest", "guest", "chest", "crest", "forest", "interest", "arrest", "protest", "contest", "suggest",
            "request", "harvest", "honest", "modest", "digest", "invest", "conquest", "manifest", "detest", "attest",
            "behest", "bequest", "unrest", "inquest", "priest", "tempest", "midwest", "northwest", "southwest",
            "budapest", "bucharest", "everest", "earnest", "ernest", "latest", "fest", "lest", "biggest-ever");

    /** The model's feature set as shipped. */
    public static HeadlineFeatures standard() {
        return new HeadlineFeatures(20, false, 3, 5, 0.35, true, true);
    }

    public HeadlineFeatures {
        if (charMin < 0 || (charMin > 0 && charMax < charMin) || charWeight < 0) {
            throw new IllegalArgumentException("bad character n-gram range " + charMin + ".." + charMax);
        }
        new FeatureHashing(bits);
    }

    /**
     * A headline as the model sees it.
     *
     * @param tokens the headline's tokens
     * @param vector the unit-length feature vector
     * @param index  per feature occurrence: its hashed index
     * @param value  per occurrence: its value in {@code vector}'s scale
     * @param from   per occurrence: first token it covers, or -1 for a whole-headline feature
     * @param to     per occurrence: one past the last token it covers
     */
    public record Encoded(List<HeadlineTokens.Token> tokens, SparseVector vector, int[] index, float[] value,
                          int[] from, int[] to) {
    }

    /** Encodes {@code headline}. */
    public Encoded encode(String headline) {
        List<HeadlineTokens.Token> tokens = HeadlineTokens.of(headline);
        Occurrences occ = new Occurrences(new FeatureHashing(bits));
        int n = tokens.size();
        String[] forms = new String[n];
        for (int i = 0; i < n; i++) {
            forms[i] = tokens.get(i).form();
        }
        // units for the n-grams: a token, or (with quotes) a whole quoted run read as <quote>
        int[] from = new int[n];
        int[] to = new int[n];
        String[] unit = new String[n];
        int u = 0;
        for (int i = 0; i < n; ) {
            int j = i + 1;
            if (quotes && tokens.get(i).quoted()) {
                while (j < n && tokens.get(j).quoted()) {
                    j++;
                }
                unit[u] = "<quote>";
                for (int q = i; q < j; q++) {
                    if (tokens.get(q).kind() != HeadlineTokens.Kind.MARK) {
                        occ.add("q", forms[q], 1, q, q + 1);
                    }
                }
            } else {
                unit[u] = forms[i];
            }
            from[u] = i;
            to[u] = j;
            u++;
            i = j;
        }
        for (int k = 0; k < u; k++) {
            occ.add("u", unit[k], 1, from[k], to[k]);
        }
        for (int k = 0; k <= u; k++) {
            String a = k == 0 ? "<s>" : unit[k - 1];
            String b = k == u ? "</s>" : unit[k];
            occ.add("b", a + ' ' + b, 1, u == 0 ? 0 : from[Math.max(0, k - 1)], u == 0 ? 0 : to[Math.min(u, k + 1) - 1]);
        }
        if (trigrams) {
            // over <s> u0 … u(m-1) </s>: the trigram at padded position p covers units p-1 .. p+1
            for (int p = 0; p + 2 <= u + 1; p++) {
                int a = Math.max(0, p - 1);
                int b = Math.min(u, p + 2) - 1;
                occ.add("t", padded(unit, u, p) + ' ' + padded(unit, u, p + 1) + ' ' + padded(unit, u, p + 2), 1,
                        from[a], to[b]);
            }
        }
        if (charMin > 0 && charWeight > 0) {
            for (int i = 0; i < n; i++) {
                HeadlineTokens.Token t = tokens.get(i);
                if (t.kind() != HeadlineTokens.Kind.WORD || (quotes && t.quoted())) {
                    continue;
                }
                String framed = "<" + forms[i] + ">";
                for (int len = charMin; len <= charMax; len++) {
                    for (int k = 0; k + len <= framed.length(); k++) {
                        occ.add("c", framed.substring(k, k + len), charWeight, i, i + 1);
                    }
                }
            }
        }
        if (cues) {
            addCues(tokens, forms, quotes, occ);
        }
        return occ.build(tokens);
    }

    private static String padded(String[] unit, int u, int p) {
        return p == 0 ? "<s>" : p > u ? "</s>" : unit[p - 1];
    }

    private static void addCues(List<HeadlineTokens.Token> tokens, String[] forms, boolean quotes, Occurrences occ) {
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (quotes && tokens.get(i).quoted()) {
                break;
            }
            if (tokens.get(i).kind() != HeadlineTokens.Kind.MARK) {
                first = i;
                break;
            }
        }
        if (first >= 0) {
            if (tokens.get(first).kind() == HeadlineTokens.Kind.NUMBER) {
                occ.add("s", "lead-number", 1, first, first + 1);
            }
            if (QUESTION_OPENERS.contains(forms[first])) {
                occ.add("s", "lead-question", 1, first, first + 1);
            }
            if (WITHHOLDING.contains(forms[first])) {
                occ.add("s", "lead-withholding", 1, first, first + 1);
            }
        }
        for (int i = 0; i < forms.length; i++) {
            if (quotes && tokens.get(i).quoted()) {
                continue;
            }
            if (SECOND_PERSON.contains(forms[i])) {
                occ.add("s", "second-person", 1, i, i + 1);
            } else if (WITHHOLDING.contains(forms[i]) && i != first) {
                occ.add("s", "withholding", 1, i, i + 1);
            } else if (isSuperlative(forms[i])) {
                occ.add("s", "superlative", 1, i, i + 1);
            }
        }
        occ.add("s", "words=" + Math.min(25, HeadlineTokens.words(tokens)), 1, -1, -1);
    }

    /** Whether a lower-cased word is a superlative or a hyperbole of {@link #SUPERLATIVE}. */
    static boolean isSuperlative(String w) {
        if (SUPERLATIVE.contains(w)) {
            return true;
        }
        return w.length() >= 6 && w.endsWith("est") && !NOT_SUPERLATIVE.contains(w)
                && w.chars().allMatch(Character::isLetter);
    }

    /** Collects feature occurrences, then builds the normalised vector. */
    private static final class Occurrences {
        private final FeatureHashing hashing;
        private int[] index = new int[128];
        private float[] value = new float[128];
        private int[] from = new int[128];
        private int[] to = new int[128];
        private int n;

        Occurrences(FeatureHashing hashing) {
            this.hashing = hashing;
        }

        void add(String prefix, String name, double v, int a, int b) {
            if (n == index.length) {
                index = Arrays.copyOf(index, n * 2);
                value = Arrays.copyOf(value, n * 2);
                from = Arrays.copyOf(from, n * 2);
                to = Arrays.copyOf(to, n * 2);
            }
            index[n] = hashing.index(prefix, name);
            value[n] = (float) v;
            from[n] = a;
            to[n] = b;
            n++;
        }

        Encoded build(List<HeadlineTokens.Token> tokens) {
            SparseVector.Builder b = new SparseVector.Builder();
            for (int i = 0; i < n; i++) {
                b.add(index[i], value[i]);
            }
            SparseVector raw = b.build(false);
            double norm = 0;
            for (float v : raw.value()) {
                norm += (double) v * v;
            }
            float scale = norm == 0 ? 1f : (float) (1 / Math.sqrt(norm));
            float[] scaled = new float[n];
            for (int i = 0; i < n; i++) {
                scaled[i] = value[i] * scale;
            }
            return new Encoded(List.copyOf(tokens), b.build(true), Arrays.copyOf(index, n), scaled,
                    Arrays.copyOf(from, n), Arrays.copyOf(to, n));
        }
    }
}
