package org.credence.language.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import org.credence.model.TimeExpression.Kind;
import org.credence.model.Token;

/**
 * Dates that name a month, a day of the month or a year in words and numbers: month-first
 * ("November 19, 2019", "Nov. 19", "November 2019", "in November"), day-first ("19 November
 * 2019", "19th of November"), a year alone ("in 2019"), and parts of a month or year ("early
 * November", "late 2019", "mid-2019"). A month or day without a year is resolved against the
 * article date ({@link TimeScan#ref()}) and marked relative; without one a month-first or
 * day-first date keeps {@code XXXX} for the year.
 *
 * <p>Each method reads tokens of one {@link TimeScan}, records through {@link TimeScan#emit}
 * and returns the index after the expression, or -1 when nothing matched.
 */
final class AbsoluteDates {

    private static final Set<String> YEAR_PREPS = Set.of("in", "since", "by", "until", "till", "from", "through",
            "of", "before", "after", "during", "to", "and", "between", "early", "late", "year", "around", "throughout");

    private AbsoluteDates() {
    }

    /** "early November", "late 2019", "mid November". */
    static int partOf(TimeScan scan, int i, String part, int k) {
        Integer month = Calendar.MONTHS.get(TimeScan.stripDot(scan.low(k)));
        if (month != null && scan.capital(k) && scan.low(k).length() > 2) {
            int y = -1;
            int end = k;
            if (scan.is(k + 1, Token.Kind.NUMBER) && year(scan.raw(k + 1)) > 0) {
                y = year(scan.raw(k + 1));
                end = k + 1;
            } else if (scan.ref() != null) {
                y = monthYear(scan, month, k);
            }
            if (y < 0) {
                return -1;
            }
            return scan.emit(i, end, Kind.DATE, Calendar.partOfMonth(YearMonth.of(y, month), part), end == k, 0.8);
        }
        if (scan.is(k, Token.Kind.NUMBER) && year(scan.raw(k)) > 0) {
            return scan.emit(i, k, Kind.DATE, Calendar.partOfYear(year(scan.raw(k)), part), false, 0.85);
        }
        return -1;
    }

    static int midWord(TimeScan scan, int i, String rest) {
        int y = year(rest);
        if (y > 0) {
            return scan.emit(i, i, Kind.DATE, Calendar.partOfYear(y, "mid"), false, 0.85);
        }
        Integer month = Calendar.MONTHS.get(rest);
        if (month != null && rest.length() > 2 && scan.ref() != null) {
            YearMonth ym = YearMonth.of(monthYear(scan, month, i), month);
            return scan.emit(i, i, Kind.DATE, Calendar.partOfMonth(ym, "mid"), true, 0.75);
        }
        return -1;
    }

    /**
     * The year of a month named alone: the latest one up to the article's month, or the next one
     * from it when the verb beside it speaks of the future ("will report in September"); a future
     * elsewhere in the sentence does not count ("lost money in the year to September, and will
     * close stores next year").
     */
    private static int monthYear(TimeScan scan, int month, int at) {
        int y = scan.ref().getYear();
        if (Boolean.TRUE.equals(scan.localTense(at, at))) {
            return month < scan.ref().getMonthValue() ? y + 1 : y;
        }
        return month > scan.ref().getMonthValue() ? y - 1 : y;
    }

    // ---- Month-first dates: "November 19, 2019", "Nov. 19", "November 2019", "in November" ----

