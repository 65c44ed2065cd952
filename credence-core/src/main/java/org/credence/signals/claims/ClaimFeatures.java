package org.credence.signals.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.credence.ml.FeatureHashing;
import org.credence.ml.SparseVector;
import org.credence.model.EntityType;
import org.credence.model.Quantity;
import org.credence.model.TimeExpression;

/**
 * Turns a sentence's {@link SentenceCues}, with its neighbours', into a hashed sparse vector
 * for the check-worthiness model: word unigrams and bigrams (numbers folded to their shape),
 * the first word, length, past-tense and comparative word forms, the kinds of numbers, dates and
 * names found, a few of their conjunctions, and (by {@link Params#context()}) the same cues of
 * the previous and next sentences. Immutable and thread-safe.
 */
public final class ClaimFeatures {

    /**
     * How features are made.
     *
     * @param bits    hashing bits (dimension {@code 2^bits})
     * @param bigrams whether word bigrams are features
     * @param context 0: the sentence alone; 1: also its neighbours' cues (numbers, names, dates,
     *                length); 2: also their words
     */
    public record Params(int bits, boolean bigrams, int context) {
        public Params {
            if (bits < 10 || bits > 24 || context < 0 || context > 2) {
                throw new IllegalArgumentException("bits in [10, 24] and context in [0, 2]: " + bits + ", " + context);
            }
        }

        public static Params defaults() {
            return new Params(18, true, 1);
        }
    }

    private static final Set<String> COMPARATIVES = Set.of("more", "most", "less", "least", "fewer", "fewest",
            "than", "higher", "highest", "lower", "lowest", "larger", "largest", "bigger", "biggest", "smaller",
            "smallest", "better", "best", "worse", "worst", "record", "doubled", "tripled", "increase", "increased",
            "decrease", "decreased", "rose", "fell", "percent", "times");

    private final Params params;
    private final FeatureHashing hashing;

    public ClaimFeatures(Params params) {
        this.params = params;
        this.hashing = new FeatureHashing(params.bits());
    }

    public Params params() {
        return params;
    }

    public int dimension() {
        return hashing.dimension();
    }

    /** The feature vector of {@code self}; {@code prev} and {@code next} may be null (none). */
    public SparseVector vector(SentenceCues self, SentenceCues prev, SentenceCues next) {
        SparseVector.Builder b = new SparseVector.Builder();
        own(b, SELF, self, true);
        if (params.context() > 0) {
            context(b, "p", PREV, prev);
            context(b, "n", NEXT, next);
        }
        return b.build(true);
    }

    /** Feature-kind names for the sentence itself ("") and its neighbours ("p:", "n:"), made once. */
    private record Kinds(String w, String b, String first, String len, String cue, String q, String t, String e) {
        static Kinds of(String prefix) {
            return new Kinds(prefix + "w", prefix + "b", prefix + "first", prefix + "len", prefix + "cue",
                    prefix + "q", prefix + "t", prefix + "e");
        }
    }

    private static final Kinds SELF = Kinds.of("");
    private static final Kinds PREV = Kinds.of("p:");
    private static final Kinds NEXT = Kinds.of("n:");

    private void own(SparseVector.Builder b, Kinds k, SentenceCues s, boolean full) {
        List<String> words = s.words();
        StringBuilder bigram = new StringBuilder(32);
        String prev = "<s>";
        String first = null;
        boolean past = false;
        boolean comparative = false;
        for (String raw : words) {
            String w = shape(raw);
            if (full) {
                b.add(hashing.index(k.w(), w), 1);
                if (params.bigrams()) {
                    bigram.setLength(0);
                    b.add(hashing.index(k.b(), bigram.append(prev).append(' ').append(w)), 1);
                }
            }
            prev = w;
            if (first == null && Character.isLetter(w.charAt(0))) {
                first = w;
            }
            if (w.length() > 4 && w.endsWith("ed")) {
                past = true;
            }
            if (COMPARATIVES.contains(w) || (w.length() > 5 && w.endsWith("est"))) {
                comparative = true;
            }
        }
        if (full && params.bigrams()) {
            bigram.setLength(0);
            b.add(hashing.index(k.b(), bigram.append(prev).append(" </s>")), 1);
        }
        if (full && first != null) {
            b.add(hashing.index(k.first(), first), 1);
        }
        int n = s.wordCount();
        b.add(hashing.index(k.len(), lengthBucket(n)), 1);
        if (past) {
            b.add(hashing.index(k.cue(), "past"), 1);
        }
        if (comparative) {
            b.add(hashing.index(k.cue(), "comparative"), 1);
        }
        boolean number = s.numbers() > 0 || !s.quantities().isEmpty();
        if (number) {
            b.add(hashing.index(k.cue(), "number"), 1);
        }
        for (Quantity.Kind q : s.quantities()) {
            b.add(hashing.index(k.q(), q.name()), 1);
        }
        for (TimeExpression.Kind t : s.times()) {
            b.add(hashing.index(k.t(), t.name()), 1);
        }
        for (EntityType e : s.entities()) {
            b.add(hashing.index(k.e(), e.name()), 1);
        }
        if (full) {
            boolean entity = !s.entities().isEmpty();
            boolean date = s.times().contains(TimeExpression.Kind.DATE);
            b.add(hashing.index("x", (number ? "N" : "-") + (entity ? "E" : "-") + (date ? "D" : "-")
                    + (past ? "P" : "-") + (comparative ? "C" : "-")), 1);
        }
    }

    private void context(SparseVector.Builder b, String side, Kinds k, SentenceCues s) {
        if (s == null) {
            b.add(hashing.index(side + "none", ""), 1);
            return;
        }
        own(b, k, s, false);
        if (params.context() > 1) {
            for (String raw : s.words()) {
                b.add(hashing.index(side + ":w", shape(raw)), 0.5);
            }
        }
    }

    /** Numbers fold to a shape: a year, a percent, a plain number; words stay as they are. */
    static String shape(String w) {
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
            return w;
        }
        if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && allDigits(w)) {
            return "<year>";
        }
        if (w.endsWith("%")) {
            return "<pct>";
        }
        if (w.endsWith("s") && allDigits(w.substring(0, w.length() - 1))) {
            return "<decade>";
        }
        return "<num>";
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    static String lengthBucket(int words) {
        if (words <= 3) {
            return "0-3";
        }
        if (words <= 7) {
            return "4-7";
        }
        if (words <= 12) {
            return "8-12";
        }
        if (words <= 20) {
            return "13-20";
        }
        return words <= 35 ? "21-35" : "36+";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ClaimFeatures%s", params);
    }
}
