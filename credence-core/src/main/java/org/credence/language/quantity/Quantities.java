package org.credence.language.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.model.Quantity;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * Finds money, percentages, counts, durations and measures in tokenized text. Immutable and
 * thread-safe; one pass over the tokens of each sentence, no regular expressions.
 *
 * <p><b>Contract.</b> Quantities come in text order, do not overlap, lie inside one sentence, and
 * {@code text.substring(span)} equals {@link Quantity#text()}. Any tokens made by
 * {@link org.credence.language.Tokenizer} from {@code text} are accepted; nothing throws but bad
 * arguments. Numbers are read by {@link Numbers} (locale of separators decided per text).
 *
 * <p><b>Rules.</b>
 * <ul>
 *   <li>MONEY: a currency sign before the number ($, US$, C$, HK$, €, £, ¥, ₽, ₴, ...) or after it
 *       (25 €), an ISO code before or after (USD 5m, 5 million EUR), or a currency word after it
 *       (dollars, Canadian dollars, euros, roubles/rubles, hryvnias, yen, yuan, ...). "pounds"
 *       is money (GBP) only with a scale word or "sterling"; otherwise it is a MEASURE in lb.</li>
 *   <li>Scale: suffixes (1.5bn, 5m, 10k, 2tn) and words (thousand, million, billion, trillion, bn,
 *       mn, mln, Mio., Mrd.) multiply the value. A glued "m" means million after a currency or
 *       before a counted noun, and metres otherwise.</li>
 *   <li>PERCENT: 3.2%, 3.2 %, 3.2 percent, 3.2 per cent, 3.2 pct (unit %); 2 percentage points (unit pp).</li>
 *   <li>DURATION: a number and a time unit (10 days, three years); MEASURE: a number and a unit
 *       (5km, 20 °C, 30 degrees Celsius, 2 million barrels).</li>
 *   <li>COUNT: a number followed by a counted noun, a plural or one of a few irregular plurals
 *       (people, police, staff), perhaps after one modifier ("300 people", "2,000 Russian
 *       troops" → unit "troops"); a scaled number with no noun ("1.5 million", unit ""). Bare
 *       numbers ("Room 101", "in 2019", scores) are not quantities.</li>
 *   <li>Number words: one to ninety-nine, "a dozen", "a hundred/thousand/million", "two
 *       million", only when a unit, currency, percent sign or counted noun follows ("one" never
 *       makes a COUNT). Vague amounts "dozens/hundreds/thousands/millions of", "tens of
 *       thousands of" are kept with their least value (24, 200, 2000, 2e6, 20000) and
 *       {@code approximate} set.</li>
 *   <li>Ranges: "10-20%", "$10–20 million", "between 10 and 20 percent", "10 to 20 people" give
 *       two quantities, the first taking the unit and scale of the second.</li>
 *   <li>Numbers that are dates, times, ordinals, decades or fractions (2019-11-19, 10:30, 21st,
 *       1990s, 24/7, 10am) are never quantities.</li>
 * </ul>
 */
public final class Quantities {

    public Quantities() {
    }

    /**
     * The quantities of {@code text}.
     *
     * @param tokens    the tokens of {@code text}, in order
     * @param sentences its sentences over {@code tokens}; null or empty means one sentence
     */
    public List<Quantity> find(String text, List<Token> tokens, List<Sentence> sentences) {
        if (text == null || tokens == null) {
            throw new IllegalArgumentException("text and tokens are required");
        }
        boolean decimalComma = Numbers.writesDecimalComma(text, tokens);
        List<Quantity> out = new ArrayList<>();
        if (sentences == null || sentences.isEmpty()) {
            new QuantityScan(text, tokens, 0, tokens.size(), decimalComma, out).run();
        } else {
            for (Sentence s : sentences) {
                new QuantityScan(text, tokens, s.firstToken(), Math.min(s.endToken(), tokens.size()), decimalComma, out).run();
            }
        }
        return List.copyOf(out);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Helper for {@link QuantityScan}: a quantity over {@code [start, end)}. */
    static Quantity make(String text, int start, int end, Quantity.Kind kind, double value, String unit, boolean approx) {
        Span span = Span.of(text, start, end);
        return new Quantity(span, kind, value, unit, span.in(text), approx);
    }
}
