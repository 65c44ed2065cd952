package org.credence.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Encoding;
import org.credence.model.Metadata;
import org.credence.model.OffsetMap;
import org.credence.model.Span;
import org.credence.pipeline.Pipeline;
import org.credence.signals.propaganda.Detection;
import org.credence.signals.propaganda.PropagandaModel;
import org.credence.signals.propaganda.PtcCorpus;

/**
 * {@code credence eval propaganda}: the propaganda model on the Propaganda Techniques Corpus
 * layout (SemEval-2020 task 11): span identification (SI, scored by {@link SpanOverlapScore},
 * the task's partial-overlap precision and recall) and technique classification (TC: the gold
 * fragments given, the technique predicted; micro-F1 = accuracy, by {@link TechniqueTally}),
 * each beside baselines trained on the same training articles as the model (those of the
 * training folder the model's provenance lists; when the folder holds none of them, all its
 * articles that are not scored).
 *
 * <p>Which articles are scored ({@link Selection}): by default those the shipped model was not
 * trained on (its provenance lists its training articles), so on the corpus's training folder
 * the figures are those of the held-out TEST part and on any other folder (the official dev or
 * test articles) every article counts. SI needs labels in any layout {@link PtcCorpus} reads; TC
 * needs the technique (4-column) layout and is left out otherwise.
 */
public final class PropagandaEval {

    /** Which articles of the given folder are scored. */
    public enum Selection {
        /** Articles the model was not trained on. */
        AUTO,
        /** The TEST part of the split rule ({@link PtcCorpus.Part}). */
        TEST,
        /** The DEV part (tuned on). */
        DEV,
        /** The TRAIN part (trained on). */
        TRAIN,
        /** Every article. */
        ALL
    }

    private final String source;
    private final String selection;
    private final int articles;
    private final SpanOverlapScore si;
    private final SpanOverlapScore allSentences;
    private final SpanOverlapScore lexiconSentences;
    private final TechniqueTally tc;
    private final TechniqueTally majority;
    private final TechniqueTally tfidf;
    private final double msPerArticle;

    private PropagandaEval(String source, String selection, int articles, SpanOverlapScore si,
                           SpanOverlapScore allSentences, SpanOverlapScore lexiconSentences, TechniqueTally tc,
                           TechniqueTally majority, TechniqueTally tfidf, double msPerArticle) {
        this.source = source;
        this.selection = selection;
        this.articles = articles;
        this.si = si;
        this.allSentences = allSentences;
        this.lexiconSentences = lexiconSentences;
        this.tc = tc;
        this.majority = majority;
        this.tfidf = tfidf;
        this.msPerArticle = msPerArticle;
    }

    /**
     * Scores {@code model} on the articles under {@code articlesDir} with the labels at
     * {@code labels}; baselines are trained on the articles of {@code trainDir} (the corpus's
     * training folder, with {@code train-articles/} and {@code train-task2-TC.labels}) that the
     * model was trained on.
     */
    public static PropagandaEval evaluate(Path articlesDir, Path labels, Selection selection, Path trainDir,
                                          PropagandaModel model) throws IOException {
        PtcCorpus corpus = PtcCorpus.read(articlesDir, labels);
        Set<String> trained = model.trainingArticles();
        List<PtcCorpus.Article> chosen = new ArrayList<>();
        for (PtcCorpus.Article a : corpus.articles()) {
            boolean in = switch (selection) {
                case AUTO -> !trained.contains(a.id());
                case ALL -> true;
                case TEST -> PtcCorpus.Part.of(a.id()) == PtcCorpus.Part.TEST;
                case DEV -> PtcCorpus.Part.of(a.id()) == PtcCorpus.Part.DEV;
                case TRAIN -> PtcCorpus.Part.of(a.id()) == PtcCorpus.Part.TRAIN;
            };
            if (in) {
                chosen.add(a);
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no articles to score in " + articlesDir + " with --split "
                    + selection.name().toLowerCase(Locale.ROOT)
                    + (selection == Selection.AUTO ? " (the model was trained on all of them; use --split all)" : ""));
        }
        long overlap = chosen.stream().filter(a -> trained.contains(a.id())).count();
        String note = selection.name().toLowerCase(Locale.ROOT) + ": " + chosen.size() + " of "
                + corpus.articles().size() + " articles" + (overlap > 0 ? ", " + overlap + " of them trained on" : ", none trained on");

        Set<String> scored = new java.util.HashSet<>();
        chosen.forEach(a -> scored.add(a.id()));
        PropagandaBaselines base = corpus.hasTechniques()
                ? PropagandaBaselines.train(readTraining(trainDir, trained, scored)) : null;
        Pipeline reading = PropagandaModel.readingPipeline();
        SpanOverlapScore si = SpanOverlapScore.ZERO;
        SpanOverlapScore all = SpanOverlapScore.ZERO;
        SpanOverlapScore lex = SpanOverlapScore.ZERO;
        TechniqueTally tc = corpus.hasTechniques() ? new TechniqueTally() : null;
        TechniqueTally maj = corpus.hasTechniques() ? new TechniqueTally() : null;
        TechniqueTally tfidf = corpus.hasTechniques() ? new TechniqueTally() : null;
        long nanos = 0;
        for (PtcCorpus.Article a : chosen) {
            Document doc = reading.run(Document.of(new Metadata(a.id(), "", "", "", "", "", "", ""),
                    Document.Format.TEXT, Encoding.ALREADY_TEXT, a.text()));
            OffsetMap map = doc.toSource();
            long t0 = System.nanoTime();
            List<Detection> found = model.detect(doc);
            nanos += System.nanoTime() - t0;
            List<Span> gold = a.mergedSpans();
            si = si.plus(SpanOverlapScore.of(a.text(), raw(found.stream().map(Detection::span).toList(), map), gold));
            List<Span> sentences = raw(PropagandaModel.sentencesRead(doc), map);
            all = all.plus(SpanOverlapScore.of(a.text(), sentences, gold));
            lex = lex.plus(SpanOverlapScore.of(a.text(), PropagandaBaselines.loadedSentences(a.text(), sentences), gold));
            if (tc != null) {
                for (List<PtcCorpus.Label> group : a.sameSpan()) {
                    List<String> g = group.stream().map(l -> l.technique().label()).toList();
                    Span span = group.get(0).span();
                    tc.add(g, PropagandaModel.ranked(model.techniqueLabels(), model.classify(doc, map.toDerived(span))));
                    maj.add(g, base.byFrequency());
                    tfidf.add(g, base.tfidf(span.in(a.text())));
                }
            }
        }
        return new PropagandaEval(articlesDir.toString(), note, chosen.size(), si, all, lex, tc, maj, tfidf,
                nanos / 1e6 / chosen.size());
    }

