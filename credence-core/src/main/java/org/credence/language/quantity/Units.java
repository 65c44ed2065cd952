package org.credence.language.quantity;

import java.util.Map;
import java.util.Set;

/** The word lists of {@link Quantities}: currencies, units, counted-noun stop words. */
final class Units {

    private Units() {
    }

    /** Currency signs (SYMBOL tokens) to ISO codes; $ alone is USD, ¥ alone JPY. */
    static final Map<String, String> SIGNS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"),
            Map.entry("₽", "RUB"), Map.entry("₴", "UAH"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"),
            Map.entry("₺", "TRY"), Map.entry("₪", "ILS"), Map.entry("₦", "NGN"), Map.entry("₱", "PHP"),
            Map.entry("฿", "THB"), Map.entry("元", "CNY"), Map.entry("₸", "KZT"), Map.entry("₾", "GEL"));

    /** Letters glued before a dollar or yen sign (US$, C$, HK$, CN¥) to ISO codes. */
    static final Map<String, String> SIGN_PREFIXES = Map.ofEntries(
            Map.entry("US", "USD"), Map.entry("U.S.", "USD"), Map.entry("C", "CAD"), Map.entry("CA", "CAD"),
            Map.entry("A", "AUD"), Map.entry("AU", "AUD"), Map.entry("HK", "HKD"), Map.entry("NZ", "NZD"),
            Map.entry("S", "SGD"), Map.entry("R", "BRL"), Map.entry("NT", "TWD"), Map.entry("MX", "MXN"),
            Map.entry("CN", "CNY"), Map.entry("RMB", "CNY"));

    /** ISO codes written as words (upper case only). */
    static final Set<String> CODES = Set.of("USD", "EUR", "GBP", "RUB", "UAH", "JPY", "CNY", "CHF",
            "CAD", "AUD", "INR", "KRW", "TRY", "BRL", "MXN", "PLN", "SEK", "NOK", "DKK", "HKD", "SGD",
            "NZD", "ZAR", "ILS", "CZK", "HUF", "RON", "KZT", "BYN", "GEL", "NGN");

    /** Currency names after a number, lower case, to ISO codes. "pounds" is handled apart. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("sterling", "GBP"), Map.entry("rouble", "RUB"),
            Map.entry("roubles", "RUB"), Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"),
            Map.entry("hryvnia", "UAH"), Map.entry("hryvnias", "UAH"), Map.entry("hryvnas", "UAH"),
            Map.entry("hryvnya", "UAH"), Map.entry("hryvnyas", "UAH"), Map.entry("yen", "JPY"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rupee", "INR"),
            Map.entry("rupees", "INR"), Map.entry("francs", "CHF"), Map.entry("lira", "TRY"),
            Map.entry("liras", "TRY"), Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"),
            Map.entry("shekel", "ILS"), Map.entry("shekels", "ILS"), Map.entry("reais", "BRL"),
            Map.entry("rand", "ZAR"), Map.entry("pesos", "MXN"), Map.entry("kronor", "SEK"),
            Map.entry("tenge", "KZT"), Map.entry("lari", "GEL"), Map.entry("naira", "NGN"));

    /** A country word before "dollars" that names another dollar. */
    static final Map<String, String> DOLLAR_COUNTRIES = Map.of(
            "canadian", "CAD", "australian", "AUD", "singapore", "SGD", "taiwan", "TWD",
            "zealand", "NZD", "kong", "HKD", "us", "USD", "u.s.", "USD", "american", "USD");

