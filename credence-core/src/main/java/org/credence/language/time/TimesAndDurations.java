package org.credence.language.time;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.credence.language.quantity.Numbers;
import org.credence.model.Span;
import org.credence.model.TimeExpression;
import org.credence.model.TimeExpression.Kind;
import org.credence.model.Token;

/**
 * Clock times ("10:30 a.m.", "3 p.m. ET", joined to a preceding date as a DATETIME), durations
 * ("three years", "ten-day", "for weeks"; "two days ago" and "in three weeks" become dates) and
 * sets ("daily", "every Monday", "every two years").
 *
 * <p>Each method reads tokens of one {@link TimeScan}, records through {@link TimeScan#emit}
 * and returns the index after the expression, or -1 when nothing matched.
 */
final class TimesAndDurations {

    private static final Map<String, String> SETS = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
            "annually", "P1Y", "yearly", "P1Y", "hourly", "PT1H", "nightly", "P1D");

    private TimesAndDurations() {
    }

    /** "10:30", "10:30 a.m.", "3 p.m. ET", "10am", "noon". */
    static int clock(TimeScan scan, int i, String s) {
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
            String n = scan.low(i + 1);
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
        String zone = scan.raw(end + 1);
        if (Calendar.ZONES.containsKey(zone)) {
            value += Calendar.offset(zone, scan.ref());
            end++;
        }
        return scan.emit(i, end, Kind.TIME, value, false, ampm == null ? 0.7 : 0.9);
    }

    /** After a date: ", 10:30 a.m." or "at 3 p.m. ET" makes a DATETIME. */
    static int attachTime(TimeScan scan, int next) {
        TimeExpression last = scan.out().get(scan.out().size() - 1);
        String lv = last.value();
        if (last.kind() != Kind.DATE || lv.length() != 10 || lv.charAt(4) != '-' || lv.charAt(7) != '-' || !Character.isDigit(lv.charAt(9))) {
            return next;
        }
        int k = next;
        if (scan.low(k).equals(",") || scan.low(k).equals("at")) {
            k++;
        }
        if (k >= scan.hi() || !scan.is(k, Token.Kind.NUMBER)) {
            return next;
        }
        int size = scan.out().size();
        int r = clock(scan, k, scan.raw(k));
        if (r < 0 || scan.out().size() == size) {
            return next;
        }
        TimeExpression time = scan.out().remove(scan.out().size() - 1);
        scan.out().remove(scan.out().size() - 1);
        String v = last.value() + time.value();
        scan.out().add(new TimeExpression(new Span(last.span().start(), time.span().end()), Kind.DATETIME, v, last.relative(),
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
    private static String count(TimeScan scan, int i) {
        String w = scan.low(i);
        if (scan.is(i, Token.Kind.NUMBER)) {
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
    static int durationAt(TimeScan scan, int i) {
        String n = count(scan, i);
        String u = unit(scan.low(i + 1));
        if (n == null || u == null) {
            return -1;
        }
        boolean article = scan.low(i).equals("a") || scan.low(i).equals("an");
        if (scan.low(i + 2).equals("ago") || (scan.low(i - 1).equals("in") && scan.future() && !article)) {
            boolean ago = scan.low(i + 2).equals("ago");
            int end = ago ? i + 2 : i + 1;
            if (scan.ref() == null) {
                return scan.emit(i, end, Kind.DATE, ago ? "PAST_REF" : "FUTURE_REF", true, 0.7);
            }
            int sign = ago ? -1 : 1;
            long c = n.contains(".") ? -1 : Long.parseLong(n);
            if (c >= 0) {
                String value = switch (u) {
                    case "day" -> scan.ref().plusDays(sign * c).toString();
                    case "week" -> Calendar.week(scan.ref().plusWeeks(sign * c));
                    case "month" -> YearMonth.from(scan.ref()).plusMonths(sign * c).toString();
                    case "year" -> Integer.toString((int) (scan.ref().getYear() + sign * c));
                    case "decade" -> scan.ref().getYear() / 10 + sign * (int) c + "X";
                    default -> null;
                };
                if (value != null) {
                    return scan.emit(i, end, Kind.DATE, value, true, 0.85);
                }
            }
        }
        if (article && !(scan.low(i - 1).equals("for") || scan.low(i - 1).equals("over") || scan.low(i - 1).equals("within")
                || scan.low(i - 1).equals("nearly") || scan.low(i - 1).equals("almost") || scan.low(i - 1).equals("about"))) {
            return -1;
        }
        if (n.equals("1") && scan.low(i + 1).endsWith("s")
                || !n.equals("1") && !scan.low(i + 1).endsWith("s") && !u.equals("century")) {
            return -1;
        }
        return scan.emit(i, i + 1, Kind.DURATION, Calendar.duration(n, u), false, 0.85);
    }

    static int wordDuration(TimeScan scan, int i, String w) {
        if (count(scan, i) != null) {
            return durationAt(scan, i);
        }
        if (scan.low(i - 1).equals("for") && unit(w) != null && w.endsWith("s")) {
            return scan.emit(i, i, Kind.DURATION, Calendar.duration("X", unit(w)), false, 0.7);
        }
        int dash = w.indexOf('-');
        if (dash > 0 && w.indexOf('-', dash + 1) < 0) {
            String head = w.substring(0, dash);
            String u = unit(w.substring(dash + 1));
            int n = Numbers.word(head);
            String c = n > 0 ? Integer.toString(n) : allDigits(head) ? head : null;
            if (u != null && c != null && !w.endsWith("s")) {
                return scan.emit(i, i, Kind.DURATION, Calendar.duration(c, u), false, 0.8);
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

    static int set(TimeScan scan, int i, String w) {
        if (SETS.containsKey(w)) {
            if (scan.capital(i) && scan.capital(i + 1)) {
                return -1; // part of a name: "the Daily Mail", "Weekly Standard"
            }
            return scan.emit(i, i, Kind.SET, SETS.get(w), false, 0.8);
        }
        if (w.equals("every") || w.equals("each")) {
            String u = scan.low(i + 1);
            DayOfWeek wd = Calendar.WEEKDAYS.get(u);
            if (wd != null && u.length() > 3) {
                return scan.emit(i, i + 1, Kind.SET, "XXXX-WXX-" + wd.getValue(), false, 0.85);
            }
            if (unit(u) != null && !u.endsWith("s")) {
                return scan.emit(i, i + 1, Kind.SET, Calendar.duration("1", unit(u)), false, 0.85);
            }
            String n = count(scan, i + 1);
            if (n != null && unit(scan.low(i + 2)) != null && w.equals("every")) {
                return scan.emit(i, i + 2, Kind.SET, Calendar.duration(n, unit(scan.low(i + 2))), false, 0.8);
            }
        }
        return -1;
    }
}
