package org.credence.language.quotes;

import java.util.Locale;

/**
 * The rule that found a quote, and the confidence it gives the quote: the share of that rule's
 * quotes that were right as a whole on PolNeAR train (840 articles, the whole pipeline, the first
 * annotator of each article; right = the content matches a gold attribution's, overlapping at
 * least half of each, and the source is that attribution's, as {@code credence eval attribution}
 * counts it). Measured on 2026-11-27 with the rules as they stand; re-measure (and update the
 * counts here) when a rule changes: {@code credence eval attribution --data
 * ../shared/data/polnear/data/train} prints them per confidence level and kind (each rule's
 * confidence differs from the others of its kind, so the levels tell the rules apart).
 */
enum QuoteRule {
    /** A direct quote with its cue beside it and a named source ("“…,” Smith said"). */
    FRAMED_NAMED(2329, 3553),
    /** A direct quote with its cue beside it, the source not a name ("“…,” officials said"). */
    FRAMED_OTHER(204, 322),
    /** "According to X, …". */
    ACCORDING_TO(271, 345),
    /** Reported speech with a speech cue ("Smith said the plan is dead"). */
    REPORTED(2332, 3970),
    /** Reported speech with a speech cue that quotes some of its words. */
    REPORTED_PARTIAL(834, 1127),
    /** Reported thought or belief ("Smith believes the plan is dead"). */
    MENTAL(185, 480),
    /** Reported thought or belief that quotes some of its words. */
    MENTAL_PARTIAL(10, 52),
    /** A direct quote that continues the one before, taking its source. */
    CONTINUING(942, 1854),
    /** A direct quote with no cue, its source the speaker just before it (colon, closed frame, sentence subject). */
    NEARBY_SPEAKER(265, 643),
    /** A direct quote whose source was not found. */
    UNATTRIBUTED(13, 229);

    private final int right;
    private final int quotes;
    private final double confidence;

    QuoteRule(int right, int quotes) {
        this.right = right;
        this.quotes = quotes;
        this.confidence = Math.round(100.0 * right / quotes) / 100.0;
    }

    /** The measured share of right quotes, rounded to two decimals. */
    double confidence() {
        return confidence;
    }

    /** Quotes of this rule right as a whole on PolNeAR train. */
    int right() {
        return right;
    }

    /** Quotes of this rule on PolNeAR train. */
    int quotes() {
        return quotes;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %.2f (%d/%d)", name(), confidence, right, quotes);
    }
}
