package org.credence.repair.mojibake;

import java.util.HashMap;
import java.util.Map;

/**
 * Which European languages write each accented Latin letter, as a bit mask. A word whose accented
 * letters share no language ("Pøíliš") is a sign of one code page read as another.
 */
final class Languages {

    private static final String[] LANGS = {
        "fr", "de", "es", "pt", "it", "nl", "da", "sv", "is", "cs", "sk", "pl", "hu", "ro", "hr",
        "tr", "lv", "lt", "vi", "ca", "et", "fi", "sq"};
    private static final Map<Integer, Integer> MASKS = new HashMap<>();

    static {
        add("à", "fr it pt ca vi");
        add("â", "fr pt ro tr vi");
        add("ä", "de sv sk fi et");
        add("á", "es pt cs sk hu is vi ca");
        add("ã", "pt vi");
        add("å", "da sv fi");
        add("æ", "da is fr");
        add("ç", "fr pt ca tr sq");
        add("è", "fr it ca vi");
        add("é", "fr es pt it cs sk hu is ca vi");
        add("ê", "fr pt vi");
        add("ë", "fr nl sq");
        add("ì", "it vi");
        add("í", "es pt cs sk hu is ca vi it");
        add("î", "fr ro it");
        add("ï", "fr nl ca");
        add("ð", "is");
        add("ñ", "es ca");
        add("ò", "it ca vi");
        add("ó", "es pt cs sk hu is pl ca vi it");
        add("ô", "fr pt sk vi");
        add("õ", "pt et vi");
        add("ö", "de sv fi hu tr is et");
        add("ø", "da");
        add("ù", "fr it vi");
        add("ú", "es pt cs sk hu is vi it");
        add("û", "fr");
        add("ü", "de es hu tr et ca");
        add("ý", "cs sk is vi");
        add("þ", "is");
        add("ÿ", "fr");
        add("ß", "de");
        add("œ", "fr");
        add("šž", "cs sk hr lv lt et fi");
        add("č", "cs sk hr lv lt");
        add("řůě", "cs");
        add("ďťň", "cs sk");
        add("ľĺŕ", "sk");
        add("ąęłśźżń", "pl");
        add("ć", "pl hr");
        add("őű", "hu");
        add("ățţ", "ro");
        add("șş", "ro tr");
        add("ğı", "tr");
        add("đ", "hr vi");
        add("āēīūģķļņ", "lv");
        add("ėįų", "lt");
    }

    private Languages() {
    }

    private static void add(String letters, String langs) {
        int mask = 0;
        for (String l : langs.split(" ")) {
            mask |= 1 << java.util.Arrays.asList(LANGS).indexOf(l);
        }
        for (char c : letters.toCharArray()) {
            MASKS.put((int) c, mask);
            MASKS.put((int) Character.toUpperCase(c), mask);
        }
    }

    /** The languages that use {@code cp}, or 0 when the letter is not in the table. */
    static int mask(int cp) {
        if (cp == 0x130) {
            return mask('ı');
        }
        Integer m = MASKS.get(cp);
        return m == null ? 0 : m;
    }
}
