package org.credence.language.ner;

import org.credence.eval.Prf;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level exact-match counts (conlleval semantics: a predicted entity is right only when its
 * start, end and type all equal a gold entity's). Mutable accumulator; not thread-safe.
 */
public final class NerScore {

    private final Map<String, Prf> byType = new TreeMap<>();
    private Prf all = new Prf(0, 0, 0);

    /** Adds one sentence's gold and predicted chunks. */
    public void add(List<BioChunks.Chunk> gold, List<BioChunks.Chunk> predicted) {
        Set<BioChunks.Chunk> g = new HashSet<>(gold);
        for (BioChunks.Chunk p : predicted) {
            boolean hit = g.contains(p);
            count(p.type(), hit ? 1 : 0, hit ? 0 : 1, 0);
        }
        Set<BioChunks.Chunk> pr = new HashSet<>(predicted);
        for (BioChunks.Chunk c : gold) {
            if (!pr.contains(c)) {
                count(c.type(), 0, 0, 1);
            }
        }
    }

    private void count(String type, int tp, int fp, int fn) {
        all = all.plus(tp, fp, fn);
        byType.merge(type, new Prf(tp, fp, fn), Prf::plus);
    }

    public Prf overall() {
        return all;
    }

    /** Counts per entity type, sorted by type. */
    public Map<String, Prf> perType() {
        return new LinkedHashMap<>(byType);
    }

    /** Overall and per-type F1 (percent, two decimals), as a JSON-friendly map. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(all.precision()));
        m.put("recall", round(all.recall()));
        m.put("f1", round(all.f1()));
        Map<String, Object> types = new LinkedHashMap<>();
        byType.forEach((k, v) -> types.put(k, Map.of("precision", round(v.precision()),
                "recall", round(v.recall()), "f1", round(v.f1()), "gold", v.tp() + v.fn())));
        m.put("types", types);
        return m;
    }

    static double round(double x) {
        return Math.round(x * 10000) / 100.0;
    }
}
