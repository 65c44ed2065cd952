package org.credence.repair.mojibake;

/**
 * Cyrillic letter plausibility from approximate letter frequencies of Russian prose (public
 * statistics, rounded), with rough values for letters of Ukrainian, Belarusian and South Slavic
 * alphabets. Mojibake between Cyrillic code pages scrambles letters towards rare ones.
 */
final class Cyrillic {

    private static final String LETTERS = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё";
    private static final double[] PERCENT = {
        10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81,
        2.62, 2.01, 1.90, 1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73, 0.64, 0.48,
        0.36, 0.32, 0.26, 0.04, 0.5};
    private static final String OTHERS = "іїєґўјљњђћџѕѓќ";
    private static final double[] OTHER_PERCENT = {
        4, 0.6, 0.4, 0.05, 0.3, 1, 0.5, 0.5, 0.2, 0.3, 0.1, 0.02, 0.05, 0.05};
    private static final String VOWELS = "аеёиоуыэюяіїєў";
    private static final double[] COST = new double[0xA0];

    static {
        java.util.Arrays.fill(COST, 3);
        for (int i = 0; i < LETTERS.length(); i++) {
            COST[LETTERS.charAt(i) - 0x400] = surprise(PERCENT[i]);
        }
        for (int i = 0; i < OTHERS.length(); i++) {
            COST[OTHERS.charAt(i) - 0x400] = surprise(OTHER_PERCENT[i]);
        }
    }

    /** Frequent letter pairs of Russian and Ukrainian prose (rough, from general knowledge). */
    private static final java.util.Set<String> COMMON = new java.util.HashSet<>(java.util.Arrays.asList((
            "ст но то на ен ов ни ра во ко ал пр ро ре ос ли по ер ть ка от ле го ва ор не ол "
            + "ан ет он ат ла та ел ит ри ес ав де ск ин ом ой ие ак ма ве ло ди ог тр ем ны ви "
            + "ам ил ый ых их ия сл да ме те об ти ту ча чт че нн ль ей ее ую од ед мо ми си ку "
            + "бо бы бе вы за зн ки кр лу мн му ну ож ок оп ое ру са се см сп ср сь ты уд уж ул "
            + "ум ус ут чи ша ще эт ют яв ял ят ая ий ые им ым ся ни дн зд бу гл гр др дл ег "
            + "ез ек ел ем ер ет жа же жи за зи ид ик ир ис км кт ле ль ля ма ме мы на нд не "
            + "нк нс нт ны ня ол ом ор ощ оч ош пе пи пл по пу ра ре рж рм рн ро рт ру ры сн со "
            + "сс сч ть уп ус фо хо ци цы ча чн ше шк щи ью ят ні ві ій ія їх ує іс ін ть ть")
            .split(" ")));

    private Cyrillic() {
    }

    /**
     * Cost of a Cyrillic word's letter pairs: real words have many frequent pairs; text re-decoded
     * with the wrong Cyrillic code page has almost none.
     */
    static double bigramCost(CharSequence s, int from, int to) {
        int pairs = 0;
        int common = 0;
        int prev = -1;
        for (int i = from; i < to; i++) {
            int c = Character.toLowerCase(s.charAt(i));
            boolean cyr = c >= 0x430 && c < 0x460;
            if (cyr && prev >= 0) {
                pairs++;
                if (COMMON.contains(new String(new char[] {(char) prev, (char) c}))) {
                    common++;
                }
            }
            prev = cyr ? c : -1;
        }
        if (pairs < 2) {
            return 0;
        }
        return 1.2 * pairs * Math.max(0, 0.3 - (double) common / pairs);
    }

    private static double surprise(double percent) {
        // bits above those of a typical letter, scaled down; common letters cost nothing
        return Math.max(0, 0.3 * (Math.log(8.0 / percent) / Math.log(2) - 1.5));
    }

    /** Cost of one Cyrillic letter; {@code wordStart} when it begins a word. */
    static double letterCost(int cp, boolean wordStart) {
        int lower = Character.toLowerCase(cp);
        double c = lower >= 0x400 && lower < 0x4A0 ? COST[lower - 0x400] : 0;
        if (wordStart && (lower == 'ь' || lower == 'ъ' || lower == 'ы')) {
            c += 2;
        }
        return c;
    }

    static boolean isConsonant(int cp) {
        int lower = Character.toLowerCase(cp);
        return lower >= 0x430 && lower < 0x460 && VOWELS.indexOf(lower) < 0
                && lower != 'ь' && lower != 'ъ' && lower != 'й';
    }
}
