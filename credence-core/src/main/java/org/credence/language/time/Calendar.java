package org.credence.language.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;

/** Calendar arithmetic and value formatting for {@link TimeExpressions}. Stateless. */
final class Calendar {

    private Calendar() {
    }

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("sun", DayOfWeek.SUNDAY));

    /** Zones with a fixed offset; ET, CT, MT and PT follow their region's daylight saving. */
    static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("GMT", "Z"), Map.entry("UTC", "Z"), Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"),
            Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"),
            Map.entry("MSK", "+03:00"), Map.entry("JST", "+09:00"), Map.entry("KST", "+09:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
            Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"),
            Map.entry("ET", "America/New_York"), Map.entry("CT", "America/Chicago"),
            Map.entry("MT", "America/Denver"), Map.entry("PT", "America/Los_Angeles"));

    /** The ISO offset of a zone abbreviation on {@code date} ("" when it depends on a date not known). */
    static String offset(String zone, LocalDate date) {
        String z = ZONES.get(zone);
        if (z == null) {
            return "";
        }
        if (z.startsWith("America/")) {
            if (date == null) {
                return "";
            }
            ZoneOffset o = ZoneId.of(z).getRules().getOffset(date.atTime(12, 0));
            return o.getId();
        }
        return z;
    }

    /** Month and day without a year: the year that puts it nearest the article date. */
    static LocalDate nearest(LocalDate ref, int month, int day) {
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (day > YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (best == null || Math.abs(d.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }

    /** The weekday on or before {@code ref} (past) or on or after it (future). */
    static LocalDate weekday(LocalDate ref, DayOfWeek day, boolean future) {
        return ref.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
    }

    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static String interval(LocalDate a, LocalDate b) {
        return a + "/" + b;
    }

    static String week(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(int year, int month) {
        return (year < 1000 ? String.format(Locale.ROOT, "%04d", year) : Integer.toString(year)) + "-" + two(month);
    }

    static String time(int h, int m) {
        return "T" + two(h) + ":" + two(m);
    }

    static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    /** A valid date or null. */
    static LocalDate date(int y, int m, int d) {
        if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /** The part (early, mid, late) of a month as days 1-10, 11-20, 21-end. */
    static String partOfMonth(YearMonth ym, String part) {
        return switch (part) {
            case "early" -> interval(ym.atDay(1), ym.atDay(10));
            case "mid" -> interval(ym.atDay(11), ym.atDay(20));
            default -> interval(ym.atDay(21), ym.atEndOfMonth());
        };
    }

    /** The part of a year as months 1-4, 5-8, 9-12. */
    static String partOfYear(int year, String part) {
        return switch (part) {
            case "early" -> month(year, 1) + "/" + month(year, 4);
            case "mid" -> month(year, 5) + "/" + month(year, 8);
            default -> month(year, 9) + "/" + month(year, 12);
        };
    }

    /** The part of the week starting {@code monday}: Mon-Wed, Wed-Thu (mid), Thu-Sun. */
    static String partOfWeek(LocalDate monday, String part) {
        return switch (part) {
            case "early" -> interval(monday, monday.plusDays(2));
            case "mid" -> interval(monday.plusDays(2), monday.plusDays(3));
            default -> interval(monday.plusDays(3), monday.plusDays(6));
        };
    }

    /** ISO-8601 duration of n units ("P3Y", "PT5H", "P1.5D"). */
    static String duration(String n, String unit) {
        return switch (unit) {
            case "second" -> "PT" + n + "S";
            case "minute" -> "PT" + n + "M";
            case "hour" -> "PT" + n + "H";
            case "day" -> "P" + n + "D";
            case "week" -> "P" + n + "W";
            case "month" -> "P" + n + "M";
            case "decade" -> n.equals("X") ? "PXDE" : "P" + times(n, 10) + "Y";
            case "century" -> n.equals("X") ? "PXCE" : "P" + times(n, 100) + "Y";
            default -> "P" + n + "Y";
        };
    }

    private static String times(String n, int k) {
        double v = Double.parseDouble(n) * k;
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
