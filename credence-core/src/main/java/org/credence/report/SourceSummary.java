package org.credence.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credence.report.SummarySchema.Column;
import org.credence.report.SummarySchema.Type;

/**
 * The per-source aggregate of a corpus run ({@code credence summarize}; the Spark job's example
 * aggregate computes the same columns in Spark SQL). One row per source:
 *
 * <ul>
 *   <li>{@code records}: the rows of that source; {@code errors}: those with status
 *       {@code error}; {@code articles}: the others (status {@code ok} or {@code partial})</li>
 *   <li>{@code mean_scores}, {@code mean_signal_scores}: per score / signal id, the mean of its
 *       values over the source's articles, leaving out values that could not be computed (NaN);
 *       an id all of whose values are NaN has a NaN (null) mean</li>
 *   <li>{@code signals_fired}: per signal id, how many of the source's articles it fired on
 *       (only ids that fired at least once)</li>
 *   <li>{@code top_signals}: the {@value #TOP_SIGNALS} most frequent of those, by count
 *       descending, then id ascending</li>
 * </ul>
 * Error rows carry no source (the record could not be read), so they gather under the empty
 * source. Rows are ordered by {@code records} descending, then source ascending. Means are sums
 * in double precision divided by counts: another engine that adds in another order may differ in
 * the last bits, so compare means with a tolerance (1e-9).
 */
public record SourceSummary(String source, long records, long articles, long errors,
                            Map<String, Double> meanScores, Map<String, Double> meanSignalScores,
                            Map<String, Long> signalsFired, List<String> topSignals) {

    /** Signals listed in {@code top_signals}. */
    public static final int TOP_SIGNALS = 3;

    /** The columns, in order (types as in {@link SummarySchema}). */
    public static final List<Column> COLUMNS = List.of(
            new Column("source", Type.STRING, "the outlet; empty for rows without one (errors)"),
            new Column("records", Type.LONG, "rows of this source"),
            new Column("articles", Type.LONG, "rows with status ok or partial"),
            new Column("errors", Type.LONG, "rows with status error"),
            new Column("mean_scores", Type.DOUBLE_MAP, "score id -> mean probability over the articles (NaN left out)"),
            new Column("mean_signal_scores", Type.DOUBLE_MAP, "signal id -> mean score over the articles (NaN left out)"),
            new Column("signals_fired", Type.LONG_MAP, "signal id -> articles it fired on"),
            new Column("top_signals", Type.STRING_LIST, "the most frequent fired signals, count descending then id"));

    public SourceSummary {
        meanScores = Collections.unmodifiableMap(new TreeMap<>(meanScores));
        meanSignalScores = Collections.unmodifiableMap(new TreeMap<>(meanSignalScores));
        signalsFired = Collections.unmodifiableMap(new TreeMap<>(signalsFired));
        topSignals = List.copyOf(topSignals);
    }

    /** The values in column order (NaN means as null), as {@link SummarySchema#values} does for rows. */
    public List<Object> values() {
        return List.of(source, records, articles, errors, SummarySchema.nullForNaN(meanScores),
                SummarySchema.nullForNaN(meanSignalScores), signalsFired, topSignals);
    }

    /** The summary of all rows. */
    public static List<SourceSummary> of(Iterable<SummaryRow> rows) {
        Accumulator acc = new Accumulator();
        rows.forEach(acc::add);
        return acc.result();
    }

    /** Adds rows one at a time (memory grows with the number of sources, not rows). */
    public static final class Accumulator {
        private final Map<String, Source> sources = new HashMap<>();

        public void add(SummaryRow row) {
            sources.computeIfAbsent(row.source(), k -> new Source()).add(row);
        }

        public List<SourceSummary> result() {
            List<SourceSummary> out = new ArrayList<>();
            sources.forEach((name, s) -> out.add(s.summary(name)));
            out.sort(Comparator.comparingLong(SourceSummary::records).reversed().thenComparing(SourceSummary::source));
            return out;
        }
    }

    private static final class Source {
        long records;
        long errors;
        final Map<String, double[]> scores = new TreeMap<>();
        final Map<String, double[]> signals = new TreeMap<>();
        final Map<String, Long> fired = new TreeMap<>();

        void add(SummaryRow row) {
            records++;
            if (row.status().equals("error")) {
                errors++;
                return;
            }
            addAll(scores, row.scores());
            addAll(signals, row.signalScores());
            row.signalsFired().forEach(id -> fired.merge(id, 1L, Long::sum));
        }

        private static void addAll(Map<String, double[]> sums, Map<String, Double> values) {
            values.forEach((id, v) -> {
                double[] s = sums.computeIfAbsent(id, k -> new double[2]);
                if (v != null && !Double.isNaN(v)) {
                    s[0] += v;
                    s[1]++;
                }
            });
        }

        private static Map<String, Double> means(Map<String, double[]> sums) {
            Map<String, Double> m = new TreeMap<>();
            sums.forEach((id, s) -> m.put(id, s[1] == 0 ? Double.NaN : s[0] / s[1]));
            return m;
        }

        SourceSummary summary(String name) {
            List<String> top = fired.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_SIGNALS).map(Map.Entry::getKey).toList();
            return new SourceSummary(name, records, records - errors, errors, means(scores), means(signals), fired, top);
        }
    }
}
