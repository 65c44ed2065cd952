package org.credence.language.quantity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.model.Token;

/**
 * Reads numbers as news writes them: digit groups with the thousands and decimal separators of
 * several locales, scale words and suffixes, and English number words. Stateless.
 *
 * <p><b>Separators.</b> ’ ' and spaces only group thousands. When both , and . occur, the last
 * one is the decimal mark (25,000.50 / 25.000,50). A mark that occurs more than once groups
 * thousands (1,000,000 / 1.000.000). A single mark followed by other than three digits is a
 * decimal mark (1.5 / 1,5 / 3,25). A single mark followed by exactly three digits (25,000 /
 * 25.000) is ambiguous: it groups thousands when it is a comma, unless the text writes decimal
 * commas, and is a decimal point when it is a period, unless the text writes decimal commas
 * ({@link #writesDecimalComma}) or a German scale word follows ("1.500 Mio."). Thousands groups
 * must have three digits, else the number is not read.
 */
public final class Numbers {

    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("thousand", 1e3), Map.entry("k", 1e3), Map.entry("million", 1e6),
            Map.entry("m", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("mio", 1e6),
            Map.entry("millionen", 1e6), Map.entry("billion", 1e9), Map.entry("bn", 1e9),
            Map.entry("b", 1e9), Map.entry("bln", 1e9), Map.entry("mrd", 1e9), Map.entry("milliarden", 1e9),
            Map.entry("milliarde", 1e9), Map.entry("trillion", 1e12), Map.entry("tn", 1e12),
            Map.entry("trn", 1e12), Map.entry("crore", 1e7), Map.entry("lakh", 1e5),
            Map.entry("thousands", 1e3), Map.entry("millions", 1e6), Map.entry("billions", 1e9));

    /** Scale words of German-style texts, after which a lone 3-digit group is a thousands group. */
    private static final List<String> GERMAN_SCALES = List.of("mio", "mrd", "millionen", "milliarden", "milliarde", "tausend");

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("dozen", 12), Map.entry("hundred", 100));

    private Numbers() {
    }

    /** The multiplier of a scale word or suffix (million, bn, Mrd, k), or 0 when it is none. */
    public static double scale(String lower) {
        Double d = SCALES.get(lower);
        return d == null ? 0 : d;
    }

    /** True for a German scale word (Mio, Mrd, Millionen, Milliarden, Tausend), lower case. */
    public static boolean germanScale(String lower) {
        return GERMAN_SCALES.contains(lower);
    }

    /**
     * The value of an English number word in lower case ("three", "twenty-five", "dozen"), or -1.
     */
    public static int word(String lower) {
        Integer v = WORDS.get(lower);
        if (v != null) {
            return v;
        }
        int dash = lower.indexOf('-');
        if (dash > 0) {
            Integer tens = WORDS.get(lower.substring(0, dash));
            Integer ones = WORDS.get(lower.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return tens + ones;
            }
        }
        return -1;
    }

    /**
     * Where the numeric part of {@code s} ends: a leading sign, then digits and separators
     * ({@code , . ’ '}) between digits. Returns {@code from} when there is no digit.
     */
    public static int numericEnd(CharSequence s, int from, int to) {
        int i = from;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+' || s.charAt(i) == '−')) {
            i++;
        }
        int lastDigit = -1;
        while (i < to) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                lastDigit = i;
            } else if (!(isSeparator(c) && lastDigit == i - 1 && i + 1 < to && Character.isDigit(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        return lastDigit < 0 ? from : lastDigit + 1;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == '’' || c == '\'';
    }

    /**
     * The value of {@code s[from, to)}: an optional sign, digits and separators, read by the
     * rules above; NaN when it is not a well-formed number.
     *
     * @param decimalComma true when the text writes decimal commas (25.000,50)
     */
    public static double parse(CharSequence s, int from, int to, boolean decimalComma) {
        if (from >= to) {
            return Double.NaN;
        }
        boolean negative = false;
        char first = s.charAt(from);
        if (first == '-' || first == '−' || first == '+') {
            negative = first != '+';
            from++;
        }
        int commas = 0;
        int points = 0;
        int lastSep = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                continue;
            }
            if (!isSeparator(c) && c != ' ' && c != '\u00A0' && c != '\u202F') {
                return Double.NaN;
            }
            if (i == from || i == to - 1 || !Character.isDigit(s.charAt(i - 1))) {
                return Double.NaN;
            }
            if (c == ',') {
                commas++;
            } else if (c == '.') {
                points++;
            }
            lastSep = i;
        }
        int decimalAt = -1;
        if (lastSep >= 0) {
            char c = s.charAt(lastSep);
            int after = to - lastSep - 1;
            if (c == ',' || c == '.') {
                int same = c == ',' ? commas : points;
                int other = c == ',' ? points : commas;
                boolean groupedBefore = other > 0 || hasGroupMark(s, from, lastSep);
                if (same == 1 && groupedBefore) {
                    decimalAt = lastSep;
                } else if (same == 1 && after != 3) {
                    decimalAt = lastSep;
                } else if (same == 1) {
                    boolean leadingZero = lastSep - from == 1 && s.charAt(from) == '0';
                    decimalAt = leadingZero || (c == '.') != decimalComma ? lastSep : -1;
                }
            }
        }
        StringBuilder digits = new StringBuilder(to - from + 1);
        int group = 0;
        boolean firstGroup = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                group++;
            } else if (i == decimalAt) {
                if (!firstGroup && group != 3) {
                    return Double.NaN;
                }
                digits.append('.');
                for (int k = i + 1; k < to; k++) {
                    if (!Character.isDigit(s.charAt(k))) {
                        return Double.NaN;
                    }
                    digits.append(s.charAt(k));
                }
                break;
            } else {
                if ((firstGroup && group > 3) || (!firstGroup && group != 3)) {
                    return Double.NaN;
                }
                firstGroup = false;
                group = 0;
            }
            if (i == to - 1 && !firstGroup && group != 3) {
                return Double.NaN;
            }
        }
        try {
            double v = Double.parseDouble(digits.toString());
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean hasGroupMark(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '’' || c == '\'' || c == ' ' || c == '\u00A0' || c == '\u202F') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text writes decimal commas: more of its NUMBER tokens read only that way
     * (3,25 / 25.000,50 / 1,5 Mrd) than only the English way (3.25 / 25,000.50).
     */
    public static boolean writesDecimalComma(String text, List<Token> tokens) {
        int comma = 0;
        int point = 0;
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.NUMBER) {
                continue;
            }
            int end = numericEnd(text, t.start(), t.end());
            int lastComma = -1;
            int lastPoint = -1;
            for (int i = t.start(); i < end; i++) {
                char c = text.charAt(i);
                if (c == ',') {
                    lastComma = i;
                } else if (c == '.') {
                    lastPoint = i;
                }
            }
            if (lastComma >= 0 && lastPoint >= 0) {
                if (lastComma > lastPoint) {
                    comma++;
                } else {
                    point++;
                }
            } else if (lastComma >= 0 && end - lastComma - 1 != 3 && text.indexOf(',', t.start()) == lastComma) {
                comma++;
            } else if (lastPoint >= 0 && end - lastPoint - 1 != 3 && text.indexOf('.', t.start()) == lastPoint) {
                point++;
            }
        }
        return comma > point;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
