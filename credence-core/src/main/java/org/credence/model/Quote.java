package org.credence.model;

import java.util.List;

/**
 * One attributed statement: what was said, the reporting cue, the kind of report and its source.
 *
 * <p>All spans point into the text the quote was extracted from (UTF-16, half-open). The
 * {@code content} of a direct quote is the text between its quotation marks (a quote running over
 * several paragraphs spans them, paragraph-opening marks included); the content of reported speech
 * is the reported clause ("the plan is dead" in "Smith said the plan is dead"), without "that".
 *
 * @param content    what was said
 * @param cue        the reporting words ("said", "according to", "told"), null when there is none
 * @param cueLemma   the cue's lemma ("say", "according to", "tell"), null when there is no cue
 * @param kind       how the statement is reported
 * @param source     who it is attributed to ({@link Attribution#NONE} when missing)
 * @param verbatim   the quoted (marked) stretches inside {@code content}: the whole content for a
 *                   direct quote, the quoted fragments of a partial quote, empty for indirect speech
 * @param confidence in [0, 1], for the extraction as a whole: for the quote rules, the share of
 *                   quotes found by the same rule that were right (content and source) on
 *                   PolNeAR train
 */
public record Quote(Span content, Span cue, String cueLemma, Kind kind, Attribution source,
                    List<Span> verbatim, double confidence) {

    /** How a statement is reported. */
    public enum Kind {
        /** Words in quotation marks ("“We will win,” Smith said."). */
        DIRECT,
        /** Reported speech that quotes some of its words ("Smith called it a “two-pirate ticket”"). */
        PARTIAL,
        /** Reported speech with no quotation marks ("Smith said the plan was dead"). */
        INDIRECT,
        /** A statement attributed with "according to" ("According to Smith, the plan is dead"). */
        ACCORDING_TO
    }

    public Quote {
        if (content == null || kind == null || source == null) {
            throw new IllegalArgumentException("content, kind and source are required");
        }
        if ((cue == null) != (cueLemma == null)) {
            throw new IllegalArgumentException("cue and cueLemma go together");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
        verbatim = List.copyOf(verbatim);
    }
}