    /** Measure units after a number (lower case, or exact case for short symbols) to symbols. */
    static final Map<String, String> MEASURES = Map.ofEntries(
            Map.entry("km", "km"), Map.entry("kilometre", "km"), Map.entry("kilometres", "km"),
            Map.entry("kilometer", "km"), Map.entry("kilometers", "km"), Map.entry("mile", "mi"),
            Map.entry("miles", "mi"), Map.entry("metre", "m"), Map.entry("metres", "m"),
            Map.entry("meter", "m"), Map.entry("meters", "m"), Map.entry("cm", "cm"),
            Map.entry("centimetres", "cm"), Map.entry("centimeters", "cm"), Map.entry("mm", "mm"),
            Map.entry("millimetres", "mm"), Map.entry("millimeters", "mm"), Map.entry("ft", "ft"),
            Map.entry("foot", "ft"), Map.entry("feet", "ft"), Map.entry("inch", "in"),
            Map.entry("inches", "in"), Map.entry("kg", "kg"), Map.entry("kilogram", "kg"),
            Map.entry("kilograms", "kg"), Map.entry("kilos", "kg"), Map.entry("g", "g"),
            Map.entry("grams", "g"), Map.entry("gram", "g"), Map.entry("tonne", "t"),
            Map.entry("tonnes", "t"), Map.entry("ton", "ton"), Map.entry("tons", "ton"),
            Map.entry("lb", "lb"), Map.entry("lbs", "lb"), Map.entry("oz", "oz"),
            Map.entry("ounce", "oz"), Map.entry("ounces", "oz"), Map.entry("barrel", "bbl"),
            Map.entry("barrels", "bbl"), Map.entry("bbl", "bbl"), Map.entry("bpd", "bbl/d"),
            Map.entry("litre", "L"), Map.entry("litres", "L"), Map.entry("liter", "L"),
            Map.entry("liters", "L"), Map.entry("gallon", "gal"), Map.entry("gallons", "gal"),
            Map.entry("hectare", "ha"), Map.entry("hectares", "ha"), Map.entry("ha", "ha"),
            Map.entry("acre", "acre"), Map.entry("acres", "acre"), Map.entry("mph", "mph"),
            Map.entry("kph", "km/h"), Map.entry("km/h", "km/h"), Map.entry("mw", "MW"),
            Map.entry("megawatts", "MW"), Map.entry("gw", "GW"), Map.entry("gigawatts", "GW"),
            Map.entry("kwh", "kWh"), Map.entry("mwh", "MWh"), Map.entry("twh", "TWh"),
            Map.entry("bcm", "bcm"), Map.entry("degrees", "°"), Map.entry("degree", "°"));

    /** Time units, singular and plural, to the singular. */
    static final Map<String, String> TIME_UNITS = Map.ofEntries(
            Map.entry("second", "second"), Map.entry("seconds", "second"), Map.entry("minute", "minute"),
            Map.entry("minutes", "minute"), Map.entry("hour", "hour"), Map.entry("hours", "hour"),
            Map.entry("day", "day"), Map.entry("days", "day"), Map.entry("week", "week"),
            Map.entry("weeks", "week"), Map.entry("month", "month"), Map.entry("months", "month"),
            Map.entry("year", "year"), Map.entry("years", "year"), Map.entry("decade", "decade"),
            Map.entry("decades", "decade"), Map.entry("century", "century"), Map.entry("centuries", "century"));

    /** Plural nouns without a final s that are counted. */
    static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women",
            "police", "staff", "personnel", "cattle", "sheep", "fish", "deer", "aircraft", "livestock",
            "feet", "teeth", "mice", "geese", "clergy", "crew", "infantry", "militia");

    /** Words ending in s that are not counted nouns. */
    static final Set<String> NOT_COUNTED = Set.of("is", "was", "has", "as", "its", "his", "hers",
            "this", "thus", "plus", "less", "unless", "yes", "us", "across", "always", "perhaps",
            "whereas", "does", "goes", "besides", "towards", "afterwards", "sometimes", "percent",
            "cents", "times", "minus", "versus", "ours", "yours", "theirs", "series", "news",
            "various", "previous", "serious", "famous", "numerous", "enormous", "anonymous", "obvious");

    /** Hedges that make the quantity after them approximate. */
    static final Set<String> HEDGES = Set.of("about", "around", "roughly", "approximately", "nearly",
            "almost", "some", "estimated", "approx.", "circa", "c.", "ca.");
}