    static int monthFirst(TimeScan scan, int i) {
        String w = TimeScan.stripDot(scan.low(i));
        Integer month = Calendar.MONTHS.get(w);
        if (month == null || !scan.capital(i)) {
            return -1;
        }
        boolean abbrev = w.length() <= 4 && !w.equals("june") && !w.equals("july") && !w.equals("may");
        int start = i;
        if (Calendar.WEEKDAYS.containsKey(TimeScan.stripDot(scan.low(i - 2))) && scan.low(i - 1).equals(",")
                && scan.capital(i - 2)
                && (scan.out().isEmpty() || scan.out().get(scan.out().size() - 1).span().end() <= scan.token(i - 2).start())) {
            start = i - 2;
        }
        int k = i + 1;
        int day = scan.is(k, Token.Kind.NUMBER) ? dayOf(scan.raw(k)) : -1;
        if (day > 0) {
            int y = -1;
            int end = k;
            int c = scan.low(k + 1).equals(",") ? k + 2 : k + 1;
            if (scan.is(c, Token.Kind.NUMBER) && year(scan.raw(c)) > 0) {
                y = year(scan.raw(c));
                end = c;
            }
            if (y > 0) {
                LocalDate d = Calendar.date(y, month, day);
                return d == null ? -1 : scan.emit(start, end, Kind.DATE, d.toString(), false, 0.95);
            }
            if (scan.ref() == null) {
                return scan.emit(start, end, Kind.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), true, 0.8);
            }
            LocalDate d = Calendar.nearest(scan.ref(), month, day);
            return d == null ? -1 : scan.emit(start, end, Kind.DATE, d.toString(), true, 0.85);
        }
        if (scan.is(k, Token.Kind.NUMBER) && year(scan.raw(k)) > 0 && !scan.raw(k).contains("-")) {
            return scan.emit(i, k, Kind.DATE, Calendar.month(year(scan.raw(k)), month), false, 0.9);
        }
        if (scan.low(k).equals("of") && scan.is(k + 1, Token.Kind.NUMBER) && year(scan.raw(k + 1)) > 0) {
            return scan.emit(i, k + 1, Kind.DATE, Calendar.month(year(scan.raw(k + 1)), month), false, 0.85);
        }
        String prev = scan.low(i - 1);
        boolean cued = YEAR_PREPS.contains(prev) || prev.equals("last") || prev.equals("this") || prev.equals("until");
        if ((w.equals("may") || w.equals("march") || abbrev) && !cued) {
            return -1;
        }
        if (!cued && i == scan.lo()) {
            return -1;
        }
        if (scan.ref() == null) {
            return scan.emit(i, i, Kind.DATE, String.format(Locale.ROOT, "XXXX-%02d", month), true, 0.7);
        }
        return scan.emit(i, i, Kind.DATE, Calendar.month(monthYear(scan, month, i), month), true, 0.75);
    }

    /** A day of the month (1-31, ordinal suffix allowed), or -1. */
    private static int dayOf(String s) {
        int n = 0;
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k)) && k < 2) {
            n = n * 10 + (s.charAt(k) - '0');
            k++;
        }
        if (k == 0) {
            return -1;
        }
        String rest = s.substring(k).toLowerCase(Locale.ROOT);
        if (!(rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"))) {
            return -1;
        }
        return n >= 1 && n <= 31 ? n : -1;
    }

    /** A four-digit year 1000-2999, or -1. */
    static int year(String s) {
        if (s.length() != 4) {
            return -1;
        }
        int y = 0;
        for (int k = 0; k < 4; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            y = y * 10 + (c - '0');
        }
        return y >= 1000 && y <= 2999 ? y : -1;
    }

    /** "19 November 2019", "19th of November", "19 Nov". */
    static int dayFirst(TimeScan scan, int i) {
        int day = dayOf(scan.raw(i));
        if (day < 0) {
            return -1;
        }
        int k = scan.low(i + 1).equals("of") ? i + 2 : i + 1;
        Integer month = Calendar.MONTHS.get(TimeScan.stripDot(scan.low(k)));
        if (month == null || !scan.capital(k)) {
            return -1;
        }
        int c = scan.low(k + 1).equals(",") ? k + 2 : k + 1;
        if (scan.is(c, Token.Kind.NUMBER) && year(scan.raw(c)) > 0) {
            LocalDate d = Calendar.date(year(scan.raw(c)), month, day);
            return d == null ? -1 : scan.emit(i, c, Kind.DATE, d.toString(), false, 0.95);
        }
        if (scan.ref() == null) {
            return scan.emit(i, k, Kind.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), true, 0.8);
        }
        LocalDate d = Calendar.nearest(scan.ref(), month, day);
        return d == null ? -1 : scan.emit(i, k, Kind.DATE, d.toString(), true, 0.85);
    }

    /** A year alone, 1800-2100, after a preposition, "the", a possessive or punctuation, or first in the sentence. */
    static int bareYear(TimeScan scan, int i) {
        int y = year(scan.raw(i));
        if (y > 0 && y >= 1800 && y <= 2100) {
            String prev = scan.low(i - 1);
            String next = scan.low(i + 1);
            boolean plural = next.length() > 2 && next.endsWith("s") && scan.is(i + 1, Token.Kind.WORD);
            boolean unitNext = scan.is(i + 1, Token.Kind.SYMBOL) || next.equals("percent") || next.equals("per");
            if (plural || unitNext) {
                return -1;
            }
            if (YEAR_PREPS.contains(prev) || prev.equals("the") || prev.equals("'s") || prev.equals("’s")
                    || (scan.is(i - 1, Token.Kind.PUNCT) && !prev.equals(".") && scan.token(i).start() > 0) || i == scan.lo()) {
                return scan.emit(i, i, Kind.DATE, Integer.toString(y), false, YEAR_PREPS.contains(prev) ? 0.9 : 0.7);
            }
        }
        return -1;
    }
}
