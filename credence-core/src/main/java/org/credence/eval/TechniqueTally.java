package org.credence.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Technique-classification counts (SemEval-2020 task 11, TC): every gold fragment has one
 * technique per gold line, and a fragment with k lines (the same span, k techniques) is answered
 * with the system's k best distinct techniques; correct answers are the multiset intersection,
 * so micro-F1 equals accuracy over gold lines. Per technique it keeps answers, gold lines and
 * correct answers for precision, recall and F1. A mutable tally for one evaluation run.
 */
public final class TechniqueTally {

    private long correct;
    private long total;
    private final Map<String, long[]> perLabel = new TreeMap<>();

    /** Adds one fragment: its gold techniques and the system's techniques, best first. */
    public void add(List<String> gold, List<String> ranked) {
        List<String> answers = ranked.subList(0, Math.min(gold.size(), ranked.size()));
        List<String> left = new ArrayList<>(gold);
        for (String a : answers) {
            long[] c = perLabel.computeIfAbsent(a, k -> new long[3]);
            c[0]++;
            if (left.remove(a)) {
                c[2]++;
                correct++;
            }
        }
        for (String g : gold) {
            perLabel.computeIfAbsent(g, k -> new long[3])[1]++;
        }
        total += gold.size();
    }

    public long correct() {
        return correct;
    }

    public long total() {
        return total;
    }

    /** Share of gold lines answered correctly (= micro-F1). */
    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** Per technique: precision, recall, F1 and the number of gold lines, as a {@link Prf}. */
    public Map<String, Prf> perTechnique() {
        Map<String, Prf> m = new LinkedHashMap<>();
        perLabel.forEach((k, c) -> m.put(k, new Prf(c[2], c[0] - c[2], c[1] - c[2])));
        return m;
    }

    /** Mean F1 over the techniques that have gold lines. */
    public double macroF1() {
        double s = 0;
        int n = 0;
        for (Prf p : perTechnique().values()) {
            if (p.tp() + p.fn() > 0) {
                s += p.f1();
                n++;
            }
        }
        return n == 0 ? 0 : s / n;
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("correct", correct);
        m.put("total", total);
        m.put("microF1", Math.round(accuracy() * 10000) / 10000.0);
        m.put("macroF1", Math.round(macroF1() * 10000) / 10000.0);
        return m;
    }
}
