package org.credence.language.quantity;

import java.util.List;
import java.util.Set;
import org.credence.language.quantity.NumberReader.Num;
import org.credence.model.Quantity;
import org.credence.language.SentenceTokens;
import org.credence.model.Token;

/**
 * One sentence's pass of {@link Quantities}; single use, not thread-safe.
 *
 * <p>It walks the sentence's tokens: {@link NumberReader} reads the number at a token, then
 * {@code classify} decides what it measures (percent signs, currency signs and codes here;
 * currency names, units of measure and counted nouns in {@link UnitWords}) and records the
 * quantity. A bare number followed by "to", a dash or "through" (or "and" after "between")
 * waits for the next one, so that both ends of a range take its unit.
 */
final class QuantityScan extends SentenceTokens {

    private static final Set<String> CONNECTORS = Set.of("to", "-", "–", "—", "and", "through");

    private final boolean decimalComma;
    private final List<Quantity> out;

    QuantityScan(String text, List<Token> toks, int lo, int hi, boolean decimalComma, List<Quantity> out) {
        super(text, toks, lo, hi);
        this.decimalComma = decimalComma;
        this.out = out;
    }

    boolean decimalComma() {
        return decimalComma;
    }

    void run() {
        int i = lo;
        Num pending = null;
        int pendingConnector = -1;
        while (i < hi) {
            int next = money(i, pending, pendingConnector);
            if (next < 0) {
                Num n = NumberReader.read(this, i);
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
        Num n = NumberReader.read(this, numAt);
        if (n == null || n.vague) {
            return -1;
        }
        return classify(n, code, toks.get(i).start(), pending, connector);
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
                NumberReader.scale(n, 1e6);
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
            unit = UnitWords.currencyWord(this, k, n, endOut);
            if (unit != null) {
                kind = Quantity.Kind.MONEY;
                end = endOut[0];
            }
        }
        if (kind == Quantity.Kind.MONEY && n.suffix.equals("m") && currency == null) {
            NumberReader.scale(n, 1e6);
        }
        if (kind == null) {
            int[] endOut = {end};
            unit = UnitWords.measure(this, k, n, endOut);
            if (unit != null) {
                kind = Quantity.Kind.MEASURE;
                end = endOut[0];
            }
        }
        if (kind == null && kind(k) == Token.Kind.WORD && Units.TIME_UNITS.containsKey(w) && !n.vague
                && !(n.value == 1 && w.endsWith("s")) && !UnitWords.namePrefix(this, n)) {
            kind = Quantity.Kind.DURATION;
            unit = Units.TIME_UNITS.get(w);
            end = toks.get(k).end();
        }
        if (kind == null && !(n.word && n.value == 1 && !n.scaled) && !UnitWords.yearLike(this, n)
                && !UnitWords.namePrefix(this, n)) {
            int noun = UnitWords.countedNoun(this, n.vague && w.equals("of") ? k + 1 : k);
            if (noun >= 0) {
                kind = Quantity.Kind.COUNT;
                unit = low(noun);
                end = toks.get(noun).end();
                if (n.suffix.equals("m")) {
                    NumberReader.scale(n, 1e6);
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

    int tokenIndexAt(int offset) {
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
}
