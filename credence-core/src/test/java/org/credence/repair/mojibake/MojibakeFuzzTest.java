package org.credence.repair.mojibake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random text built from mojibake-prone characters never makes the repairer throw or emit bad spans. */
class MojibakeFuzzTest {

    private static final String POOL = "aeiouAZ ?.,'\u00A0\u00C3\u00C2\u00E2\u20AC\u2122\u0153\u00A9\u00AE\u00B0"
            + "\u00BF\u00A1\u0080\u0085\u0099\u009D\uFFFD\u0420\u0421\u0403\u045F\u00CF\u00F0\u00E5\u2518\u252C"
            + "\u221A\u00D1\u00CC\u00ED\u00EF\u00BC\u0152\u00D7\u05D0\u4E2D\uD83D\uDE00\uD800\u0413\u00E6";

    @Test
    void randomTextNeverThrowsAndSpansStayExact() {
        Random rnd = new Random(7);
        MojibakeRepairer r = MojibakeRepairer.standard();
        for (int k = 0; k < 3000; k++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(POOL.charAt(rnd.nextInt(POOL.length())));
            }
            String s = b.toString();
            List<MojibakeFix> fixes = r.find(s);
            int last = 0;
            for (MojibakeFix f : fixes) {
                assertTrue(f.span().start() >= last && f.span().end() <= s.length(), s);
                last = f.span().end();
            }
            String fixed = r.fix(s);
            if (fixes.isEmpty()) {
                assertEquals(s, fixed);
            }
        }
    }
}
