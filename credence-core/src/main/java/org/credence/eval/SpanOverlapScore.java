package org.credence.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.model.Span;

/**
 * The span-identification score of SemEval-2020 task 11 (propaganda fragments), as its task
 * definition states it: for predicted fragments S and gold fragments T of the same articles,
 * <pre>
 *   P = (1/|S|) Σ_{s∈S} Σ_{t∈T} |s∩t| / |s|        R = (1/|T|) Σ_{s∈S} Σ_{t∈T} |s∩t| / |t|
 * </pre>
 * summed over all articles before dividing, F1 their harmonic mean (1 when there is nothing to
 * find and nothing was found, 0 when either is 0). Lengths and intersections count Unicode code
 * points of the article text, as the task's offsets do. Gold fragments that share a character
 * are merged first (the techniques do not matter here); predicted fragments are merged the same
 * way (the task's scorer refuses overlapping predictions instead). Immutable; add articles with
 * {@link #plus}.
 *
 * @param precisionSum Σ |s∩t| / |s|
 * @param predicted    |S|
 * @param recallSum    Σ |s∩t| / |t|
 * @param gold         |T|
 */
public record SpanOverlapScore(double precisionSum, long predicted, double recallSum, long gold) {

    public static final SpanOverlapScore ZERO = new SpanOverlapScore(0, 0, 0, 0);

    /** The score of one article: spans are UTF-16 offsets of {@code text}. */
    public static SpanOverlapScore of(String text, List<Span> predicted, List<Span> gold) {
        List<Span> s = merge(predicted);
        List<Span> t = merge(gold);
        double p = 0;
        double r = 0;
        for (Span a : s) {
            int la = codePoints(text, a.start(), a.end());
            for (Span b : t) {
                int from = Math.max(a.start(), b.start());
                int to = Math.min(a.end(), b.end());
                if (from >= to) {
                    continue;
                }
                int inter = codePoints(text, from, to);
                p += la == 0 ? 0 : (double) inter / la;
                int lb = codePoints(text, b.start(), b.end());
                r += lb == 0 ? 0 : (double) inter / lb;
            }
        }
        return new SpanOverlapScore(p, s.size(), r, t.size());
    }

    public SpanOverlapScore plus(SpanOverlapScore o) {
        return new SpanOverlapScore(precisionSum + o.precisionSum, predicted + o.predicted,
                recallSum + o.recallSum, gold + o.gold);
    }

    public double precision() {
        return predicted == 0 ? 0 : precisionSum / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : recallSum / gold;
    }

    public double f1() {
        if (predicted == 0 && gold == 0) {
            return 1;
        }
        double p = precision();
        double r = recall();
        return p > 0 && r > 0 ? 2 * p * r / (p + r) : 0;
    }

    /** Counts and rates (rounded to 4 places) for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("predicted", predicted);
        m.put("gold", gold);
        m.put("precision", Math.round(precision() * 10000) / 10000.0);
        m.put("recall", Math.round(recall() * 10000) / 10000.0);
        m.put("f1", Math.round(f1() * 10000) / 10000.0);
        return m;
    }

    /** Sorted spans with those sharing a character merged (touching spans stay apart). */
    public static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span x : sorted) {
            if (x.isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && x.start() < out.get(last).end()) {
                out.set(last, new Span(out.get(last).start(), Math.max(out.get(last).end(), x.end())));
            } else {
                out.add(x);
            }
        }
        return out;
    }

    private static int codePoints(String text, int from, int to) {
        return Character.codePointCount(text, from, to);
    }
}
