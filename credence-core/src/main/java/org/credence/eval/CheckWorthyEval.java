package org.credence.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.credence.signals.claims.CheckThatCorpus;
import org.credence.signals.claims.CheckThatCorpus.Debate;
import org.credence.signals.claims.CheckThatCorpus.Line;
import org.credence.signals.claims.CheckWorthiness;
import org.credence.signals.claims.DebateScores;
import org.credence.signals.claims.Transcripts;

/**
 * Check-worthiness ranking on CheckThat! 2019 task 1 data ({@code credence eval checkworthy}):
 * MAP, R-precision and precision at 5, 10 and 20, averaged over debates, for the shipped model,
 * a random order (mean of {@value #RANDOM_RUNS} seeded shuffles), the transcript order (what a
 * majority classifier gives: every line the same score) and a TF-IDF + logistic regression
 * baseline trained on the same training debates as the model (its train and dev debates, read
 * from the training file; no ClaimBuster data).
 *
 * <p>Which debates are scored ({@link Scope}): with {@code AUTO}, when the file holds any debate
 * the shipped model was trained or tuned on (it is the shared training file), only the held-out
 * TEST debates; otherwise every debate of the file.
 */
public final class CheckWorthyEval {

    static final int RANDOM_RUNS = 100;

    /** Which debates of the file are scored. */
    public enum Scope {
        /** TEST if the file holds a debate the model was trained on, else ALL. */
        AUTO,
        /** The held-out debates of the split rule. */
        TEST,
        /** The tuning debates of the split rule (tuned on: not a fair figure). */
        DEV,
        /** Every debate. */
        ALL
    }

    /** One system's figures. */
    public record Row(String system, DebateScores scores) {
    }

    private final String source;
    private final String scope;
    private final int lines;
    private final int positives;
    private final List<String> debates;
    private final List<Row> rows;

    private CheckWorthyEval(String source, String scope, int lines, int positives, List<String> debates, List<Row> rows) {
        this.source = source;
        this.scope = scope;
        this.lines = lines;
        this.positives = positives;
        this.debates = List.copyOf(debates);
        this.rows = List.copyOf(rows);
    }

    /**
     * Evaluates {@code model} on the debates of {@code data} chosen by {@code scope}; the TF-IDF
     * baseline is trained on the model's training debates found in {@code trainingFile}.
     */
    public static CheckWorthyEval evaluate(Path data, Path trainingFile, CheckWorthiness model, Scope scope)
            throws IOException {
        List<Debate> all = CheckThatCorpus.read(data);
        Set<String> seen = model.trainingDebates();
        Scope used = scope;
        if (scope == Scope.AUTO) {
            used = all.stream().anyMatch(d -> seen.contains(d.name())) ? Scope.TEST : Scope.ALL;
        }
        Scope s = used;
        List<Debate> scored = all.stream().filter(d -> switch (s) {
            case TEST -> CheckThatCorpus.splitOf(d.name()) == CheckThatCorpus.Split.TEST;
            case DEV -> CheckThatCorpus.splitOf(d.name()) == CheckThatCorpus.Split.DEV;
            default -> true;
        }).toList();
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("no debates to score in " + data + " (scope " + s + ")");
        }
        List<Row> rows = new ArrayList<>();
        List<double[]> credence = new ArrayList<>();
        for (Debate d : scored) {
            credence.add(model.probabilities(Transcripts.cues(d.lines().stream().map(Line::text).toList())));
        }
        rows.add(new Row("credence", DebateScores.of(scored, credence)));

        List<String> trainTexts = new ArrayList<>();
        List<Integer> trainLabels = new ArrayList<>();
        for (Debate d : CheckThatCorpus.read(trainingFile)) {
            if (seen.contains(d.name()) && scored.stream().noneMatch(x -> x.name().equals(d.name()))) {
                for (Line l : d.lines()) {
                    trainTexts.add(l.text());
                    trainLabels.add(l.checkWorthy() ? 1 : 0);
                }
            }
        }
        if (!trainTexts.isEmpty()) {
            TfidfBaseline tfidf = TfidfBaseline.fit(trainTexts, trainLabels.stream().mapToInt(Integer::intValue).toArray());
            List<double[]> t = new ArrayList<>();
            for (Debate d : scored) {
                t.add(d.lines().stream().mapToDouble(l -> tfidf.probability(l.text())).toArray());
            }
            rows.add(new Row("tf-idf + LR (same training debates)", DebateScores.of(scored, t)));
        }
        Random random = new Random(42);
        List<DebateScores> runs = new ArrayList<>();
        for (int r = 0; r < RANDOM_RUNS; r++) {
            List<double[]> rs = new ArrayList<>();
            for (Debate d : scored) {
                rs.add(random.doubles(d.lines().size()).toArray());
            }
            runs.add(DebateScores.of(scored, rs));
        }
        rows.add(new Row("random order (mean of " + RANDOM_RUNS + ")", DebateScores.mean(runs)));
        List<double[]> flat = new ArrayList<>();
        for (Debate d : scored) {
            flat.add(new double[d.lines().size()]);
        }
        rows.add(new Row("majority (all equal: transcript order)", DebateScores.of(scored, flat)));
        int n = scored.stream().mapToInt(d -> d.lines().size()).sum();
        int pos = scored.stream().mapToInt(Debate::positives).sum();
        return new CheckWorthyEval(data.toString(), s.name().toLowerCase(Locale.ROOT), n, pos,
                scored.stream().map(Debate::name).toList(), rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The shipped model's figures. */
    public DebateScores credence() {
        return rows.get(0).scores();
    }

    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Check-worthiness (CheckThat! 2019 task 1) on %s, scope %s: %d debates, %,d lines, %d check-worthy%n",
                source, scope, debates.size(), lines, positives));
        sb.append(String.format(Locale.ROOT, "%-40s %7s %7s %7s %7s %7s%n", "system", "MAP", "R-prec", "P@5", "P@10", "P@20"));
        for (Row r : rows) {
            DebateScores s = r.scores();
            sb.append(String.format(Locale.ROOT, "%-40s %7.4f %7.4f %7.4f %7.4f %7.4f%n", r.system(), s.map(),
                    s.rPrecision(), s.p5(), s.p10(), s.p20()));
        }
        sb.append("debates: ").append(String.join(", ", debates)).append('\n');
        return sb.toString();
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("scope", scope);
        m.put("debates", debates);
        m.put("lines", lines);
        m.put("check_worthy", positives);
        Map<String, Object> systems = new LinkedHashMap<>();
        for (Row r : rows) {
            systems.put(r.system(), r.scores().asMap());
        }
        m.put("systems", systems);
        return m;
    }
}
