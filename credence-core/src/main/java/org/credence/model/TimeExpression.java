package org.credence.model;

/**
 * A date, time, duration or recurrence found in a text, with its value normalised TIMEX3-style.
 *
 * <p>{@code text.substring(span.start(), span.end())} is the expression as written, without a
 * leading preposition ("in 2019" covers "2019", "on Monday" covers "Monday", "for three years"
 * covers "three years") but with the words that change its meaning ("last week", "two days ago",
 * "early this week").
 *
 * <p><b>Values.</b>
 * <ul>
 *   <li>DATE: {@code 2019-11-19}, {@code 2019-11}, {@code 2019}, {@code 2019-W47} (an ISO week
 *       named by number), {@code 199X} (a decade), {@code 19XX} (a century), {@code XXXX-11-19}
 *       (month and day with no article date to pick the year), {@code 2019-11-19TNI} (a part of
 *       day: TMO morning, TAF afternoon, TEV evening, TNI night). A week said in words ("last
 *       week", "this week") and a part of a week, month or year ("early this week", "late
 *       November", "early 2019") are explicit intervals {@code start/end} of the days or months
 *       they cover, weeks running Monday to Sunday (ISO 8601).</li>
 *   <li>TIME: {@code T14:30}, with an offset when a zone is named ({@code T15:00-05:00}).</li>
 *   <li>DATETIME: {@code 2019-11-19T14:30} (optionally with an offset).</li>
 *   <li>DURATION: ISO-8601 periods {@code P3D}, {@code P2W}, {@code P10Y}, {@code PT5H}; an
 *       unknown count is {@code X} ({@code PXY} for "for years").</li>
 *   <li>SET: a recurrence, as the period ({@code P1D} for "daily") or a pattern
 *       ({@code XXXX-WXX-1} for "every Monday").</li>
 *   <li>RANGE: two ends joined by {@code /}: {@code 2010/2015}, {@code 2019-11-18/2019-11-20}.</li>
 * </ul>
 * Deictic expressions that cannot be put on the calendar keep a symbolic value:
 * {@code PAST_REF} ("recently", "in recent years"), {@code PRESENT_REF} ("currently"),
 * {@code FUTURE_REF} ("soon", "in the coming weeks"); with no article date, every deictic
 * expression ("yesterday", "last week", "next Friday") gets one of these three.
 *
 * @param span       the expression in the text, half-open UTF-16 offsets
 * @param kind       what it is
 * @param value      the normalised value, never empty
 * @param relative   true when the value depends on the article date ("yesterday", "last week",
 *                   "Tuesday", "Nov. 19" without a year): resolved when the date was given,
 *                   symbolic otherwise
 * @param confidence how sure the rule that made it is, in (0, 1]
 */
public record TimeExpression(Span span, Kind kind, String value, boolean relative, double confidence) {

    /** What a time expression denotes. */
    public enum Kind {
        /** A calendar date or unit: a day, week, month, year, decade, or a part of one. */
        DATE,
        /** A clock time without a date. */
        TIME,
        /** A date with a clock time. */
        DATETIME,
        /** A length of time ("three years", "10 days"). */
        DURATION,
        /** A recurrence ("every Monday", "daily"). */
        SET,
        /** An explicit interval with two ends ("from 2010 to 2015", "2019–2020"). */
        RANGE
    }

    public TimeExpression {
        if (span == null || kind == null || value == null || value.isEmpty()) {
            throw new IllegalArgumentException("span, kind and a non-empty value are required");
        }
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside (0, 1]: " + confidence);
        }
    }

    /** The expression as written in {@code text}, the text it was found in. */
    public String text(String text) {
        return span.in(text);
    }
}
