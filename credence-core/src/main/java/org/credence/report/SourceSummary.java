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
 * The per-source aggregate of a corpus run: {@code credence summarize} computes it here, the
 * Spark module's {@code source-summary.sql} computes the same columns in Spark SQL. One row per
 * source:
 *
 * <ul>
 *   <li>{@code source}: the rows' source, {@value #NONE} for rows without one (error rows of
 *       records that could not be read carry none)</li>
 *   <li>{@code articles}: the rows of that source, error rows included; {@code errors}: those
 *       with status {@code error}</li>
 *   <li>{@code meanScores}, {@code meanSignalScores}: per score / signal id, the mean of its
 *       values over the source's rows, leaving out values that could not be computed (NaN,
 *       null in the outputs); an id with no value at all is left out</li>
 *   <li>{@code topSignals}: the {@value #TOP_SIGNALS} signals that fired in most of the source's
 *       rows, as (signal, articles), most first, ties by signal id</li>
 * </ul>
 * Sources are ordered by {@code articles} descending, then by name. Means are sums in double
 * precision divided by counts: another engine that adds in another order may differ in the last
 * bits, so compare means with a tolerance (1e-9).
 */
public record SourceSummary(String source, long articles, long errors, Map<String, Double> meanScores,
                            Map<String, Double> meanSignalScores, List<SignalCount> topSignals) {

    /** Signals listed in {@code topSignals}. */
    public static final int TOP_SIGNALS = 5;

    /** The source of rows that name none. */
    public static final String NONE = "(none)";

    /**
     * A signal and the number of a source's rows it fired on.
     *
     * @param signal   the signal's id
     * @param articles rows it fired on
     */
    public record SignalCount(String signal, long articles) {
    }

    /** The columns, in order (types as in {@link SummarySchema}). */
    public static final List<Column> COLUMNS = List.of(
            new Column("source", Type.STRING, "the outlet; (none) for rows without one"),
            new Column("articles", Type.LONG, "rows of this source, error rows included"),
            new Column("errors", Type.LONG, "of which rows with status error"),
            new Column("meanScores", Type.DOUBLE_MAP, "score id -> mean probability (values that could not be computed left out)"),
            new Column("meanSignalScores", Type.DOUBLE_MAP, "signal id -> mean score, likewise"),
            new Column("topSignals", Type.SIGNAL_COUNTS, "the signals that fired most, as (signal, articles), most first"));

    public SourceSummary {
        meanScores = Collections.unmodifiableMap(new TreeMap<>(meanScores));
        meanSignalScores = Collections.unmodifiableMap(new TreeMap<>(meanSignalScores));
        topSignals = List.copyOf(topSignals);
    }

    /** The values in column order, as {@link SummarySchema#values} gives them for rows. */
    public List<Object> values() {
        return List.of(source, articles, errors, meanScores, meanSignalScores, topSignals);
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
            sources.computeIfAbsent(row.source().isEmpty() ? NONE : row.source(), k -> new Source()).add(row);
        }

        public List<SourceSummary> result() {
            List<SourceSummary> out = new ArrayList<>();
            sources.forEach((name, s) -> out.add(s.summary(name)));
            out.sort(Comparator.comparingLong(SourceSummary::articles).reversed().thenComparing(SourceSummary::source));
            return out;
        }
    }

    private static final class Source {
        long rows;
        long errors;
        final Map<String, double[]> scores = new TreeMap<>();
        final Map<String, double[]> signals = new TreeMap<>();
        final Map<String, Long> fired = new TreeMap<>();

        void add(SummaryRow row) {
            rows++;
            errors += row.status().equals("error") ? 1 : 0;
            addAll(scores, row.scores());
            addAll(signals, row.signalScores());
            row.signalsFired().forEach(id -> fired.merge(id, 1L, Long::sum));
        }

        private static void addAll(Map<String, double[]> sums, Map<String, Double> values) {
            values.forEach((id, v) -> {
                if (v != null && !Double.isNaN(v)) {
                    double[] s = sums.computeIfAbsent(id, k -> new double[2]);
                    s[0] += v;
                    s[1]++;
                }
            });
        }

        private static Map<String, Double> means(Map<String, double[]> sums) {
            Map<String, Double> m = new TreeMap<>();
            sums.forEach((id, s) -> m.put(id, s[0] / s[1]));
            return m;
        }

        SourceSummary summary(String name) {
            List<SignalCount> top = fired.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_SIGNALS).map(e -> new SignalCount(e.getKey(), e.getValue())).toList();
            return new SourceSummary(name, rows, errors, means(scores), means(signals), top);
        }
    }
}
