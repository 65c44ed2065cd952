package org.credence.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.credence.report.SummaryRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The per-source aggregate in Spark SQL, checked against the same aggregate computed in Java. */
class SourceSummaryIT {

    /** One source's expected figures, from the single-machine rows. */
    private static final class Expected {
        long articles;
        long errors;
        final Map<String, double[]> signalSums = new TreeMap<>();
        final Map<String, double[]> scoreSums = new TreeMap<>();
        final Map<String, Long> fired = new HashMap<>();

        void add(SummaryRow r) {
            articles++;
            errors += r.status().equals("error") ? 1 : 0;
            sum(signalSums, r.signalScores());
            sum(scoreSums, r.scores());
            r.signalsFired().forEach(s -> fired.merge(s, 1L, Long::sum));
        }

        private static void sum(Map<String, double[]> sums, Map<String, Double> values) {
            values.forEach((k, v) -> {
                double[] s = sums.computeIfAbsent(k, x -> new double[2]);
                if (!v.isNaN()) {
                    s[0] += v;
                    s[1]++;
                }
            });
        }

        static Map<String, Double> means(Map<String, double[]> sums) {
            Map<String, Double> m = new TreeMap<>();
            sums.forEach((k, s) -> {
                if (s[1] > 0) {
                    m.put(k, s[0] / s[1]);
                }
            });
            return m;
        }

        List<String> top() {
            return fired.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .limit(5).map(e -> e.getKey() + "=" + e.getValue()).toList();
        }
    }

    @Test
    void perSourceCountsMeansAndTopSignalsMatchTheRowsTheyComeFrom() throws IOException {
        CorpusRun run = CorpusRun.get();
        Map<String, Expected> expected = new HashMap<>();
        for (SummaryRow r : run.expected) {
            expected.computeIfAbsent(r.source().isEmpty() ? "(none)" : r.source(), k -> new Expected()).add(r);
        }
        List<Row> rows = SourceSummary.of(LocalSpark.session().read().parquet(run.output.toString())).collectAsList();
        assertEquals(expected.keySet().size(), rows.size());
        assertTrue(expected.containsKey("(none)") && expected.size() == TestCorpus.SOURCES.size() + 1, expected.keySet().toString());
        long previous = Long.MAX_VALUE;
        for (Row row : rows) {
            String source = row.getAs("source");
            Expected want = expected.get(source);
            assertEquals(want.articles, (long) row.<Long>getAs("articles"), source);
            assertTrue(want.articles <= previous, "sorted by articles");
            previous = want.articles;
            assertEquals(want.errors, (long) row.<Long>getAs("errors"), source);
            assertMeans(Expected.means(want.signalSums), row.getJavaMap(row.fieldIndex("meanSignalScores")), source);
            assertMeans(Expected.means(want.scoreSums), row.getJavaMap(row.fieldIndex("meanScores")), source);
            List<String> top = new ArrayList<>();
            for (Row s : row.<Row>getList(row.fieldIndex("topSignals"))) {
                top.add(s.getAs("signal") + "=" + s.getAs("articles"));
            }
            assertEquals(want.top(), top, source);
        }
        assertTrue(rows.stream().anyMatch(r -> !r.getList(r.fieldIndex("topSignals")).isEmpty()), "some signal fired");
    }

    private static void assertMeans(Map<String, Double> want, Map<Object, Object> got, String source) {
        assertEquals(want.keySet(), got.keySet(), source);
        want.forEach((k, v) -> assertEquals(v, (Double) got.get(k), 1e-9, source + " " + k));
    }

    @Test
    void theSummarizeJobWritesOneRowPerSource(@TempDir Path tmp) throws IOException {
        CorpusRun run = CorpusRun.get();
        String out = tmp.resolve("by-source").toString();
        StringWriter err = new StringWriter();
        CommandLine cl = SummarizeJob.commandLine(LocalSpark::session);
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute("--input", run.output.toString(), "--output", out, "--format", "json"), err.toString());
        assertEquals(TestCorpus.SOURCES.size() + 1, LocalSpark.session().read().json(out).count());
        assertTrue(err.toString().contains((TestCorpus.SOURCES.size() + 1) + " sources"), err.toString());
    }
}
