package org.credence.language.quantity;

import java.util.Set;
import org.credence.model.Token;

/**
 * Reads the number at a token of a {@link QuantityScan}: digits with an optional unit or scale
 * suffix ("12%", "5km", "3bn"), a digit range ("10-15"), digit groups split by spaces
 * ("1 000 000"), number words ("three", "a hundred") and vague amounts ("dozens of", "tens of
 * thousands of"), each with a following scale word ("2.5 million", "3 Mrd."). Ordinal and
 * clock suffixes ("3rd", "10am", "1990s") are no numbers.
 */
final class NumberReader {

    private static final Set<String> ORDINAL_SUFFIXES = Set.of("s", "st", "nd", "rd", "th", "am", "pm", "'s", "’s", "x");

    /** A number read at a token: value before the unit, where it ends, and how. */
    static final class Num {
        int start;
        int end;
        int next;
        double value;
        double low = Double.NaN;
        int lowEnd;
        String suffix = "";
        boolean scaled;
        double multiplier = 1;
        boolean word;
        boolean vague;
        boolean plainInteger;
    }

    private NumberReader() {
    }

    /** The number at token i, or null when there is none. */
    static Num read(QuantityScan scan, int i) {
        String text = scan.text();
        Token t = scan.token(i);
        if (t.kind() == Token.Kind.WORD) {
            return readWords(scan, i);
        }
        if (t.kind() != Token.Kind.NUMBER) {
            return null;
        }
        int ne = Numbers.numericEnd(text, t.start(), t.end());
        if (ne == t.start()) {
            return null;
        }
        Num n = new Num();
        n.start = t.start();
        int numStart = t.start();
        if (ne < t.end() && (text.charAt(ne) == '-' || text.charAt(ne) == '–') && ne + 1 < t.end()
                && Character.isDigit(text.charAt(ne + 1))) {
            double a = Numbers.parse(text, t.start(), ne, scan.decimalComma());
            int he = Numbers.numericEnd(text, ne + 1, t.end());
            double b = Numbers.parse(text, ne + 1, he, scan.decimalComma());
            if (!(a < b)) {
                return null;
            }
            n.low = a;
            n.lowEnd = ne;
            numStart = ne + 1;
            ne = he;
        }
        String suffix = Quantities.lower(text.substring(ne, t.end()));
        if (!suffix.isEmpty() && !suffix.equals("%") && !suffix.equals("‰") && Numbers.scale(suffix) == 0
                && !Units.MEASURES.containsKey(suffix) && !suffix.equals("°c") && !suffix.equals("°f")) {
            return null;
        }
        if (ORDINAL_SUFFIXES.contains(suffix)) {
            return null;
        }
        boolean dc = scan.decimalComma() || Numbers.germanScale(scan.low(i + 1));
        int end = t.end();
        int next = i + 1;
        if (suffix.isEmpty() && Double.isNaN(n.low) && ne - numStart <= 3 && digitsOnly(scan, numStart, ne)) {
            int j = i + 1;
            int merged = end;
            while (j < scan.hi() && scan.kind(j) == Token.Kind.NUMBER && scan.token(j).start() == merged + 1
                    && isSpace(text.charAt(merged)) && startsWithGroup(scan, scan.token(j))) {
                merged = scan.token(j).end();
                j++;
            }
            if (j > i + 1 && !Double.isNaN(Numbers.parse(text, numStart, merged, dc))) {
                end = merged;
                ne = merged;
                next = j;
            }
        }
        double v = Numbers.parse(text, numStart, ne, dc);
        if (Double.isNaN(v)) {
            return null;
        }
        n.value = v;
        n.end = end;
        n.next = next;
        n.suffix = suffix;
        n.plainInteger = digitsOnly(scan, numStart, ne);
        if (Numbers.scale(suffix) > 0 && !suffix.equals("m")) {
            scale(n, Numbers.scale(suffix));
        }
        return scaleWord(scan, n);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean startsWithGroup(QuantityScan scan, Token t) {
        String text = scan.text();
        int s = t.start();
        int e = Numbers.numericEnd(text, s, t.end());
        if (e != t.end() || e - s < 3) {
            return false;
        }
        for (int k = s; k < s + 3; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return e == s + 3 || text.charAt(s + 3) == ',' || text.charAt(s + 3) == '.';
    }

    private static boolean digitsOnly(QuantityScan scan, int from, int to) {
        String text = scan.text();
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return to > from;
    }

    static void scale(Num n, double m) {
        n.value *= m;
        if (!Double.isNaN(n.low)) {
            n.low *= m;
        }
        n.multiplier *= m;
        n.scaled = true;
    }

    /** A scale word after the number ("million", "bn", "Mrd."). */
    private static Num scaleWord(QuantityScan scan, Num n) {
        int k = n.next;
        String w = scan.low(k);
        double m = scan.kind(k) == Token.Kind.WORD && w.length() > 1 && !w.endsWith("s") ? Numbers.scale(w) : 0;
        if (m > 0 && scan.close(k - 1, k)) {
            scale(n, m);
            n.end = scan.token(k).end();
            n.next = k + 1;
            if ((w.equals("mio") || w.equals("mrd") || w.equals("mln")) && scan.raw(k + 1).equals(".")
                    && scan.adjacent(k, k + 1)) {
                n.end = scan.token(k + 1).end();
                n.next = k + 2;
            }
        }
        return n;
    }

    private static final String[] VAGUE = {"dozens", "hundreds", "thousands", "millions", "billions"};
    private static final double[] VAGUE_VALUES = {24, 200, 2000, 2e6, 2e9};

    private static Num readWords(QuantityScan scan, int i) {
        String w = scan.low(i);
        Num n = new Num();
        n.start = scan.token(i).start();
        n.word = true;
        if (w.equals("tens") && scan.low(i + 1).equals("of")
                && (scan.low(i + 2).equals("thousands") || scan.low(i + 2).equals("millions"))) {
            n.value = scan.low(i + 2).equals("thousands") ? 2e4 : 2e7;
            n.vague = true;
            n.end = scan.token(i + 2).end();
            n.next = i + 3;
            return n;
        }
        for (int v = 0; v < VAGUE.length; v++) {
            if (w.equals(VAGUE[v]) && scan.low(i + 1).equals("of")) {
                n.value = VAGUE_VALUES[v];
                n.vague = true;
                n.end = scan.token(i).end();
                n.next = i + 1;
                if (v >= 1 && scan.low(i + 2).equals("thousands") && scan.low(i + 3).equals("of")) {
                    n.value *= 1000;
                    n.end = scan.token(i + 2).end();
                    n.next = i + 3;
                }
                return n;
            }
        }
        int value;
        int next;
        if ((w.equals("a") || w.equals("an")) && i + 1 < scan.hi()) {
            String u = scan.low(i + 1);
            if (u.equals("dozen") || u.equals("hundred")) {
                value = u.equals("dozen") ? 12 : 100;
            } else if (u.equals("thousand") || u.equals("million") || u.equals("billion") || u.equals("trillion")) {
                value = 1;
                next = i + 1;
                n.value = value;
                n.end = scan.token(i).end();
                n.next = next;
                return scaleWord(scan, n);
            } else {
                return null;
            }
            next = i + 2;
        } else {
            value = Numbers.word(w);
            if (value < 0 || w.equals("dozen") || w.equals("hundred")) {
                return null;
            }
            next = i + 1;
            if (scan.low(next).equals("hundred")) {
                value *= 100;
                next++;
            }
        }
        n.value = value;
        n.end = scan.token(next - 1).end();
        n.next = next;
        n.plainInteger = true;
        return scaleWord(scan, n);
    }
}
