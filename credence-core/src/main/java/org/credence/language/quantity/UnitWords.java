package org.credence.language.quantity;

import java.util.Set;
import org.credence.language.quantity.NumberReader.Num;
import org.credence.model.Token;

/**
 * The words after a number in a {@link QuantityScan} that say what it measures: currency names
 * ("Australian dollars", "pounds sterling", "euros"), units of measure ("km", "square miles",
 * "°C", "barrels per day") and counted nouns ("300 jobs", "12 new cases"), and the checks that
 * keep years ("in 2019 cases rose") and model numbers ("Boeing 737 jets") from being counts.
 *
 * <p>{@code currencyWord} and {@code measure} return the unit and put the end offset of the
 * unit's last token in {@code end[0]}; they return null when the words name none.
 */
final class UnitWords {

    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "by", "until", "from", "of", "during", "before", "after", "through", "to", "and");
    private static final Set<String> MODIFIER_STOPS = Set.of("of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "was", "were", "is", "are", "had", "has", "have", "per", "than", "that", "who", "which");

    private static final Set<String> SENTENCE_STARTERS = Set.of("only", "over", "more", "fewer", "all", "another",
            "those", "these", "just", "but", "after", "since", "when", "while", "up", "at", "least", "exactly", "as",
            "less", "under", "nearly", "its", "their", "his", "her", "our", "my", "your", "if", "then", "now", "so", "yet");

    private UnitWords() {
    }

    static String currencyWord(QuantityScan scan, int k, Num n, int[] end) {
        String w = scan.low(k);
        if (Units.DOLLAR_COUNTRIES.containsKey(w)) {
            int d = w.equals("hong") ? k + 2 : k + 1;
            if (w.equals("kong")) {
                return null;
            }
            if (scan.low(d).equals("dollars") || scan.low(d).equals("dollar")) {
                end[0] = scan.token(d).end();
                return Units.DOLLAR_COUNTRIES.get(w);
            }
            if (w.equals("hong") && scan.low(k + 1).equals("kong") && scan.low(k + 2).equals("dollars")) {
                end[0] = scan.token(k + 2).end();
                return "HKD";
            }
            return null;
        }
        if (w.equals("new") && scan.low(k + 1).equals("zealand") && scan.low(k + 2).startsWith("dollar")) {
            end[0] = scan.token(k + 2).end();
            return "NZD";
        }
        if (w.equals("swiss") && scan.low(k + 1).equals("francs")) {
            end[0] = scan.token(k + 1).end();
            return "CHF";
        }
        if (w.equals("pounds") || w.equals("pound")) {
            if (scan.low(k + 1).equals("sterling")) {
                end[0] = scan.token(k + 1).end();
                return "GBP";
            }
            if (n.scaled) {
                end[0] = scan.token(k).end();
                return "GBP";
            }
            return null;
        }
        String code = Units.NAMES.get(w);
        if (code != null) {
            end[0] = scan.token(k).end();
        }
        return code;
    }

    static String measure(QuantityScan scan, int k, Num n, int[] end) {
        String s = n.suffix;
        if (!s.isEmpty() && Numbers.scale(s) == 0) {
            return s.equals("°c") ? "°C" : s.equals("°f") ? "°F" : Units.MEASURES.get(s);
        }
        if (s.equals("m")) {
            return countedNoun(scan, k) >= 0 ? null : "m";
        }
        String w = scan.low(k);
        if (scan.raw(k).equals("°") && scan.close(k - 1, k)) {
            String u = scan.low(k + 1);
            if ((u.equals("c") || u.equals("f") || u.equals("c.") || u.equals("f.")) && scan.adjacent(k, k + 1)) {
                end[0] = scan.token(k + 1).start() + 1;
                return u.startsWith("c") ? "°C" : "°F";
            }
            end[0] = scan.token(k).end();
            return "°";
        }
        if ((w.equals("square") || w.equals("sq")) && Units.MEASURES.containsKey(scan.low(k + 1))) {
            String u = Units.MEASURES.get(scan.low(k + 1));
            if (u.equals("km") || u.equals("mi") || u.equals("m") || u.equals("ft")) {
                end[0] = scan.token(k + 1).end();
                return u + "²";
            }
        }
        if (w.equals("pounds") || w.equals("pound")) {
            end[0] = scan.token(k).end();
            return "lb";
        }
        if (scan.kind(k) == Token.Kind.WORD && Units.MEASURES.containsKey(w) && !(n.word && w.length() <= 2)) {
            String u = Units.MEASURES.get(w);
            end[0] = scan.token(k).end();
            if (u.equals("°")) {
                String c = scan.low(k + 1);
                if (c.equals("celsius") || c.equals("c") || c.equals("centigrade")) {
                    end[0] = scan.token(k + 1).end();
                    return "°C";
                }
                if (c.equals("fahrenheit") || c.equals("f")) {
                    end[0] = scan.token(k + 1).end();
                    return "°F";
                }
            }
            if (u.equals("bbl") && scan.low(k + 1).equals("per") && scan.low(k + 2).equals("day")) {
                end[0] = scan.token(k + 2).end();
                return "bbl/d";
            }
            return u;
        }
        return null;
    }

    /** A year after a preposition ("in 2019 cases rose") is no count. */
    static boolean yearLike(QuantityScan scan, Num n) {
        if (!n.plainInteger || n.scaled || n.word || n.value < 1800 || n.value > 2100) {
            return false;
        }
        int k = scan.tokenIndexAt(n.start) - 1;
        return k < scan.lo() || YEAR_PREPOSITIONS.contains(scan.low(k)) || scan.kind(k) == Token.Kind.PUNCT;
    }

    /** A plain integer after a capitalised name inside a sentence ("Boeing 737 jets") is a model number. */
    static boolean namePrefix(QuantityScan scan, Num n) {
        if (!n.plainInteger || n.word || n.scaled) {
            return false;
        }
        int k = scan.tokenIndexAt(n.start) - 1;
        if (k < scan.lo() || scan.kind(k) != Token.Kind.WORD) {
            return false;
        }
        String r = scan.raw(k);
        return Character.isUpperCase(r.charAt(0)) && !Units.HEDGES.contains(scan.low(k)) && !MODIFIER_STOPS.contains(scan.low(k))
                && !SENTENCE_STARTERS.contains(scan.low(k)) && (k == scan.lo() || scan.kind(k - 1) != Token.Kind.PUNCT);
    }

    /** The index of the counted noun at k or after one modifier at k, or -1. */
    static int countedNoun(QuantityScan scan, int k) {
        if (isCounted(scan, k)) {
            return k;
        }
        if (scan.kind(k) == Token.Kind.WORD && !MODIFIER_STOPS.contains(scan.low(k)) && !Units.TIME_UNITS.containsKey(scan.low(k))
                && !isPluralish(scan.low(k)) && scan.close(k, k + 1) && isCounted(scan, k + 1)) {
            return k + 1;
        }
        return -1;
    }

    private static boolean isCounted(QuantityScan scan, int k) {
        if (scan.kind(k) != Token.Kind.WORD) {
            return false;
        }
        String r = scan.raw(k);
        String w = scan.low(k);
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
