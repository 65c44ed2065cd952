package org.credence.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scrapinghub article-extraction-benchmark metric, re-implemented: texts are tokenized as
 * runs of word characters (Python's {@code \w+}, letters, digits and underscore), tokens form
 * overlapping 4-token shingles (a text of fewer than 4 tokens is one shorter shingle), and the
 * shingle multisets of truth and prediction give TP, FP and FN, normalised per page so that long
 * pages do not weigh more. Accuracy is 1 when the token lists are equal.
 */
public final class ShingleMetric {

    /** Shingle size used by the benchmark. */
    public static final int NGRAM = 4;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    private ShingleMetric() {
    }

    /** Per-page figures: normalised TP, FP, FN, and exact-token accuracy (0 or 1). */
    public record PageScore(double tp, double fp, double fn, double accuracy) {

        /** Precision as the benchmark defines it; NaN when the page is skipped (tp + fp == 0). */
        public double precision() {
            if (tp + fp <= 0) {
                return Double.NaN;
            }
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp / (tp + fp);
        }

        /** Recall as the benchmark defines it; NaN when the page is skipped (tp + fn == 0). */
        public double recall() {
            if (tp + fn <= 0) {
                return Double.NaN;
            }
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp / (tp + fn);
        }
    }

    /** Tokens of a text, as the benchmark's tokenizer finds them. */
    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = Math.max(1, tokens.size() - NGRAM + 1);
        for (int i = 0; i < n; i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + NGRAM));
            if (!sh.isEmpty()) {
                counts.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Scores one page. */
    public static PageScore score(String truth, String prediction) {
        List<String> tt = tokenize(truth);
        List<String> pt = tokenize(prediction);
        Map<List<String>, Integer> t = shingles(tt);
        Map<List<String>, Integer> p = shingles(pt);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int tc = e.getValue();
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, pc);
            fn += Math.max(0, tc - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            fp += Math.max(0, e.getValue() - tc);
        }
        double s = tp + fp + fn;
        if (s > 0) {
            tp /= s;
            fp /= s;
            fn /= s;
        }
        return new PageScore(tp, fp, fn, tt.equals(pt) ? 1 : 0);
    }
}
