package org.credence.language.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.credence.model.TimeExpression.Kind;

/**
 * Expressions whose date depends on the article date ({@link TimeScan#ref()}): deictic words
 * ("yesterday", "tonight", "recently", "soon"), a unit, weekday or month after last/this/next,
 * optionally with a part ("early next week", "later this month"), and weekdays alone
 * ("on Tuesday", read as past or future by the sentence's tense). Without an article date they
 * get {@code PAST_REF}, {@code PRESENT_REF} or {@code FUTURE_REF}, or an {@code XXXX} pattern.
 *
 * <p>Each method reads tokens of one {@link TimeScan}, records through {@link TimeScan#emit}
 * and returns the index after the expression, or -1 when nothing matched.
 */
final class RelativeDates {

    private static final Set<String> PARTS = Set.of("early", "mid", "late", "earlier", "later");
    private static final Map<String, String> DAY_PARTS = Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");

    private RelativeDates() {
    }

    // ---- yesterday, today, recently, soon --------------------------------------------------

    static int deictic(TimeScan scan, int i, String w) {
        switch (w) {
            case "today", "tonight", "yesterday", "tomorrow" -> {
                int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
                String part = w.equals("tonight") ? "TNI" : DAY_PARTS.get(scan.low(i + 1));
                int end = part != null && !w.equals("tonight") ? i + 1 : i;
                if (scan.ref() == null) {
                    return scan.emit(i, end, Kind.DATE, shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF",
                            true, 0.9);
                }
                return scan.emit(i, end, Kind.DATE, scan.ref().plusDays(shift) + (part == null ? "" : part), true, 0.95);
            }
            case "recently", "lately" -> {
                return scan.emit(i, i, Kind.DATE, "PAST_REF", true, 0.7);
            }
            case "soon" -> {
                return scan.emit(i, i, Kind.DATE, "FUTURE_REF", true, 0.6);
            }
            case "currently", "nowadays" -> {
                return scan.emit(i, i, Kind.DATE, "PRESENT_REF", true, 0.6);
            }
            case "recent" -> {
                if (scan.low(i - 1).equals("in") && TimesAndDurations.unit(scan.low(i + 1)) != null
                        && scan.low(i + 1).endsWith("s")) {
                    return scan.emit(i, i + 1, Kind.DATE, "PAST_REF", true, 0.7);
                }
                return -1;
            }
            case "coming" -> {
                if (scan.low(i - 1).equals("the") && TimesAndDurations.unit(scan.low(i + 1)) != null
                        && scan.low(i - 2).equals("in")) {
                    return scan.emit(i - 1, i + 1, Kind.DATE, "FUTURE_REF", true, 0.7);
                }
                return -1;
            }
            default -> {
                return -1;
            }
        }
    }

    // ---- last/this/next/early/late + unit, weekday or month ---------------------------------

