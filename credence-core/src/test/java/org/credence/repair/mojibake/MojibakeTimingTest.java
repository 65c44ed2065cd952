package org.credence.repair.mojibake;

import org.junit.jupiter.api.Test;

/** Prints timings of {@link MojibakeRepairer#find} (no timed assertions: machines differ). */
class MojibakeTimingTest {

    private static String article(int size) {
        String para = "The council voted on Tuesday to extend the program for another two years, "
                + "citing strong demand from residents. \u201CWe heard people loud and clear,\u201D "
                + "the mayor\u2019s spokesperson said \u2014 adding that costs would be reviewed. ";
        StringBuilder b = new StringBuilder();
        while (b.length() < size) {
            b.append(para);
        }
        return b.substring(0, size);
    }

    private static double microsPerCall(MojibakeRepairer r, String text, int n) {
        for (int i = 0; i < n; i++) {
            r.find(text);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            r.find(text);
        }
        return (System.nanoTime() - t0) / 1000.0 / n;
    }

    @Test
    void printTimings() {
        MojibakeRepairer r = MojibakeRepairer.standard();
        String clean = article(5000);
        String oneBad = clean.substring(0, 2500) + Garble.utf8As1252("café\u2019s") + clean.substring(2500);
        String caption = clean.substring(0, 2500)
                + Garble.as("Президент России Владимир Путин", "windows-1251", "windows-1252") + clean.substring(2500);
        String russian = "Президент России Владимир Путин выступил с заявлением в Кремле. ".repeat(80);
        System.out.printf("mojibake find(): clean 5 KB English %.1f µs; with one garbled word %.1f µs; "
                        + "with a garbled Cyrillic caption %.1f µs; clean 5 KB Russian %.1f µs%n",
                microsPerCall(r, clean, 20000), microsPerCall(r, oneBad, 300),
                microsPerCall(r, caption, 300), microsPerCall(r, russian, 100));
        String big = Garble.utf8As1252("Le ministre a déclaré à l’Élysée que la réunion était très réussie. ")
                .repeat(3000);
        long t0 = System.nanoTime();
        int fixes = r.find(big).size();
        System.out.printf("mojibake find(): %d KB of garbled French, %d fixes in %.0f ms%n",
                big.length() / 1000, fixes, (System.nanoTime() - t0) / 1e6);
    }
}
