package org.credence.model;

/**
 * The layers a document gains as it passes the pipeline. Stages declare the layers they need
 * and produce; the pipeline builder checks the order before anything runs.
 */
public enum Layer {
    /** The decoded input: {@link Document#source()}. */
    SOURCE,
    /** The working text: extracted from HTML or taken from the plain text. */
    TEXT,
    /** Mojibake undone and text normalised, with repairs recorded. */
    REPAIRED,
    /** Typed blocks: headline, byline, body, fundraising and so on. */
    STRUCTURE,
    /** Headline, byline and date read from the blocks and page metadata. */
    ARTICLE_FIELDS,
    /** Tokens with exact offsets. */
    TOKENS,
    /** Sentences, never crossing a block, and the runs that are not English. */
    SENTENCES,
    /** Named entities and their chains within the article. */
    ENTITIES,
    /** Dates, times, durations and ranges, normalised. */
    TIMES,
    /** Money, percentages, counts and measures. */
    QUANTITIES,
    /** Quotes and reported speech with their cues and sources. */
    QUOTES,
    /** Credibility signals, each with a score, evidence and a reason. */
    SIGNALS,
    /** Calibrated article scores (unreliable, hyperpartisan, ...) with their reasons. */
    SCORES,
    /** What public datasets say about the article's outlet, shown beside the scores. */
    SOURCE_RATINGS
}
