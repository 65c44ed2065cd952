package org.credence.language.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.language.quantity.Numbers;
import org.credence.model.Span;
import org.credence.model.TimeExpression;
import org.credence.model.TimeExpression.Kind;
import org.credence.model.Token;

/** One sentence's pass of {@link TimeExpressions}; single use, not thread-safe. */
final class TimeScan {

    private static final Set<String> YEAR_PREPS = Set.of("in", "since", "by", "until", "till", "from", "through",
            "of", "before", "after", "during", "to", "and", "between", "early", "late", "year", "around", "throughout");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "’ll", "shall", "wo", "upcoming", "scheduled", "due", "tomorrow", "next");
    private static final Set<String> PARTS = Set.of("early", "mid", "late", "earlier", "later");
    private static final Map<String, String> DAY_PARTS = Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");
    private static final Map<String, String> SETS = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
            "annually", "P1Y", "yearly", "P1Y", "hourly", "PT1H", "nightly", "P1D");

    /** Words other than months, weekdays, units and number words that can start an expression. */
    private static final Set<String> TRIGGERS = Set.of("today", "tonight", "yesterday", "tomorrow", "recently", "lately",
            "soon", "currently", "nowadays", "recent", "coming", "early", "mid", "late", "earlier", "later", "last", "past",
            "previous", "this", "current", "next", "a", "an", "one", "every", "each", "daily", "weekly", "monthly",
            "annually", "yearly", "hourly", "nightly");

    private final String text;
    private final List<Token> toks;
    private final int lo;
    private final int hi;
    private final LocalDate ref;
    private final List<TimeExpression> out;
    private final String[] lower;
    private Boolean future;

    TimeScan(String text, List<Token> toks, int lo, int hi, LocalDate ref, List<TimeExpression> out) {
        this.text = text;
        this.toks = toks;
        this.lo = lo;
        this.hi = hi;
        this.ref = ref;
        this.out = out;
        this.lower = new String[Math.max(0, hi - lo)];
    }

    private String low(int k) {
        if (k < lo || k >= hi) {
            return "";
        }
        String s = lower[k - lo];
        if (s == null) {
            s = toks.get(k).text(text).toLowerCase(Locale.ROOT);
            lower[k - lo] = s;
        }
        return s;
    }

    private String raw(int k) {
        return k < lo || k >= hi ? "" : toks.get(k).text(text);
    }

    private boolean is(int k, Token.Kind kind) {
        return k >= lo && k < hi && toks.get(k).kind() == kind;
    }

    private boolean capital(int k) {
        String r = raw(k);
        return !r.isEmpty() && Character.isUpperCase(r.charAt(0));
    }

    /** Whether the sentence speaks of the future (will, 'll, shall, upcoming, scheduled, due, next, tomorrow). */
    private boolean future() {
        if (future == null) {
            boolean f = false;
            for (int k = lo; k < hi && !f; k++) {
                String w = low(k);
                f = FUTURE.contains(w) || ((w.equals("going") || w.equals("expected") || w.equals("set") || w.equals("plans"))
                        && low(k + 1).equals("to"));
            }
            future = f;
        }
        return future;
    }

    /** Records an expression over tokens [a, b] and returns the index after b. */
    private int emit(int a, int b, Kind kind, String value, boolean relative, double conf) {
        return emitSpan(toks.get(a).start(), toks.get(b).end(), b + 1, kind, value, relative, conf);
    }

    private int emitSpan(int start, int end, int next, Kind kind, String value, boolean relative, double conf) {
        out.add(new TimeExpression(Span.of(text, start, end), kind, value, relative, conf));
        return next;
    }

    void run() {
        int i = lo;
        while (i < hi) {
            int before = out.size();
            int next = match(i);
            if (next > i && out.size() > before) {
                next = attachTime(next);
                i = next;
            } else {
                i++;
            }
        }
    }

    private int match(int i) {
        Token t = toks.get(i);
        if (t.kind() == Token.Kind.NUMBER) {
            return number(i);
        }
        if (t.kind() != Token.Kind.WORD) {
            return -1;
        }
        String w = low(i);
        if (!TRIGGERS.contains(w) && w.indexOf('-') < 0 && !Calendar.MONTHS.containsKey(stripDot(w))
                && !Calendar.WEEKDAYS.containsKey(stripDot(w)) && unit(w) == null && Numbers.word(w) < 0) {
            return -1;
        }
        int r;
        if ((r = deictic(i, w)) > 0 || (r = modified(i, w)) > 0 || (r = monthFirst(i)) > 0 || (r = weekday(i)) > 0
                || (r = wordDuration(i, w)) > 0 || (r = set(i, w)) > 0) {
            return r;
        }
        return -1;
    }

    // ---- yesterday, today, recently, soon --------------------------------------------------

    private int deictic(int i, String w) {
        switch (w) {
            case "today", "tonight", "yesterday", "tomorrow" -> {
                int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
                String part = w.equals("tonight") ? "TNI" : DAY_PARTS.get(low(i + 1));
                int end = part != null && !w.equals("tonight") ? i + 1 : i;
                if (ref == null) {
                    return emit(i, end, Kind.DATE, shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF", true, 0.9);
                }
                return emit(i, end, Kind.DATE, ref.plusDays(shift) + (part == null ? "" : part), true, 0.95);
            }
            case "recently", "lately" -> {
                return emit(i, i, Kind.DATE, "PAST_REF", true, 0.7);
            }
            case "soon" -> {
                return emit(i, i, Kind.DATE, "FUTURE_REF", true, 0.6);
            }
            case "currently", "nowadays" -> {
                return emit(i, i, Kind.DATE, "PRESENT_REF", true, 0.6);
            }
            case "recent" -> {
                if (low(i - 1).equals("in") && unit(low(i + 1)) != null && low(i + 1).endsWith("s")) {
                    return emit(i, i + 1, Kind.DATE, "PAST_REF", true, 0.7);
                }
                return -1;
            }
            case "coming" -> {
                if (low(i - 1).equals("the") && unit(low(i + 1)) != null && low(i - 2).equals("in")) {
                    return emit(i - 1, i + 1, Kind.DATE, "FUTURE_REF", true, 0.7);
                }
                return -1;
            }
            default -> {
                return -1;
            }
        }
    }

    // ---- last/this/next/early/late + unit, weekday or month ---------------------------------

    private int modified(int i, String w) {
        String part = null;
        int k = i;
        if (PARTS.contains(w)) {
            part = w;
            k = i + 1;
        } else if (w.startsWith("mid-") && w.length() > 4) {
            return midWord(i, w.substring(4));
        }
        String m = low(k);
        int shift;
        switch (m) {
            case "last", "past", "previous" -> shift = -1;
            case "this", "current" -> shift = 0;
            case "next", "coming" -> shift = 1;
            default -> {
                if (part != null && !part.startsWith("earl") && !part.equals("later")) {
                    return partOf(i, part, k);
                }
                if (part != null && part.equals("early")) {
                    return partOf(i, part, k);
                }
                return -1;
            }
        }
        String u = low(k + 1);
        if ((m.equals("past") || m.equals("last") || m.equals("next") || m.equals("coming")) && part == null) {
            int d = durationAt(k + 1);
            if (d > 0 && !(m.equals("last") && unit(u) != null)) {
                String value = out.remove(out.size() - 1).value();
                return emit(k, d - 1, Kind.DURATION, value, false, 0.8);
            }
            if (m.equals("past") && unit(u) != null && !u.endsWith("s")) {
                return emit(k, k + 1, Kind.DURATION, Calendar.duration("1", unit(u)), false, 0.75);
            }
        }
        if (m.equals("past") || m.equals("previous") || m.equals("current") || m.equals("coming")) {
            return -1;
        }
        DayOfWeek wd = Calendar.WEEKDAYS.get(u);
        Integer month = Calendar.MONTHS.get(u);
        if (part == null && wd != null && u.length() > 3) {
            if (ref == null) {
                return emit(k, k + 1, Kind.DATE, symbol(shift), true, 0.7);
            }
            LocalDate monday = Calendar.monday(ref).plusWeeks(shift);
            return emit(k, k + 1, Kind.DATE, monday.plusDays(wd.getValue() - 1L).toString(), true, 0.7);
        }
        if (part == null && month != null && u.length() > 3 && capital(k + 1)) {
            if (ref == null) {
                return emit(k, k + 1, Kind.DATE, symbol(shift), true, 0.7);
            }
            int y = ref.getYear();
            if (shift < 0 && month >= ref.getMonthValue()) {
                y--;
            } else if (shift > 0 && month <= ref.getMonthValue()) {
                y++;
            }
            return emit(k, k + 1, Kind.DATE, Calendar.month(y, month), true, 0.8);
        }
        boolean weekend = u.equals("weekend");
        if (!u.equals("week") && !u.equals("month") && !u.equals("year") && !weekend
                && !(part == null && DAY_PARTS.containsKey(u) && !u.equals("night") && shift == 0)
                && !(u.equals("night") && shift < 0 && part == null)) {
            return -1;
        }
        if (ref == null) {
            return emit(i, k + 1, Kind.DATE, part != null && part.startsWith("earl") ? "PAST_REF" : symbol(shift), true, 0.7);
        }
        String value;
        final String pt = part;
        if (DAY_PARTS.containsKey(u)) {
            value = (u.equals("night") ? ref.minusDays(1) : ref) + DAY_PARTS.get(u);
        } else if (u.equals("week") || weekend) {
            LocalDate monday = Calendar.monday(ref).plusWeeks(shift);
            if (weekend) {
                value = Calendar.interval(monday.plusDays(5), monday.plusDays(6));
            } else if (part == null) {
                value = Calendar.interval(monday, monday.plusDays(6));
            } else {
                value = partValue(part, monday, monday.plusDays(6), () -> Calendar.partOfWeek(monday, pt));
            }
        } else if (u.equals("month")) {
            YearMonth ym = YearMonth.from(ref).plusMonths(shift);
            value = part == null ? ym.toString() : partValue(part, ym.atDay(1), ym.atEndOfMonth(), () -> Calendar.partOfMonth(ym, pt));
        } else {
            int y = ref.getYear() + shift;
            value = part == null ? Integer.toString(y)
                    : partValue(part, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), () -> Calendar.partOfYear(y, pt));
        }
        if (value == null) {
            return emit(i, k + 1, Kind.DATE, part.equals("earlier") ? "PAST_REF" : "FUTURE_REF", true, 0.6);
        }
        return emit(i, k + 1, Kind.DATE, value, true, part == null ? 0.9 : 0.75);
    }

    /** "earlier this week" runs from the unit's start to the day before the article; "later" from the day after. */
    private String partValue(String part, LocalDate first, LocalDate last, java.util.function.Supplier<String> plain) {
        if (part.equals("earlier")) {
            LocalDate end = ref.minusDays(1);
            return end.isBefore(first) || ref.isAfter(last.plusDays(1)) ? null : Calendar.interval(first, end);
        }
        if (part.equals("later")) {
            LocalDate start = ref.plusDays(1);
            return start.isAfter(last) || ref.isBefore(first.minusDays(1)) ? null : Calendar.interval(start, last);
        }
        return plain.get();
    }

    private static String symbol(int shift) {
        return shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF";
    }

    /** "early November", "late 2019", "mid November". */
    private int partOf(int i, String part, int k) {
        Integer month = Calendar.MONTHS.get(stripDot(low(k)));
        if (month != null && capital(k) && low(k).length() > 2) {
            int y = -1;
            int end = k;
            if (is(k + 1, Token.Kind.NUMBER) && year(raw(k + 1)) > 0) {
                y = year(raw(k + 1));
                end = k + 1;
            } else if (ref != null) {
                y = monthYear(month);
            }
            if (y < 0) {
                return -1;
            }
            return emit(i, end, Kind.DATE, Calendar.partOfMonth(YearMonth.of(y, month), part), end == k, 0.8);
        }
        if (is(k, Token.Kind.NUMBER) && year(raw(k)) > 0) {
            return emit(i, k, Kind.DATE, Calendar.partOfYear(year(raw(k)), part), false, 0.85);
        }
        return -1;
    }

    private int midWord(int i, String rest) {
        int y = year(rest);
        if (y > 0) {
            return emit(i, i, Kind.DATE, Calendar.partOfYear(y, "mid"), false, 0.85);
        }
        Integer month = Calendar.MONTHS.get(rest);
        if (month != null && rest.length() > 2 && ref != null) {
            return emit(i, i, Kind.DATE, Calendar.partOfMonth(YearMonth.of(monthYear(month), month), "mid"), true, 0.75);
        }
        return -1;
    }

    /** The year of a month named alone: the latest one up to the article's month, or the next one from it in future talk. */
    private int monthYear(int month) {
        int y = ref.getYear();
        if (future()) {
            return month < ref.getMonthValue() ? y + 1 : y;
        }
        return month > ref.getMonthValue() ? y - 1 : y;
    }

    // ---- Month-first dates: "November 19, 2019", "Nov. 19", "November 2019", "in November" ----

    private static String stripDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private int monthFirst(int i) {
        String w = stripDot(low(i));
        Integer month = Calendar.MONTHS.get(w);
        if (month == null || !capital(i)) {
            return -1;
        }
        boolean abbrev = w.length() <= 4 && !w.equals("june") && !w.equals("july") && !w.equals("may");
        int start = i;
        if (Calendar.WEEKDAYS.containsKey(stripDot(low(i - 2))) && low(i - 1).equals(",") && capital(i - 2)
                && (out.isEmpty() || out.get(out.size() - 1).span().end() <= toks.get(i - 2).start())) {
            start = i - 2;
        }
        int k = i + 1;
        int day = is(k, Token.Kind.NUMBER) ? dayOf(raw(k)) : -1;
        if (day > 0) {
            int y = -1;
            int end = k;
            int c = low(k + 1).equals(",") ? k + 2 : k + 1;
            if (is(c, Token.Kind.NUMBER) && year(raw(c)) > 0) {
                y = year(raw(c));
                end = c;
            }
            if (y > 0) {
                LocalDate d = Calendar.date(y, month, day);
                return d == null ? -1 : emit(start, end, Kind.DATE, d.toString(), false, 0.95);
            }
            if (ref == null) {
                return emit(start, end, Kind.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), true, 0.8);
            }
            LocalDate d = Calendar.nearest(ref, month, day);
            return d == null ? -1 : emit(start, end, Kind.DATE, d.toString(), true, 0.85);
        }
        if (is(k, Token.Kind.NUMBER) && year(raw(k)) > 0 && !raw(k).contains("-")) {
            return emit(i, k, Kind.DATE, Calendar.month(year(raw(k)), month), false, 0.9);
        }
        if (low(k).equals("of") && is(k + 1, Token.Kind.NUMBER) && year(raw(k + 1)) > 0) {
            return emit(i, k + 1, Kind.DATE, Calendar.month(year(raw(k + 1)), month), false, 0.85);
        }
        String prev = low(i - 1);
        boolean cued = YEAR_PREPS.contains(prev) || prev.equals("last") || prev.equals("this") || prev.equals("until");
        if ((w.equals("may") || w.equals("march") || abbrev) && !cued) {
            return -1;
        }
        if (!cued && i == lo) {
            return -1;
        }
        if (ref == null) {
            return emit(i, i, Kind.DATE, String.format(Locale.ROOT, "XXXX-%02d", month), true, 0.7);
        }
        return emit(i, i, Kind.DATE, Calendar.month(monthYear(month), month), true, 0.75);
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

    // ---- weekdays -------------------------------------------------------------------------

    private int weekday(int i) {
        String w = stripDot(low(i));
        DayOfWeek wd = Calendar.WEEKDAYS.get(w);
        if (wd == null || w.length() <= 3 || !capital(i)) {
            return -1;
        }
        if (low(i + 1).equals(",") && Calendar.MONTHS.containsKey(stripDot(low(i + 2)))) {
            return -1;
        }
        String part = DAY_PARTS.get(low(i + 1));
        int end = part == null ? i : i + 1;
        if (ref == null) {
            return emit(i, end, Kind.DATE, "XXXX-WXX-" + wd.getValue(), true, 0.7);
        }
        LocalDate d = Calendar.weekday(ref, wd, future());
        return emit(i, end, Kind.DATE, d + (part == null ? "" : part), true, 0.8);
    }

    // ---- numbers: ISO and numeric dates, years, decades, times, durations ------------------

    private int number(int i) {
        String s = raw(i);
        Token t = toks.get(i);
        if (is(i - 1, Token.Kind.SYMBOL) || low(i - 1).equals("no.") || low(i - 1).equals("room")) {
            return -1;
        }
        int r = NumericDates.match(this, i, s);
        if (r != 0) {
            return r;
        }
        String decade = NumericDates.decade(s);
        if (decade != null) {
            int start = low(i - 1).equals("the") ? i - 1 : i;
            return emit(start, i, Kind.DATE, decade, false, 0.9);
        }
        if ((r = dayFirst(i)) > 0 || (r = clock(i, s)) > 0 || (r = durationAt(i)) > 0) {
            return r;
        }
        int y = year(s);
        if (y > 0 && y >= 1800 && y <= 2100) {
            String prev = low(i - 1);
            String next = low(i + 1);
            boolean plural = next.length() > 2 && next.endsWith("s") && is(i + 1, Token.Kind.WORD);
            boolean unitNext = is(i + 1, Token.Kind.SYMBOL) || next.equals("percent") || next.equals("per");
            if (plural || unitNext) {
                return -1;
            }
            if (YEAR_PREPS.contains(prev) || prev.equals("the") || prev.equals("'s") || prev.equals("’s")
                    || (is(i - 1, Token.Kind.PUNCT) && !prev.equals(".") && t.start() > 0) || i == lo) {
                return emit(i, i, Kind.DATE, Integer.toString(y), false, YEAR_PREPS.contains(prev) ? 0.9 : 0.7);
            }
        }
        return -1;
    }

    /** Package access for {@link NumericDates}. */
    int emitFor(int a, int b, Kind kind, String value, boolean relative, double conf) {
        return emit(a, b, kind, value, relative, conf);
    }

    String lowAt(int k) {
        return low(k);
    }

    LocalDate ref() {
        return ref;
    }

    /** "19 November 2019", "19th of November", "19 Nov". */
    private int dayFirst(int i) {
        int day = dayOf(raw(i));
        if (day < 0) {
            return -1;
        }
        int k = low(i + 1).equals("of") ? i + 2 : i + 1;
        Integer month = Calendar.MONTHS.get(stripDot(low(k)));
        if (month == null || !capital(k)) {
            return -1;
        }
        int c = low(k + 1).equals(",") ? k + 2 : k + 1;
        if (is(c, Token.Kind.NUMBER) && year(raw(c)) > 0) {
            LocalDate d = Calendar.date(year(raw(c)), month, day);
            return d == null ? -1 : emit(i, c, Kind.DATE, d.toString(), false, 0.95);
        }
        if (ref == null) {
            return emit(i, k, Kind.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), true, 0.8);
        }
        LocalDate d = Calendar.nearest(ref, month, day);
        return d == null ? -1 : emit(i, k, Kind.DATE, d.toString(), true, 0.85);
    }

    /** "10:30", "10:30 a.m.", "3 p.m. ET", "10am", "noon". */
    private int clock(int i, String s) {
        int h;
        int m = 0;
        String low = s.toLowerCase(Locale.ROOT);
        int colon = s.indexOf(':');
        String suffix = "";
        if (colon > 0 && colon <= 2 && s.length() >= colon + 3) {
            try {
                h = Integer.parseInt(s.substring(0, colon));
                m = Integer.parseInt(s.substring(colon + 1, colon + 3));
            } catch (NumberFormatException e) {
                return -1;
            }
            suffix = low.substring(colon + 3);
        } else {
            int k = 0;
            while (k < s.length() && Character.isDigit(s.charAt(k))) {
                k++;
            }
            if (k == 0 || k > 2) {
                return -1;
            }
            h = Integer.parseInt(s.substring(0, k));
            suffix = low.substring(k);
        }
        int end = i;
        String ampm = null;
        if (suffix.equals("am") || suffix.equals("pm")) {
            ampm = suffix;
        } else if (!suffix.isEmpty()) {
            return -1;
        } else {
            String n = low(i + 1);
            if (n.equals("a.m.") || n.equals("am") || n.equals("a.m")) {
                ampm = "am";
                end = i + 1;
            } else if (n.equals("p.m.") || n.equals("pm") || n.equals("p.m")) {
                ampm = "pm";
                end = i + 1;
            }
        }
        if (ampm == null && colon < 0) {
            return -1;
        }
        if (ampm != null) {
            if (h < 1 || h > 12) {
                return -1;
            }
            h = ampm.equals("pm") ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        }
        if (h > 23 || m > 59) {
            return -1;
        }
        String value = Calendar.time(h, m);
        String zone = raw(end + 1);
        if (Calendar.ZONES.containsKey(zone)) {
            value += Calendar.offset(zone, ref);
            end++;
        }
        return emit(i, end, Kind.TIME, value, false, ampm == null ? 0.7 : 0.9);
    }

    /** After a date: ", 10:30 a.m." or "at 3 p.m. ET" makes a DATETIME. */
    private int attachTime(int next) {
        TimeExpression last = out.get(out.size() - 1);
        String lv = last.value();
        if (last.kind() != Kind.DATE || lv.length() != 10 || lv.charAt(4) != '-' || lv.charAt(7) != '-' || !Character.isDigit(lv.charAt(9))) {
            return next;
        }
        int k = next;
        if (low(k).equals(",") || low(k).equals("at")) {
            k++;
        }
        if (k >= hi || !is(k, Token.Kind.NUMBER)) {
            return next;
        }
        int size = out.size();
        int r = clock(k, raw(k));
        if (r < 0 || out.size() == size) {
            return next;
        }
        TimeExpression time = out.remove(out.size() - 1);
        out.remove(out.size() - 1);
        String v = last.value() + time.value();
        out.add(new TimeExpression(new Span(last.span().start(), time.span().end()), Kind.DATETIME, v, last.relative(),
                Math.min(last.confidence(), time.confidence())));
        return r;
    }

    // ---- durations and sets ---------------------------------------------------------------

    static String unit(String w) {
        return switch (w) {
            case "second", "seconds" -> "second";
            case "minute", "minutes" -> "minute";
            case "hour", "hours" -> "hour";
            case "day", "days" -> "day";
            case "week", "weeks" -> "week";
            case "month", "months" -> "month";
            case "year", "years" -> "year";
            case "decade", "decades" -> "decade";
            case "century", "centuries" -> "century";
            default -> null;
        };
    }

    /** The count at token i as a string ("3", "1.5"), from digits, a number word or "a"/"an"; null if none. */
    private String count(int i) {
        String w = low(i);
        if (is(i, Token.Kind.NUMBER)) {
            int e = Numbers.numericEnd(w, 0, w.length());
            if (e != w.length() || w.startsWith("-") || w.startsWith("+")) {
                return null;
            }
            double v = Numbers.parse(w, 0, e, false);
            if (Double.isNaN(v) || v <= 0) {
                return null;
            }
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
        if (w.equals("a") || w.equals("an") || w.equals("one")) {
            return "1";
        }
        int n = Numbers.word(w);
        return n > 0 && n != 12 && n != 100 ? Integer.toString(n) : null;
    }

    /** "three years", "10 days", "two days ago", "in three weeks", "a year ago". Emits; returns the next index or -1. */
    private int durationAt(int i) {
        String n = count(i);
        String u = unit(low(i + 1));
        if (n == null || u == null) {
            return -1;
        }
        boolean article = low(i).equals("a") || low(i).equals("an");
        if (low(i + 2).equals("ago") || (low(i - 1).equals("in") && future() && !article)) {
            boolean ago = low(i + 2).equals("ago");
            int end = ago ? i + 2 : i + 1;
            if (ref == null) {
                return emit(i, end, Kind.DATE, ago ? "PAST_REF" : "FUTURE_REF", true, 0.7);
            }
            int sign = ago ? -1 : 1;
            long c = n.contains(".") ? -1 : Long.parseLong(n);
            if (c >= 0) {
                String value = switch (u) {
                    case "day" -> ref.plusDays(sign * c).toString();
                    case "week" -> Calendar.week(ref.plusWeeks(sign * c));
                    case "month" -> YearMonth.from(ref).plusMonths(sign * c).toString();
                    case "year" -> Integer.toString((int) (ref.getYear() + sign * c));
                    case "decade" -> ref.getYear() / 10 + sign * (int) c + "X";
                    default -> null;
                };
                if (value != null) {
                    return emit(i, end, Kind.DATE, value, true, 0.85);
                }
            }
        }
        if (article && !(low(i - 1).equals("for") || low(i - 1).equals("over") || low(i - 1).equals("within")
                || low(i - 1).equals("nearly") || low(i - 1).equals("almost") || low(i - 1).equals("about"))) {
            return -1;
        }
        if (n.equals("1") && low(i + 1).endsWith("s") || !n.equals("1") && !low(i + 1).endsWith("s") && !u.equals("century")) {
            return -1;
        }
        return emit(i, i + 1, Kind.DURATION, Calendar.duration(n, u), false, 0.85);
    }

    private int wordDuration(int i, String w) {
        if (count(i) != null) {
            return durationAt(i);
        }
        if (low(i - 1).equals("for") && unit(w) != null && w.endsWith("s")) {
            return emit(i, i, Kind.DURATION, Calendar.duration("X", unit(w)), false, 0.7);
        }
        int dash = w.indexOf('-');
        if (dash > 0 && w.indexOf('-', dash + 1) < 0) {
            String head = w.substring(0, dash);
            String u = unit(w.substring(dash + 1));
            int n = Numbers.word(head);
            String c = n > 0 ? Integer.toString(n) : allDigits(head) ? head : null;
            if (u != null && c != null && !w.endsWith("s")) {
                return emit(i, i, Kind.DURATION, Calendar.duration(c, u), false, 0.8);
            }
        }
        return -1;
    }

    private static boolean allDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return !s.isEmpty() && s.length() <= 4;
    }

    private int set(int i, String w) {
        if (SETS.containsKey(w)) {
            return emit(i, i, Kind.SET, SETS.get(w), false, 0.8);
        }
        if (w.equals("every") || w.equals("each")) {
            String u = low(i + 1);
            DayOfWeek wd = Calendar.WEEKDAYS.get(u);
            if (wd != null && u.length() > 3) {
                return emit(i, i + 1, Kind.SET, "XXXX-WXX-" + wd.getValue(), false, 0.85);
            }
            if (unit(u) != null && !u.endsWith("s")) {
                return emit(i, i + 1, Kind.SET, Calendar.duration("1", unit(u)), false, 0.85);
            }
            String n = count(i + 1);
            if (n != null && unit(low(i + 2)) != null && w.equals("every")) {
                return emit(i, i + 2, Kind.SET, Calendar.duration(n, unit(low(i + 2))), false, 0.8);
            }
        }
        return -1;
    }
}
