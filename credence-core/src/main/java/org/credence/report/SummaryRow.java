package org.credence.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credence.Analysis;
import org.credence.internal.Texts;
import org.credence.model.ArticleScore;
import org.credence.model.Document;
import org.credence.model.Problem;
import org.credence.model.ScoreReason;
import org.credence.model.SignalResult;

/**
 * One flat row per input record for corpus-scale output (CSV summary, Parquet, Spark): the
 * record's identity, its scores and bands, the top reasons, every signal's score and the main
 * counts, or the error that stopped it. Every input record yields exactly one row, so a corpus
 * run can be checked for loss and duplicates by {@code origin}.
 *
 * <p>Maps are sorted by key; a signal or score that could not judge the document has a
 * {@code NaN} value (written as empty / null by the writers). Two runs over the same input with
 * the same models give equal rows ({@link #equals}), whichever machine or engine ran them.
 *
 * @param id            the record's id
 * @param origin        where the record came from (path, path:line, path#row, WARC offset)
 * @param url           the record's URL, or empty
 * @param source        the record's outlet, or empty
 * @param status        {@code ok}, {@code partial} (a stage failed) or {@code error}
 * @param errorCode     the error's code for {@code error} rows (or the first error problem's
 *                      code for {@code partial} rows), else empty
 * @param errorMessage  the error's message, else empty
 * @param headline      the headline read from the article, or empty
 * @param scores        score id → calibrated probability
 * @param bands         score id → band key ({@code low}, {@code mixed}, {@code high}, {@code cannot-score})
 * @param topReasons    per score, its strongest reasons as {@code scoreId: description}, at most
 *                      {@value #TOP_REASONS} a score, in score order
 * @param signalScores  signal id → score
 * @param signalsFired  ids of the signals that fired, in catalogue order
 * @param words         words of the working text
 * @param sentences     sentences
 * @param entities      named-entity mentions
 * @param quotes        quotes
 * @param repairs       repairs made
 * @param problems      problems recorded
 */
public record SummaryRow(String id, String origin, String url, String source, String status,
                         String errorCode, String errorMessage, String headline,
                         Map<String, Double> scores, Map<String, String> bands,
                         List<String> topReasons, Map<String, Double> signalScores,
                         List<String> signalsFired, int words, int sentences, int entities,
                         int quotes, int repairs, int problems) {

    /** Reasons kept per score. */
    public static final int TOP_REASONS = 3;

    public SummaryRow {
        scores = Collections.unmodifiableMap(new TreeMap<>(scores));
        bands = Collections.unmodifiableMap(new TreeMap<>(bands));
        topReasons = List.copyOf(topReasons);
        signalScores = Collections.unmodifiableMap(new TreeMap<>(signalScores));
        signalsFired = List.copyOf(signalsFired);
    }

    /** The row for one analysis. */
    public static SummaryRow of(Analysis analysis) {
        if (analysis instanceof Analysis.Failed f) {
            return new SummaryRow(f.id(), f.origin(), "", "", "error", f.code(), f.message(), "",
                    Map.of(), Map.of(), List.of(), Map.of(), List.of(), 0, 0, 0, 0, 0, 0);
        }
        Document doc = ((Analysis.Ok) analysis).document();
        Problem firstError = doc.problems().stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).findFirst().orElse(null);
        Map<String, Double> scores = new TreeMap<>();
        Map<String, String> bands = new TreeMap<>();
        List<String> reasons = new ArrayList<>();
        for (ArticleScore s : doc.scores()) {
            scores.put(s.id(), s.probability());
            bands.put(s.id(), s.band().key());
            for (ScoreReason r : s.reasons().subList(0, Math.min(TOP_REASONS, s.reasons().size()))) {
                reasons.add(s.id() + ": " + r.description());
            }
        }
        Map<String, Double> signalScores = new TreeMap<>();
        List<String> fired = new ArrayList<>();
        for (SignalResult r : doc.signals()) {
            signalScores.put(r.id(), r.score());
            if (r.fired()) {
                fired.add(r.id());
            }
        }
        return new SummaryRow(doc.metadata().id(), doc.metadata().origin(), doc.metadata().url(),
                doc.metadata().source(), firstError == null ? "ok" : "partial",
                firstError == null ? "" : firstError.code(), firstError == null ? "" : firstError.message(),
                doc.fields().headline(), scores, bands, reasons, signalScores, fired,
                Texts.words(doc.text()), doc.language().sentences().size(),
                doc.language().entities().size(), doc.language().quotes().size(),
                doc.repairs().size(), doc.problems().size());
    }
}
