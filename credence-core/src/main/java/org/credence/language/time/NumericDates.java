package org.credence.language.time;

import java.time.LocalDate;
import org.credence.model.TimeExpression.Kind;

/**
 * Dates written in one NUMBER token: ISO dates (2019-11-19), numeric dates (11/19/2019,
 * 19.11.2019, 19-11-2019), year ranges (2019–2020, 2019-20) and decades (1990s, ’90s).
 *
 * <p>Numeric dates: a part above 12 decides the order; when both first parts could be the
 * month, slashes are read in US order (month/day/year, confidence 0.6) and dots and dashes in
 * European order (day.month.year, confidence 0.7). A two-digit year is read only with slashes
 * (11/19/19 → 2019; 00-49 → 20xx, 50-99 → 19xx).
 */
final class NumericDates {

    private NumericDates() {
    }

    /** 0 when the token is none of these shapes; otherwise what {@code scan.emit} returned, or -1. */
    static int match(TimeScan scan, int i, String s) {
        String[] p = split(s);
        if (p == null) {
            return 0;
        }
        char sep = p[p.length - 1].charAt(0);
        int parts = p.length - 1;
        if (parts == 3) {
            int a = Integer.parseInt(p[0]);
            int b = Integer.parseInt(p[1]);
            int c = Integer.parseInt(p[2]);
            if (p[0].length() == 4 && sep == '-') {
                LocalDate d = Calendar.date(a, b, c);
                return d == null ? -1 : scan.emit(i, i, Kind.DATE, d.toString(), false, 0.99);
            }
            int y;
            if (p[2].length() == 4) {
                y = c;
            } else if (p[2].length() == 2 && sep == '/') {
                y = c < 50 ? 2000 + c : 1900 + c;
            } else {
                return -1;
            }
            if (p[0].length() > 2 || p[1].length() > 2) {
                return -1;
            }
            int month;
            int day;
            double conf;
            if (a > 12 && b <= 12) {
                day = a;
                month = b;
                conf = 0.9;
            } else if (b > 12 && a <= 12) {
                month = a;
                day = b;
                conf = 0.9;
            } else if (sep == '/') {
                month = a;
                day = b;
                conf = a == b ? 0.95 : 0.6;
            } else {
                day = a;
                month = b;
                conf = a == b ? 0.95 : 0.7;
            }
            LocalDate d = Calendar.date(y, month, day);
            return d == null ? -1 : scan.emit(i, i, Kind.DATE, d.toString(), false, conf);
        }
        if (parts == 2 && (sep == '-' || sep == '–') && p[0].length() == 4) {
            int a = Integer.parseInt(p[0]);
            int b = Integer.parseInt(p[1]);
            if (p[1].length() == 2) {
                b = a / 100 * 100 + b;
            } else if (p[1].length() != 4) {
                return -1;
            }
            if (a < 1000 || b <= a || b - a > 100) {
                return -1;
            }
            return scan.emit(i, i, Kind.RANGE, a + "/" + b, false, 0.85);
        }
        return parts == 2 ? -1 : 0;
    }

    /**
     * The digit groups of a token made only of digits and one kind of separator (- – / .),
     * followed by the separator as a last element; a decade is handled here too. Null otherwise.
     */
    private static String[] split(String s) {
        char sep = 0;
        int groups = 1;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                continue;
            }
            if (c != '-' && c != '–' && c != '/' && c != '.') {
                return null;
            }
            if (sep != 0 && c != sep && !(isDash(c) && isDash(sep))) {
                return null;
            }
            if (k == 0 || k == s.length() - 1 || !Character.isDigit(s.charAt(k - 1))) {
                return null;
            }
            sep = c;
            groups++;
        }
        if (sep == 0 || groups > 3 || (sep == '.' && groups != 3)) {
            return null;
        }
        String[] out = new String[groups + 1];
        int g = 0;
        int from = 0;
        for (int k = 0; k <= s.length(); k++) {
            if (k == s.length() || !Character.isDigit(s.charAt(k))) {
                out[g++] = s.substring(from, k);
                from = k + 1;
            }
        }
        for (int k = 0; k < groups; k++) {
            if (out[k].length() > 4) {
                return null;
            }
        }
        out[groups] = String.valueOf(sep);
        return out;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–';
    }

    /** "1990s" → 199X, "’90s" → 199X (00-29 → 20X), "1900s" → 190X; null when not a decade. */
    static String decade(String s) {
        String t = s.startsWith("’") || s.startsWith("'") ? s.substring(1) : s;
        if (!t.endsWith("s") && !t.endsWith("'s") && !t.endsWith("’s")) {
            return null;
        }
        String d = t.substring(0, t.indexOf('s') - (t.contains("'") || t.contains("’") ? 1 : 0));
        if (d.length() == 2 && d.charAt(1) == '0' && t != s) {
            int v = d.charAt(0) - '0';
            return (v < 3 ? "20" : "19") + v + "X";
        }
        if (d.length() == 4 && d.charAt(3) == '0' && AbsoluteDates.year(d) > 0) {
            return d.substring(0, 3) + "X";
        }
        return null;
    }
}
