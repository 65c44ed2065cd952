package org.credence.signals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.model.Evidence;
import org.credence.model.Span;

/**
 * The running tally of a counting signal (hedges, loaded words, opinion markers): a count per
 * kind, a weighted total and the evidence, turned at the end into a rate per 1,000 body words,
 * a saturating score and the measures the reports show. Not thread-safe: one per judgement.
 */
public final class PhraseTally {

    private final String text;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private double weight;

    /** A tally over {@code text} whose {@code kinds} start at zero (so they show in the measures). */
    public PhraseTally(String text, String... kinds) {
        this.text = text;
        for (String k : kinds) {
            counts.put(k, 0);
        }
    }

    /** Counts one phrase match under its kind and weight, with evidence. */
    public void add(PhraseLexicon.Match m, String note) {
        add(m.entry().kind(), m.entry().weight(), m.span(), note);
    }

    /** Counts one finding of {@code kind} with weight {@code w}, with evidence over {@code span}. */
    public void add(String kind, double w, Span span, String note) {
        counts.merge(kind, 1, Integer::sum);
        weight += w;
        evidence.add(Evidence.of(text, span, note));
    }

    /** Adds weight without a count or evidence (e.g. a diluted secondary list). */
    public void addWeight(double w) {
        weight += w;
    }

    /** Adds evidence without counting it. */
    public void addEvidence(Span span, String note) {
        evidence.add(Evidence.of(text, span, note));
    }

    public int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** Counts per kind, in the order the kinds were first seen. */
    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    /** Weighted findings per 1,000 words of {@code words}. */
    public double per1000(int words) {
        return weight * 1000.0 / words;
    }

    /** {@code 1 - exp(-per1000 / scale)}: 0 for nothing, approaching 1 as the rate grows. */
    public double score(int words, double scale) {
        return 1 - Math.exp(-per1000(words) / scale);
    }

    /** Each count, and {@code weightPer1000Words}; callers add their own figures. */
    public Map<String, Double> measures(int words) {
        Map<String, Double> m = new LinkedHashMap<>();
        counts.forEach((k, v) -> m.put(k, (double) v));
        m.put("weightPer1000Words", per1000(words));
        return m;
    }
}
