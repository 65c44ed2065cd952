package org.credence.eval;

import java.nio.file.Path;

/** Prints the evaluation table and the wrong cases (a developer aid, not a test). */
public final class MojibakeEvalMain {
    public static void main(String[] args) {
        MojibakeEval.Result r = MojibakeEval.evaluate(Path.of(args[0]));
        System.out.println(r.table());
        for (MojibakeEval.Outcome o : r.outcomes()) {
            if (!o.correct()) {
                System.out.println(o.kind() + " [" + o.file() + "] " + o.label());
                System.out.println("   O: " + esc(o.original()));
                System.out.println("   E: " + esc(o.expected()));
                System.out.println("   A: " + esc(o.actual()));
            }
        }
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xa0 || c == 0xad) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
