package org.credence.language.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.TimeExpression;
import org.credence.model.Token;

/**
 * Finds dates, times, durations and recurrences in tokenized text and normalises them against
 * the article date. Immutable and thread-safe; one pass over each sentence's tokens.
 *
 * <p><b>Contract.</b> Expressions come in text order, do not overlap, lie inside one sentence,
 * and their spans are exact (see {@link TimeExpression} for spans and values). Nothing throws
 * but bad arguments.
 *
 * <p><b>Rules.</b>
 * <ul>
 *   <li>Weeks run Monday to Sunday (ISO 8601). "this/last/next week" is that week's interval;
 *       "early" is Monday–Wednesday, "mid" Wednesday–Thursday, "late" Thursday–Sunday;
 *       "earlier this week" runs from Monday to the day before the article, "later this week"
 *       from the day after to Sunday. Months split early 1–10, mid 11–20, late 21–end; years
 *       early January–April, mid May–August, late September–December.</li>
 *   <li>A weekday alone ("Tuesday", "on Monday") is the most recent such day on or before the
 *       article date, or the first on or after it when the sentence speaks of the future (will,
 *       'll, shall, upcoming, scheduled, due, next, tomorrow, going/expected/set/plans to).
 *       "last/this/next Friday" is the Friday of the previous, current or next ISO week.</li>
 *   <li>A month and day without a year take the year that puts them nearest the article date.
 *       A month alone ("in November") is the latest such month up to the article's month, or in
 *       future talk the next one from it. "last/next November" is the one before/after the
 *       article's month. "May" and "March" alone and abbreviated months alone need a cue
 *       before them (in, since, by, until, last, this, ...).</li>
 *   <li>A year alone (1800–2100) needs a cue: a preposition (in, since, by, until, from,
 *       during, ...), "the" or a possessive before it, or punctuation before it; and no plural
 *       noun, currency or percent around it ("2000 people", "$2019" are no years).</li>
 *   <li>Numeric dates: see {@link NumericDates}; slashes default to US month/day order.</li>
 *   <li>"N units ago" and "in N units" (future talk) are dates: days as dates, weeks as ISO
 *       weeks, months as months, years as years. Other "N units" are durations.</li>
 *   <li>Times need a.m./p.m. or a colon (10:30); a zone after them (ET, GMT, CET, ...) adds its
 *       offset on the article's date. A date followed by ", time" or "at time" becomes one DATETIME.</li>
 *   <li>Two dates joined as "from X to Y", "between X and Y" or "X – Y" become one RANGE.</li>
 *   <li>With no article date, deictic expressions get PAST_REF, PRESENT_REF or FUTURE_REF, and
 *       year-less dates and weekdays get TIMEX3 patterns (XXXX-11-19, XXXX-WXX-2).</li>
 * </ul>
 */
public final class TimeExpressions {

    public TimeExpressions() {
    }

    /**
     * The time expressions of {@code text}.
     *
     * @param tokens      the tokens of {@code text}
     * @param sentences   its sentences over {@code tokens}; null or empty means one sentence
     * @param articleDate the date relative expressions are resolved against; null keeps them symbolic
     */
    public List<TimeExpression> find(String text, List<Token> tokens, List<Sentence> sentences, LocalDate articleDate) {
        if (text == null || tokens == null) {
            throw new IllegalArgumentException("text and tokens are required");
        }
        List<TimeExpression> out = new ArrayList<>();
        if (sentences == null || sentences.isEmpty()) {
            scan(text, tokens, 0, tokens.size(), articleDate, out);
        } else {
            for (Sentence s : sentences) {
                scan(text, tokens, s.firstToken(), Math.min(s.endToken(), tokens.size()), articleDate, out);
            }
        }
        return List.copyOf(out);
    }

    private static void scan(String text, List<Token> tokens, int lo, int hi, LocalDate ref, List<TimeExpression> out) {
        int from = out.size();
        new TimeScan(text, tokens, lo, hi, ref, out).run();
        ranges(text, out, from);
    }

    /** Joins "from X to Y", "between X and Y", "X – Y" over DATE pairs of one sentence into a RANGE. */
    private static void ranges(String text, List<TimeExpression> out, int from) {
        for (int k = from; k + 1 < out.size(); k++) {
            TimeExpression a = out.get(k);
            TimeExpression b = out.get(k + 1);
            if (a.kind() != TimeExpression.Kind.DATE || b.kind() != TimeExpression.Kind.DATE
                    || a.value().endsWith("_REF") || b.value().endsWith("_REF")) {
                continue;
            }
            String gap = text.substring(a.span().end(), b.span().start()).strip();
            String before = text.substring(Math.max(0, a.span().start() - 8), a.span().start()).stripTrailing().toLowerCase(java.util.Locale.ROOT);
            boolean dash = gap.equals("-") || gap.equals("–") || gap.equals("—");
            boolean ok = dash || (gap.equals("to") || gap.equals("until") || gap.equals("through")) && before.endsWith("from")
                    || gap.equals("and") && before.endsWith("between");
            if (!ok) {
                continue;
            }
            String va = a.value();
            String vb = b.value();
            String start = va.contains("/") ? va.substring(0, va.indexOf('/')) : va;
            String end = vb.contains("/") ? vb.substring(vb.indexOf('/') + 1) : vb;
            out.set(k, new TimeExpression(new Span(a.span().start(), b.span().end()), TimeExpression.Kind.RANGE,
                    start + "/" + end, a.relative() || b.relative(), Math.min(a.confidence(), b.confidence())));
            out.remove(k + 1);
        }
    }
}
