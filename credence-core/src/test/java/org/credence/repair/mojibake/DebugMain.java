package org.credence.repair.mojibake;

import java.util.List;

/** Prints every candidate repair with its gain (a developer aid, not a test). */
public final class DebugMain {
    public static void main(String[] args) {
        MojibakeRepairer r = MojibakeRepairer.standard();
        for (String a : args) {
            String s = a.replace("\\n", "\n");
            System.out.println("== " + s + "  cost=" + Plausibility.cost(s));
            for (Candidate c : r.debugCandidates(s)) {
                System.out.printf("  [%d,%d) %s -> %s  %s gain=%.2f weak=%s%n", c.start(), c.end(),
                        s.substring(c.start(), c.end()), c.replacement(), c.decodedAs(), c.gain(), c.weak());
            }
            System.out.println("  => " + r.fix(s));
        }
    }
}
