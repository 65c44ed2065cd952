package org.credence.language.quantity;

import java.util.List;
import java.util.Set;
import org.credence.model.Quantity;
import org.credence.model.Token;

/** One sentence's pass of {@link Quantities}; single use, not thread-safe. */
final class QuantityScan {

    private static final Set<String> ORDINAL_SUFFIXES = Set.of("s", "st", "nd", "rd", "th", "am", "pm", "'s", "’s", "x");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "by", "until", "from", "of", "during", "before", "after", "through", "to", "and");
    private static final Set<String> CONNECTORS = Set.of("to", "-", "–", "—", "and", "through");
    private static final Set<String> MODIFIER_STOPS = Set.of("of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "was", "were", "is", "are", "had", "has", "have", "per", "than", "that", "who", "which");

    private static final Set<String> SENTENCE_STARTERS = Set.of("only", "over", "more", "fewer", "all", "another",
            "those", "these", "just", "but", "after", "since", "when", "while", "up", "at", "least", "exactly", "as",
            "less", "under", "nearly", "its", "their", "his", "her", "our", "my", "your", "if", "then", "now", "so", "yet");

    private final String text;
    private final List<Token> toks;
    private final int lo;
    private final int hi;
    private final boolean decimalComma;
    private final List<Quantity> out;
    private final String[] lower;

    /** A number read at a token: value before the unit, where it ends, and how. */
    private static final class Num {
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

    QuantityScan(String text, List<Token> toks, int lo, int hi, boolean decimalComma, List<Quantity> out) {
        this.text = text;
        this.toks = toks;
        this.lo = lo;
        this.hi = hi;
        this.decimalComma = decimalComma;
        this.out = out;
        this.lower = new String[Math.max(0, hi - lo)];
    }

    private String low(int k) {
        if (k < lo || k >= hi) {
            return "";
        }
        String s = lower[k - lo];
        if (s == null) {
            s = Quantities.lower(toks.get(k).text(text));
            lower[k - lo] = s;
        }
        return s;
    }

    private String raw(int k) {
        return k < lo || k >= hi ? "" : toks.get(k).text(text);
    }

    private Token.Kind kind(int k) {
        return k < lo || k >= hi ? null : toks.get(k).kind();
    }

    private boolean adjacent(int a, int b) {
        return a >= lo && b < hi && toks.get(a).end() == toks.get(b).start();
    }

    /** At most one whitespace character between tokens a and b. */
    private boolean close(int a, int b) {
        return a >= lo && b < hi && toks.get(b).start() - toks.get(a).end() <= 1;
    }

    void run() {
        int i = lo;
        Num pending = null;
        int pendingConnector = -1;
        while (i < hi) {
            int next = money(i, pending, pendingConnector);
            if (next < 0) {
                Num n = readNumber(i);
                if (n != null) {
                    next = classify(n, null, n.start, pending, pendingConnector);
                    if (next < 0 && !n.scaled && !n.vague && n.suffix.isEmpty() && !n.word
                            && Double.isNaN(n.low) && n.next < hi && CONNECTORS.contains(low(n.next))
                            && (!low(n.next).equals("and") || low(i - 1).equals("between"))) {
                        pending = n;
                        pendingConnector = n.next;
                        i = n.next + 1;
                        continue;
                    }
                    if (next < 0) {
                        next = n.next;
                    }
                }
            }
            pending = null;
            pendingConnector = -1;
            i = next < 0 ? i + 1 : Math.max(next, i + 1);
        }
    }

    /** A currency sign or code before a number; the index after the quantity, or -1. */
    private int money(int i, Num pending, int connector) {
        String code = null;
        int numAt = -1;
        if (kind(i) == Token.Kind.SYMBOL && Units.SIGNS.containsKey(raw(i))) {
            code = Units.SIGNS.get(raw(i));
            numAt = i + 1;
        } else if (kind(i) == Token.Kind.WORD && Units.SIGN_PREFIXES.containsKey(raw(i)) && i + 1 < hi
                && adjacent(i, i + 1) && (raw(i + 1).equals("$") || raw(i + 1).equals("¥"))) {
            code = Units.SIGN_PREFIXES.get(raw(i));
            numAt = i + 2;
        } else if (kind(i) == Token.Kind.WORD && Units.CODES.contains(raw(i))) {
            code = raw(i);
            numAt = i + 1;
        }
        if (code == null || numAt >= hi || !close(numAt - 1, numAt)) {
            return -1;
        }
        Num n = readNumber(numAt);
        if (n == null || n.vague) {
            return -1;
        }
        return classify(n, code, toks.get(i).start(), pending, connector);
    }

    private Num readNumber(int i) {
        Token t = toks.get(i);
        if (t.kind() == Token.Kind.WORD) {
            return readWords(i);
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
            double a = Numbers.parse(text, t.start(), ne, decimalComma);
            int he = Numbers.numericEnd(text, ne + 1, t.end());
            double b = Numbers.parse(text, ne + 1, he, decimalComma);
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
        boolean dc = decimalComma || Numbers.germanScale(low(i + 1));
        int end = t.end();
        int next = i + 1;
        if (suffix.isEmpty() && Double.isNaN(n.low) && ne - numStart <= 3 && digitsOnly(numStart, ne)) {
            int j = i + 1;
            int merged = end;
            while (j < hi && kind(j) == Token.Kind.NUMBER && toks.get(j).start() == merged + 1
                    && isSpace(text.charAt(merged)) && startsWithGroup(toks.get(j))) {
                merged = toks.get(j).end();
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
        n.plainInteger = digitsOnly(numStart, ne);
        if (Numbers.scale(suffix) > 0 && !suffix.equals("m")) {
            scale(n, Numbers.scale(suffix));
        }
        return scaleWord(n);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private boolean startsWithGroup(Token t) {
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

    private boolean digitsOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return to > from;
    }

    private static void scale(Num n, double m) {
        n.value *= m;
        if (!Double.isNaN(n.low)) {
            n.low *= m;
        }
        n.multiplier *= m;
        n.scaled = true;
    }

    /** A scale word after the number ("million", "bn", "Mrd."). */
    private Num scaleWord(Num n) {
        int k = n.next;
        String w = low(k);
        double m = kind(k) == Token.Kind.WORD && w.length() > 1 && !w.endsWith("s") ? Numbers.scale(w) : 0;
        if (m > 0 && close(k - 1, k)) {
            scale(n, m);
            n.end = toks.get(k).end();
            n.next = k + 1;
            if ((w.equals("mio") || w.equals("mrd") || w.equals("mln")) && raw(k + 1).equals(".") && adjacent(k, k + 1)) {
                n.end = toks.get(k + 1).end();
                n.next = k + 2;
            }
        }
        return n;
    }

    private static final String[] VAGUE = {"dozens", "hundreds", "thousands", "millions", "billions"};
    private static final double[] VAGUE_VALUES = {24, 200, 2000, 2e6, 2e9};

    private Num readWords(int i) {
        String w = low(i);
        Num n = new Num();
        n.start = toks.get(i).start();
        n.word = true;
        if (w.equals("tens") && low(i + 1).equals("of") && (low(i + 2).equals("thousands") || low(i + 2).equals("millions"))) {
            n.value = low(i + 2).equals("thousands") ? 2e4 : 2e7;
            n.vague = true;
            n.end = toks.get(i + 2).end();
            n.next = i + 3;
            return n;
        }
        for (int v = 0; v < VAGUE.length; v++) {
            if (w.equals(VAGUE[v]) && low(i + 1).equals("of")) {
                n.value = VAGUE_VALUES[v];
                n.vague = true;
                n.end = toks.get(i).end();
                n.next = i + 1;
                if (v >= 1 && low(i + 2).equals("thousands") && low(i + 3).equals("of")) {
                    n.value *= 1000;
                    n.end = toks.get(i + 2).end();
                    n.next = i + 3;
                }
                return n;
            }
        }
        int value;
        int next;
        if ((w.equals("a") || w.equals("an")) && i + 1 < hi) {
            String u = low(i + 1);
            if (u.equals("dozen") || u.equals("hundred")) {
                value = u.equals("dozen") ? 12 : 100;
            } else if (u.equals("thousand") || u.equals("million") || u.equals("billion") || u.equals("trillion")) {
                value = 1;
                next = i + 1;
                n.value = value;
                n.end = toks.get(i).end();
                n.next = next;
                return scaleWord(n);
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
            if (low(next).equals("hundred")) {
                value *= 100;
                next++;
            }
        }
        n.value = value;
        n.end = toks.get(next - 1).end();
        n.next = next;
        n.plainInteger = true;
        return scaleWord(n);
    }

    /**
     * Decides what the number {@code n} measures and records it; returns the index after it,
     * or -1 when it is no quantity.
     */
    private int classify(Num n, String currency, int start, Num pending, int connector) {
        int k = n.next;
        int end = n.end;
        Quantity.Kind kind = null;
        String unit = null;
        String w = low(k);
        String suffix = n.suffix;
        if (currency != null) {
            kind = Quantity.Kind.MONEY;
            unit = currency;
            if (suffix.equals("m")) {
                scale(n, 1e6);
            } else if (!suffix.isEmpty() && Numbers.scale(suffix) == 0) {
                return -1;
            }
        } else if (suffix.equals("%") || suffix.equals("‰")) {
            kind = Quantity.Kind.PERCENT;
            unit = suffix;
        } else if ((raw(k).equals("%") || raw(k).equals("‰")) && close(k - 1, k)) {
            kind = Quantity.Kind.PERCENT;
            unit = raw(k);
            end = toks.get(k).end();
        } else if (w.equals("percent") || w.equals("pct") || w.equals("prozent")) {
            kind = Quantity.Kind.PERCENT;
            unit = "%";
            end = toks.get(k).end();
        } else if (w.equals("per") && low(k + 1).equals("cent")) {
            kind = Quantity.Kind.PERCENT;
            unit = "%";
            end = toks.get(k + 1).end();
        } else if ((w.equals("percentage") || w.equals("basis")) && (low(k + 1).equals("points") || low(k + 1).equals("point"))) {
            kind = Quantity.Kind.PERCENT;
            unit = w.equals("basis") ? "bp" : "pp";
            end = toks.get(k + 1).end();
        } else if (kind(k) == Token.Kind.SYMBOL && Units.SIGNS.containsKey(raw(k)) && close(k - 1, k)) {
            kind = Quantity.Kind.MONEY;
            unit = Units.SIGNS.get(raw(k));
            end = toks.get(k).end();
        } else if (kind(k) == Token.Kind.WORD && Units.CODES.contains(raw(k))) {
            kind = Quantity.Kind.MONEY;
            unit = raw(k);
            end = toks.get(k).end();
        } else {
            int[] endOut = {end};
            unit = currencyWord(k, n, endOut);
            if (unit != null) {
                kind = Quantity.Kind.MONEY;
                end = endOut[0];
            }
        }
        if (kind == Quantity.Kind.MONEY && n.suffix.equals("m") && currency == null) {
            scale(n, 1e6);
        }
        if (kind == null) {
            int[] endOut = {end};
            unit = measure(k, n, endOut);
            if (unit != null) {
                kind = Quantity.Kind.MEASURE;
                end = endOut[0];
            }
        }
        if (kind == null && kind(k) == Token.Kind.WORD && Units.TIME_UNITS.containsKey(w) && !n.vague
                && !(n.value == 1 && w.endsWith("s")) && !namePrefix(n)) {
            kind = Quantity.Kind.DURATION;
            unit = Units.TIME_UNITS.get(w);
            end = toks.get(k).end();
        }
        if (kind == null && !(n.word && n.value == 1 && !n.scaled) && !yearLike(n) && !namePrefix(n)) {
            int noun = countedNoun(n.vague && w.equals("of") ? k + 1 : k);
            if (noun >= 0) {
                kind = Quantity.Kind.COUNT;
                unit = low(noun);
                end = toks.get(noun).end();
                if (n.suffix.equals("m")) {
                    scale(n, 1e6);
                }
            }
        }
        if (kind == null && (n.scaled || n.vague) && !n.suffix.equals("m")) {
            kind = Quantity.Kind.COUNT;
            unit = "";
        }
        if (kind == null) {
            return -1;
        }
        boolean approx = n.vague || hedged(start);
        if (pending != null && connector >= 0 && tokenIndexAt(start) == connector + 1) {
            double v = pending.value * (pending.scaled ? 1 : n.multiplier);
            out.add(Quantities.make(text, pending.start, pending.end, kind, v, unit, approx || hedged(pending.start)));
        }
        if (!Double.isNaN(n.low)) {
            out.add(Quantities.make(text, start, n.lowEnd, kind, n.low, unit, approx));
            start = n.lowEnd + 1;
        }
        out.add(Quantities.make(text, start, end, kind, n.value, unit, approx));
        int after = k;
        while (after < hi && toks.get(after).end() <= end) {
            after++;
        }
        return after;
    }

    private int tokenIndexAt(int offset) {
        for (int k = lo; k < hi; k++) {
            if (toks.get(k).start() == offset) {
                return k;
            }
        }
        return -1;
    }

    private boolean hedged(int start) {
        int k = tokenIndexAt(start) - 1;
        return k >= lo && Units.HEDGES.contains(low(k)) || (low(k).equals("estimated") && low(k - 1).equals("an"));
    }

    private String currencyWord(int k, Num n, int[] end) {
        String w = low(k);
        if (Units.DOLLAR_COUNTRIES.containsKey(w)) {
            int d = w.equals("hong") ? k + 2 : k + 1;
            if (w.equals("kong")) {
                return null;
            }
            if (low(d).equals("dollars") || low(d).equals("dollar")) {
                end[0] = toks.get(d).end();
                return Units.DOLLAR_COUNTRIES.get(w);
            }
            if (w.equals("hong") && low(k + 1).equals("kong") && low(k + 2).equals("dollars")) {
                end[0] = toks.get(k + 2).end();
                return "HKD";
            }
            return null;
        }
        if (w.equals("new") && low(k + 1).equals("zealand") && low(k + 2).startsWith("dollar")) {
            end[0] = toks.get(k + 2).end();
            return "NZD";
        }
        if (w.equals("swiss") && low(k + 1).equals("francs")) {
            end[0] = toks.get(k + 1).end();
            return "CHF";
        }
        if (w.equals("pounds") || w.equals("pound")) {
            if (low(k + 1).equals("sterling")) {
                end[0] = toks.get(k + 1).end();
                return "GBP";
            }
            if (n.scaled) {
                end[0] = toks.get(k).end();
                return "GBP";
            }
            return null;
        }
        String code = Units.NAMES.get(w);
        if (code != null) {
            end[0] = toks.get(k).end();
        }
        return code;
    }

    private String measure(int k, Num n, int[] end) {
        String s = n.suffix;
        if (!s.isEmpty() && Numbers.scale(s) == 0) {
            return s.equals("°c") ? "°C" : s.equals("°f") ? "°F" : Units.MEASURES.get(s);
        }
        if (s.equals("m")) {
            return countedNoun(k) >= 0 ? null : "m";
        }
        String w = low(k);
        if (raw(k).equals("°") && close(k - 1, k)) {
            String u = low(k + 1);
            if ((u.equals("c") || u.equals("f") || u.equals("c.") || u.equals("f.")) && adjacent(k, k + 1)) {
                end[0] = toks.get(k + 1).start() + 1;
                return u.startsWith("c") ? "°C" : "°F";
            }
            end[0] = toks.get(k).end();
            return "°";
        }
        if ((w.equals("square") || w.equals("sq")) && Units.MEASURES.containsKey(low(k + 1))) {
            String u = Units.MEASURES.get(low(k + 1));
            if (u.equals("km") || u.equals("mi") || u.equals("m") || u.equals("ft")) {
                end[0] = toks.get(k + 1).end();
                return u + "²";
            }
        }
        if (w.equals("pounds") || w.equals("pound")) {
            end[0] = toks.get(k).end();
            return "lb";
        }
        if (kind(k) == Token.Kind.WORD && Units.MEASURES.containsKey(w) && !(n.word && w.length() <= 2)) {
            String u = Units.MEASURES.get(w);
            end[0] = toks.get(k).end();
            if (u.equals("°")) {
                String c = low(k + 1);
                if (c.equals("celsius") || c.equals("c") || c.equals("centigrade")) {
                    end[0] = toks.get(k + 1).end();
                    return "°C";
                }
                if (c.equals("fahrenheit") || c.equals("f")) {
                    end[0] = toks.get(k + 1).end();
                    return "°F";
                }
            }
            if (u.equals("bbl") && low(k + 1).equals("per") && low(k + 2).equals("day")) {
                end[0] = toks.get(k + 2).end();
                return "bbl/d";
            }
            return u;
        }
        return null;
    }

    /** A year after a preposition ("in 2019 cases rose") is no count. */
    private boolean yearLike(Num n) {
        if (!n.plainInteger || n.scaled || n.word || n.value < 1800 || n.value > 2100) {
            return false;
        }
        int k = tokenIndexAt(n.start) - 1;
        return k < lo || YEAR_PREPOSITIONS.contains(low(k)) || kind(k) == Token.Kind.PUNCT;
    }

    /** A plain integer after a capitalised name inside a sentence ("Boeing 737 jets") is a model number. */
    private boolean namePrefix(Num n) {
        if (!n.plainInteger || n.word || n.scaled) {
            return false;
        }
        int k = tokenIndexAt(n.start) - 1;
        if (k < lo || kind(k) != Token.Kind.WORD) {
            return false;
        }
        String r = raw(k);
        return Character.isUpperCase(r.charAt(0)) && !Units.HEDGES.contains(low(k)) && !MODIFIER_STOPS.contains(low(k))
                && !SENTENCE_STARTERS.contains(low(k)) && (k == lo || kind(k - 1) != Token.Kind.PUNCT);
    }

    /** The index of the counted noun at k or after one modifier at k, or -1. */
    private int countedNoun(int k) {
        if (isCounted(k)) {
            return k;
        }
        if (kind(k) == Token.Kind.WORD && !MODIFIER_STOPS.contains(low(k)) && !Units.TIME_UNITS.containsKey(low(k))
                && !isPluralish(low(k)) && close(k, k + 1) && isCounted(k + 1)) {
            return k + 1;
        }
        return -1;
    }

    private boolean isCounted(int k) {
        if (kind(k) != Token.Kind.WORD) {
            return false;
        }
        String r = raw(k);
        String w = low(k);
        if (!Character.isLowerCase(r.charAt(0)) || w.length() < 3 || Units.NOT_COUNTED.contains(w)
                || Units.TIME_UNITS.containsKey(w) || Units.MEASURES.containsKey(w) || Units.NAMES.containsKey(w)) {
            return false;
        }
        return Units.IRREGULAR_PLURALS.contains(w) || isPluralish(w);
    }

    private static boolean isPluralish(String w) {
        return w.length() >= 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("'s") && !w.endsWith("’s") && !Units.NOT_COUNTED.contains(w);
    }
}
