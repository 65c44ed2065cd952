package org.credence.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date out of a short string ("Published Nov. 19, 2019, 3:14 p.m.",
 * "2019-11-19T08:00:00Z", "19 November 2019", and day-first dates with German, French, Spanish,
 * Italian, Portuguese or Dutch month names: "12. März 2024", "7 de mayo de 2024") as ISO-8601. Only unambiguous forms are read:
 * numeric day/month orders are not guessed. Full date normalisation is the language layer's job.
 */
public final class PublishedDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    /** Month names of German, French, Spanish, Italian, Portuguese and Dutch, day first ("12. März 2024", "7 de mayo de 2024"). */
    private static final Map<String, Integer> OTHER_MONTHS = otherMonths();
    private static final Pattern OTHER_DMY = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})\\.?(?:er)?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static Map<String, Integer> otherMonths() {
        String[][] names = {
            {"januar", "janvier", "enero", "gennaio", "janeiro", "januari", "jänner"},
            {"februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"},
            {"märz", "maerz", "mars", "marzo", "março", "marco", "maart"},
            {"avril", "abril", "aprile"},
            {"mai", "mayo", "maggio", "maio", "mei"},
            {"juni", "juin", "junio", "giugno", "junho"},
            {"juli", "juillet", "julio", "luglio", "julho"},
            {"août", "aout", "agosto", "augustus"},
            {"septembre", "septiembre", "setiembre", "settembre", "setembro"},
            {"oktober", "octobre", "octubre", "ottobre", "outubro"},
            {"novembre", "noviembre", "novembro"},
            {"dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"}};
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    private PublishedDates() {
    }

    /** The first date in {@code s}, as {@code yyyy-MM-dd} or a full ISO date-time. */
    public static Optional<String> find(String s) {
        if (s == null || s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(4) != null && m.group(7) != null) {
                    String t = m.group().replace(' ', 'T');
                    String zone = m.group(7);
                    if (!zone.equals("Z") && zone.length() == 5) {
                        t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
                    }
                    try {
                        return Optional.of(OffsetDateTime.parse(t.replaceAll("\\.\\d+", "")).toString());
                    } catch (DateTimeParseException e) {
                        return Optional.of(d.toString());
                    }
                }
                return Optional.of(d.toString());
            } catch (DateTimeException | NumberFormatException e) {
                // not a date after all; try the other forms
            }
        }
        Matcher a = MDY.matcher(s);
        Matcher b = DMY.matcher(s);
        boolean fa = a.find();
        boolean fb = b.find();
        if (fa && (!fb || a.start() <= b.start())) {
            return date(a.group(3), a.group(1), a.group(2));
        }
        if (fb) {
            return date(b.group(3), b.group(2), b.group(1));
        }
        Matcher o = OTHER_DMY.matcher(s);
        while (o.find()) {
            Integer mo = OTHER_MONTHS.get(o.group(2).toLowerCase(Locale.ROOT));
            if (mo != null) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(o.group(3)), mo, Integer.parseInt(o.group(1))).toString());
                } catch (DateTimeException | NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> date(String year, String month, String day) {
        String key = month.toLowerCase(Locale.ROOT).replace(".", "");
        Integer mo = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
        if (mo == null) {
            mo = MONTHS.get(key.substring(0, Math.min(3, key.length())));
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