    /**
     * The baselines' training articles: those of {@code trainDir} the model was trained on, or,
     * when it holds none of them, all of its articles that are not being scored.
     */
    private static List<PtcCorpus.Article> readTraining(Path trainDir, Set<String> trained, Set<String> scored)
            throws IOException {
        Path articles = trainDir.resolve("train-articles");
        Path labels = trainDir.resolve("train-task2-TC.labels");
        if (!Files.isDirectory(articles) || !Files.exists(labels)) {
            throw new IllegalArgumentException("the baselines train on " + articles + " and " + labels
                    + ", which are missing (give --train-data)");
        }
        List<PtcCorpus.Article> all = PtcCorpus.read(articles, labels).articles();
        List<PtcCorpus.Article> out = all.stream().filter(a -> trained.contains(a.id()) && !scored.contains(a.id())).toList();
        if (out.isEmpty()) {
            out = all.stream().filter(a -> !scored.contains(a.id())).toList();
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no articles under " + articles + " to train the baselines on");
        }
        return out;
    }

    private static List<Span> raw(List<Span> derived, OffsetMap map) {
        List<Span> out = new ArrayList<>(derived.size());
        for (Span s : derived) {
            out.add(map.toOriginal(s));
        }
        return out;
    }

    public SpanOverlapScore si() {
        return si;
    }

    /** Technique classification, or null when the labels carry no techniques. */
    public TechniqueTally tc() {
        return tc;
    }

    /** A plain-text table of both tasks, Credence beside the baselines. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Propaganda techniques (SemEval-2020 task 11) on %s%n%s; model %.2f ms an article (wall clock, cold JVM)%n%n",
                source, selection, msPerArticle));
        sb.append(String.format(Locale.ROOT, "Span identification (partial-overlap P/R)%n%-46s %9s %9s %9s %9s%n", "system",
                "F1", "precision", "recall", "fragments"));
        siRow(sb, "credence", si);
        siRow(sb, "baseline: every sentence", allSentences);
        siRow(sb, "baseline: sentences with a strong VADER word", lexiconSentences);
        sb.append(String.format(Locale.ROOT, "gold fragments (overlaps merged): %d%n", si.gold()));
        if (tc != null) {
            sb.append(String.format(Locale.ROOT, "%nTechnique classification (gold fragments given)%n%-46s %9s %9s%n", "system",
                    "micro-F1", "macro-F1"));
            tcRow(sb, "credence", tc);
            tcRow(sb, "baseline: most frequent technique", majority);
            tcRow(sb, "baseline: TF-IDF + logistic regression", tfidf);
            sb.append(String.format(Locale.ROOT, "gold technique lines: %d%n%nPer technique (credence)%n%-36s %9s %9s %9s %6s%n",
                    tc.total(), "technique", "precision", "recall", "F1", "gold"));
            tc.perTechnique().forEach((k, p) -> sb.append(String.format(Locale.ROOT, "%-36s %9.3f %9.3f %9.3f %6d%n",
                    k, p.precision(), p.recall(), p.f1(), p.tp() + p.fn())));
        } else {
            sb.append(String.format("%nTechnique classification: left out (the labels name no techniques)%n"));
        }
        return sb.toString();
    }

    private static void siRow(StringBuilder sb, String name, SpanOverlapScore s) {
        sb.append(String.format(Locale.ROOT, "%-46s %9.4f %9.4f %9.4f %9d%n", name, s.f1(), s.precision(), s.recall(),
                s.predicted()));
    }

    private static void tcRow(StringBuilder sb, String name, TechniqueTally t) {
        sb.append(String.format(Locale.ROOT, "%-46s %9.4f %9.4f%n", name, t.accuracy(), t.macroF1()));
    }

    /** The figures as a JSON-friendly map. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("selection", selection);
        m.put("articles", articles);
        m.put("msPerArticle", Math.round(msPerArticle * 100) / 100.0);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("credence", si.asMap());
        s.put("everySentence", allSentences.asMap());
        s.put("lexiconSentences", lexiconSentences.asMap());
        m.put("spanIdentification", s);
        if (tc != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("credence", tc.asMap());
            t.put("mostFrequent", majority.asMap());
            t.put("tfidfLogistic", tfidf.asMap());
            Map<String, Object> per = new LinkedHashMap<>();
            tc.perTechnique().forEach((k, p) -> per.put(k, p.asMap()));
            t.put("credencePerTechnique", per);
            m.put("techniqueClassification", t);
        }
        return m;
    }
}
