package org.credence.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one credibility signal found in one document.
 *
 * <p>Contract, checked here: a signal that {@linkplain Outcome#FIRED fired} cites at least one
 * evidence span; a signal that {@linkplain Outcome#CANNOT_JUDGE cannot judge} (no headline,
 * text not in English, too little text) has a {@code NaN} score and says why in {@code reason}
 * instead of guessing. Scores lie in {@code [0, 1]}: higher means more of what the signal looks
 * for (more clickbait, more unsourced claims), not "less credible" as such.
 *
 * @param id       stable identifier, e.g. {@code clickbait-headline}
 * @param outcome  fired, clear, or cannot judge
 * @param score    strength in [0, 1], or NaN when the signal cannot judge
 * @param reason   one line in plain words
 * @param evidence spans of the document's text, in text order
 * @param measures named figures behind the score (counts, shares), sorted by name; they feed
 *                 the article scores and the reports
 */
public record SignalResult(String id, Outcome outcome, double score, String reason,
                           List<Evidence> evidence, Map<String, Double> measures) {

    /** What the signal concluded. */
    public enum Outcome {
        /** Found what it looks for, with evidence. */
        FIRED,
        /** Looked and found too little to fire. */
        CLEAR,
        /** Could not judge this document; the reason says why. */
        CANNOT_JUDGE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public SignalResult {
        if (id == null || id.isBlank() || outcome == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("id, outcome and reason are required");
        }
        if (outcome == Outcome.CANNOT_JUDGE) {
            if (!Double.isNaN(score)) {
                throw new IllegalArgumentException(id + ": a signal that cannot judge has no score");
            }
        } else if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException(id + ": score " + score + " outside [0, 1]");
        }
        evidence = evidence.stream().sorted(Comparator.comparing(Evidence::span)).toList();
        if (outcome == Outcome.FIRED && evidence.isEmpty()) {
            throw new IllegalArgumentException(id + ": a signal that fires must cite evidence");
        }
        measures = java.util.Collections.unmodifiableMap(new TreeMap<>(measures));
    }

    /** A signal that fired, with its evidence. */
    public static SignalResult fired(String id, double score, String reason, List<Evidence> evidence,
                                     Map<String, Double> measures) {
        return new SignalResult(id, Outcome.FIRED, score, reason, evidence, measures);
    }

    /** A signal that looked and did not fire; evidence may still show what it weighed. */
    public static SignalResult clear(String id, double score, String reason, List<Evidence> evidence,
                                     Map<String, Double> measures) {
        return new SignalResult(id, Outcome.CLEAR, score, reason, evidence, measures);
    }

    /** A signal that cannot judge this document. */
    public static SignalResult cannotJudge(String id, String reason) {
        return new SignalResult(id, Outcome.CANNOT_JUDGE, Double.NaN, reason, List.of(), Map.of());
    }

    public boolean fired() {
        return outcome == Outcome.FIRED;
    }
}