    static int modified(TimeScan scan, int i, String w) {
        String part = null;
        int k = i;
        if (PARTS.contains(w)) {
            part = w;
            k = i + 1;
        } else if (w.startsWith("mid-") && w.length() > 4) {
            return AbsoluteDates.midWord(scan, i, w.substring(4));
        }
        String m = scan.low(k);
        int shift;
        switch (m) {
            case "last", "past", "previous" -> shift = -1;
            case "this", "current" -> shift = 0;
            case "next", "coming" -> shift = 1;
            default -> {
                if (part != null && !part.startsWith("earl") && !part.equals("later")) {
                    return AbsoluteDates.partOf(scan, i, part, k);
                }
                if (part != null && part.equals("early")) {
                    return AbsoluteDates.partOf(scan, i, part, k);
                }
                return -1;
            }
        }
        String u = scan.low(k + 1);
        if ((m.equals("past") || m.equals("last") || m.equals("next") || m.equals("coming")) && part == null) {
            int d = TimesAndDurations.durationAt(scan, k + 1);
            if (d > 0 && !(m.equals("last") && TimesAndDurations.unit(u) != null)) {
                String value = scan.out().remove(scan.out().size() - 1).value();
                return scan.emit(k, d - 1, Kind.DURATION, value, false, 0.8);
            }
            if (m.equals("past") && TimesAndDurations.unit(u) != null && !u.endsWith("s")) {
                return scan.emit(k, k + 1, Kind.DURATION, Calendar.duration("1", TimesAndDurations.unit(u)), false, 0.75);
            }
        }
        if (m.equals("past") || m.equals("previous") || m.equals("current") || m.equals("coming")) {
            return -1;
        }
        DayOfWeek wd = Calendar.WEEKDAYS.get(u);
        Integer month = Calendar.MONTHS.get(u);
        if (part == null && wd != null && u.length() > 3) {
            if (scan.ref() == null) {
                return scan.emit(k, k + 1, Kind.DATE, symbol(shift), true, 0.7);
            }
            LocalDate monday = Calendar.monday(scan.ref()).plusWeeks(shift);
            return scan.emit(k, k + 1, Kind.DATE, monday.plusDays(wd.getValue() - 1L).toString(), true, 0.7);
        }
        if (part == null && month != null && u.length() > 3 && scan.capital(k + 1)) {
            if (scan.ref() == null) {
                return scan.emit(k, k + 1, Kind.DATE, symbol(shift), true, 0.7);
            }
            int y = scan.ref().getYear();
            if (shift < 0 && month >= scan.ref().getMonthValue()) {
                y--;
            } else if (shift > 0 && month <= scan.ref().getMonthValue()) {
                y++;
            }
            return scan.emit(k, k + 1, Kind.DATE, Calendar.month(y, month), true, 0.8);
        }
        boolean weekend = u.equals("weekend");
        if (!u.equals("week") && !u.equals("month") && !u.equals("year") && !weekend
                && !(part == null && DAY_PARTS.containsKey(u) && !u.equals("night") && shift == 0)
                && !(u.equals("night") && shift < 0 && part == null)) {
            return -1;
        }
        if (scan.ref() == null) {
            return scan.emit(i, k + 1, Kind.DATE, part != null && part.startsWith("earl") ? "PAST_REF" : symbol(shift),
                    true, 0.7);
        }
        String value;
        final String pt = part;
        if (DAY_PARTS.containsKey(u)) {
            value = (u.equals("night") ? scan.ref().minusDays(1) : scan.ref()) + DAY_PARTS.get(u);
        } else if (u.equals("week") || weekend) {
            LocalDate monday = Calendar.monday(scan.ref()).plusWeeks(shift);
            if (weekend) {
                value = Calendar.interval(monday.plusDays(5), monday.plusDays(6));
            } else if (part == null) {
                value = Calendar.interval(monday, monday.plusDays(6));
            } else {
                value = partValue(scan, part, monday, monday.plusDays(6), () -> Calendar.partOfWeek(monday, pt));
            }
        } else if (u.equals("month")) {
            YearMonth ym = YearMonth.from(scan.ref()).plusMonths(shift);
            value = part == null ? ym.toString()
                    : partValue(scan, part, ym.atDay(1), ym.atEndOfMonth(), () -> Calendar.partOfMonth(ym, pt));
        } else {
            int y = scan.ref().getYear() + shift;
            value = part == null ? Integer.toString(y)
                    : partValue(scan, part, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), () -> Calendar.partOfYear(y, pt));
        }
        if (value == null) {
            return scan.emit(i, k + 1, Kind.DATE, part.equals("earlier") ? "PAST_REF" : "FUTURE_REF", true, 0.6);
        }
        return scan.emit(i, k + 1, Kind.DATE, value, true, part == null ? 0.9 : 0.75);
    }

    /** "earlier this week" runs from the unit's start to the day before the article; "later" from the day after. */
    private static String partValue(TimeScan scan, String part, LocalDate first, LocalDate last,
                                    Supplier<String> plain) {
        if (part.equals("earlier")) {
            LocalDate end = scan.ref().minusDays(1);
            return end.isBefore(first) || scan.ref().isAfter(last.plusDays(1)) ? null : Calendar.interval(first, end);
        }
        if (part.equals("later")) {
            LocalDate start = scan.ref().plusDays(1);
            return start.isAfter(last) || scan.ref().isBefore(first.minusDays(1)) ? null : Calendar.interval(start, last);
        }
        return plain.get();
    }

    private static String symbol(int shift) {
        return shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF";
    }

    // ---- weekdays -------------------------------------------------------------------------

    static int weekday(TimeScan scan, int i) {
        String w = TimeScan.stripDot(scan.low(i));
        DayOfWeek wd = Calendar.WEEKDAYS.get(w);
        if (wd == null || w.length() <= 3 || !scan.capital(i)) {
            return -1;
        }
        if (scan.low(i + 1).equals(",") && Calendar.MONTHS.containsKey(TimeScan.stripDot(scan.low(i + 2)))) {
            return -1;
        }
        String part = DAY_PARTS.get(scan.low(i + 1));
        int end = part == null ? i : i + 1;
        if (scan.ref() == null) {
            return scan.emit(i, end, Kind.DATE, "XXXX-WXX-" + wd.getValue(), true, 0.7);
        }
        LocalDate d = Calendar.weekday(scan.ref(), wd, scan.futureAt(i, end));
        return scan.emit(i, end, Kind.DATE, d + (part == null ? "" : part), true, 0.8);
    }
}
