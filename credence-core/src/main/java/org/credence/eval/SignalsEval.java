package org.credence.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.credence.Analysis;
import org.credence.Credence;
import org.credence.ingest.IngestItem;
import org.credence.ml.Metrics;
import org.credence.model.Document;
import org.credence.model.SignalResult;

/**
 * How each signal behaves over a corpus: how often it fires or cannot judge, its mean score,
 * and, when the records carry labels, how well its score separates the labels named positive
 * (ROC-AUC, fire rate per side). A descriptive check for rule-based signals that have no gold
 * spans: it says whether a signal leans the way it should on labelled articles, not that each
 * finding is right.
 *
 * @param records   articles analysed (read failures are counted apart)
 * @param failed    records that could not be read or analysed
 * @param positives records whose label is positive
 * @param rows      one row per signal, in catalogue order
 */
public record SignalsEval(int records, int failed, int positives, List<Row> rows) {

    /**
     * One signal's figures.
     *
     * @param id           signal id
     * @param judged       articles it could judge
     * @param fired        articles it fired on
     * @param meanScore    mean score over judged articles
     * @param firedPos     fire rate among judged positive articles (NaN without labels)
     * @param firedNeg     fire rate among judged negative articles (NaN without labels)
     * @param auc          ROC-AUC of the score for positive vs negative (NaN without both)
     */
    public record Row(String id, int judged, int fired, double meanScore, double firedPos, double firedNeg, double auc) {
    }

    /** Runs the pipeline over {@code items} (in parallel) and tallies the signals. */
    public static SignalsEval evaluate(List<IngestItem> items, Credence credence, Set<String> positiveLabels) {
        List<Analysis> results = items.parallelStream().map(credence::analyze).toList();
        Map<String, List<double[]>> byId = new TreeMap<>();
        List<String> order = new ArrayList<>();
        int failed = 0;
        int positives = 0;
        int negatives = 0;
        Map<String, int[]> fireCounts = new LinkedHashMap<>();
        for (Analysis a : results) {
            if (!(a instanceof Analysis.Ok ok)) {
                failed++;
                continue;
            }
            Document d = ok.document();
            String label = d.metadata().label().strip().toLowerCase(Locale.ROOT);
            boolean labelled = !label.isEmpty() && !positiveLabels.isEmpty();
            boolean pos = labelled && positiveLabels.contains(label);
            if (labelled) {
                if (pos) {
                    positives++;
                } else {
                    negatives++;
                }
            }
            for (SignalResult r : d.signals()) {
                if (!order.contains(r.id())) {
                    order.add(r.id());
                }
                int[] c = fireCounts.computeIfAbsent(r.id(), k -> new int[6]);
                if (r.outcome() == SignalResult.Outcome.CANNOT_JUDGE) {
                    continue;
                }
                c[0]++;
                if (r.fired()) {
                    c[1]++;
                }
                if (labelled) {
                    c[pos ? 2 : 4]++;
                    if (r.fired()) {
                        c[pos ? 3 : 5]++;
                    }
                }
                byId.computeIfAbsent(r.id(), k -> new ArrayList<>())
                        .add(new double[] {r.score(), labelled ? (pos ? 1 : 0) : -1});
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String id : order) {
            int[] c = fireCounts.get(id);
            List<double[]> xs = byId.getOrDefault(id, List.of());
            double mean = xs.stream().mapToDouble(x -> x[0]).average().orElse(Double.NaN);
            List<double[]> lab = xs.stream().filter(x -> x[1] >= 0).toList();
            int[] y = lab.stream().mapToInt(x -> (int) x[1]).toArray();
            double[] p = lab.stream().mapToDouble(x -> x[0]).toArray();
            boolean both = c[2] > 0 && c[4] > 0;
            rows.add(new Row(id, c[0], c[1], mean,
                    c[2] == 0 ? Double.NaN : (double) c[3] / c[2],
                    c[4] == 0 ? Double.NaN : (double) c[5] / c[4],
                    both ? Metrics.rocAuc(y, p) : Double.NaN));
        }
        return new SignalsEval(results.size() - failed, failed, positives, rows);
    }

    /** A plain-text table. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d articles (%d positive), %d failed%n", records, positives, failed));
        b.append(String.format(Locale.ROOT, "%-22s %7s %7s %7s %9s %9s %7s%n",
                "signal", "judged", "fired", "mean", "fire+", "fire-", "AUC"));
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "%-22s %7d %6.1f%% %7.3f %8s %8s %7s%n", r.id(), r.judged(),
                    r.judged() == 0 ? 0 : 100.0 * r.fired() / r.judged(), r.meanScore(),
                    pct(r.firedPos()), pct(r.firedNeg()), Double.isNaN(r.auc()) ? "-" : String.format(Locale.ROOT, "%.3f", r.auc())));
        }
        return b.toString();
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", records);
        m.put("failed", failed);
        m.put("positives", positives);
        List<Map<String, Object>> rs = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", r.id());
            x.put("judged", r.judged());
            x.put("fired", r.fired());
            x.put("meanScore", nanNull(r.meanScore()));
            x.put("fireRatePositive", nanNull(r.firedPos()));
            x.put("fireRateNegative", nanNull(r.firedNeg()));
            x.put("auc", nanNull(r.auc()));
            rs.add(x);
        }
        m.put("signals", rs);
        return m;
    }

    private static Object nanNull(double d) {
        return Double.isNaN(d) ? null : d;
    }

    private static String pct(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * d);
    }
}
