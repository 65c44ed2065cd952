package org.credence.model;

/**
 * An amount found in a text: money, a percentage, a count of something, a duration or a
 * measure, with its value scaled to a plain number.
 *
 * <p>{@code text} is the covered text, {@code text.substring(span.start(), span.end())} of the
 * article. The span covers the number, its currency or unit and its scale word ("$2.3 million",
 * "3.2 per cent", "300 people"), not a hedge before it ("about"): a hedge sets
 * {@code approximate}.
 *
 * <p><b>Units.</b> MONEY: an ISO-4217 code (USD, EUR, GBP, RUB, UAH, JPY, CNY, ...). PERCENT:
 * {@code %}, or {@code pp} for percentage points. COUNT: the counted noun as written in lower
 * case ("people", "troops"), or empty when only a scale word marks the number as an amount
 * ("1.5 million"). DURATION: the singular unit ({@code year}, {@code day}, {@code hour}).
 * MEASURE: a symbol ({@code km}, {@code mi}, {@code kg}, {@code t}, {@code bbl}, {@code °C},
 * {@code lb}, ...).
 *
 * @param span        where the quantity is in the text
 * @param kind        what it measures
 * @param value       the number, scaled ("1.5bn" is 1.5e9; "hundreds of" is 200, the least it can mean)
 * @param unit        the currency code or unit, see above; never null
 * @param text        the covered text
 * @param approximate true for a vague amount ("hundreds of", "dozens of") or one hedged by
 *                    about, around, roughly, approximately, nearly, almost, some or an estimated
 */
public record Quantity(Span span, Kind kind, double value, String unit, String text, boolean approximate) {

    /** What a quantity measures. */
    public enum Kind {
        /** An amount of money; the unit is a currency code. */
        MONEY,
        /** A percentage or percentage points. */
        PERCENT,
        /** A number of things, people or events. */
        COUNT,
        /** A length of time. */
        DURATION,
        /** A physical measure: distance, mass, volume, temperature, energy, area, speed. */
        MEASURE
    }

    public Quantity {
        if (span == null || kind == null || unit == null || text == null) {
            throw new IllegalArgumentException("span, kind, unit and text are required");
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value is not a finite number: " + value);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text \"" + text + "\" does not fit span " + span);
        }
    }
}
