package org.credence;

import java.util.List;
import org.credence.ingest.Decoding;
import org.credence.ingest.charset.Decoded;
import org.credence.ingest.IngestItem;
import org.credence.ingest.InputRecord;
import org.credence.language.EntitiesStage;
import org.credence.language.QuantitiesStage;
import org.credence.language.QuotesStage;
import org.credence.language.TimesStage;
import org.credence.language.TokenizeStage;
import org.credence.model.Document;
import org.credence.model.Encoding;
import org.credence.model.Metadata;
import org.credence.pipeline.Pipeline;
import org.credence.repair.RepairStage;
import org.credence.scoring.ScoringStage;
import org.credence.signals.SignalsStage;
import org.credence.structure.ExtractStage;
import org.credence.structure.StructureStage;

/**
 * The library's front door: decodes a record and runs the pipeline over it.
 *
 * <pre>{@code
 * Credence credence = Credence.standard();
 * Document doc = credence.analyzeText("Headline\n\nBy Jane Doe\n\nWASHINGTON (Reuters) - ...");
 * }</pre>
 *
 * Thread-safe: build one and share it. {@link #analyze(InputRecord)} never throws for bad
 * content; it returns an {@link Analysis.Failed} instead.
 */
public final class Credence {

    /** Above this share of non-text characters an input is refused as binary. */
    static final double MAX_BINARY_SHARE = 0.05;

    private final Pipeline pipeline;

    public Credence(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * The standard pipeline: extract, repair, structure, tokenize, entities, times, quantities,
     * quotes, signals, scoring.
     */
    public static Credence standard() {
        return new Credence(untilSignals().add(ScoringStage.standard()).build());
    }

    /** The standard pipeline without the article scores: what the scoring models are trained on. */
    public static Credence withoutScores() {
        return new Credence(untilSignals().build());
    }

    private static Pipeline.Builder untilSignals() {
        return Pipeline.builder()
                .add(new ExtractStage())
                .add(new RepairStage())
                .add(new StructureStage())
                .add(new TokenizeStage())
                .add(new EntitiesStage())
                .add(new TimesStage())
                .add(new QuantitiesStage())
                .add(new QuotesStage())
                .add(SignalsStage.standard());
    }

    /**
     * This pipeline with one more stage at the end, e.g. a
     * {@link org.credence.sources.SourceRatingsStage} over the operator's outlet ratings.
     *
     * @throws IllegalArgumentException when the stage needs a layer no stage produces
     */
    public Credence with(org.credence.pipeline.Stage stage) {
        Pipeline.Builder b = Pipeline.builder();
        pipeline.stages().forEach(b::add);
        return new Credence(b.add(stage).build());
    }

    /**
     * This pipeline with {@code signal} in place of the standard signal that has its id (for
     * instance the propaganda signal over a transformer model), in the same report position.
     *
     * @throws IllegalArgumentException when no signal of the pipeline has that id
     */
    public Credence withSignal(org.credence.signals.Signal signal) {
        String id = signal.info().id();
        Pipeline.Builder b = Pipeline.builder();
        boolean replaced = false;
        for (org.credence.pipeline.Stage stage : pipeline.stages()) {
            if (stage instanceof SignalsStage ss && ss.signals().stream().anyMatch(s -> s.info().id().equals(id))) {
                b.add(new SignalsStage(ss.signals().stream().map(s -> s.info().id().equals(id) ? signal : s).toList()));
                replaced = true;
            } else {
                b.add(stage);
            }
        }
        if (!replaced) {
            throw new IllegalArgumentException("no signal with id " + id + " in this pipeline");
        }
        return new Credence(b.build());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Catalogue entries of the signals this pipeline runs, in report order: the standard ones
     * unless {@link #withSignal} replaced one (whose entry then names its own method, e.g. the
     * propaganda transformer); empty for a pipeline without a signals stage.
     */
    public List<org.credence.signals.SignalInfo> signals() {
        return pipeline.stages().stream()
                .filter(SignalsStage.class::isInstance)
                .flatMap(s -> ((SignalsStage) s).signals().stream())
                .map(org.credence.signals.Signal::info)
                .toList();
    }

    /** Analyses one read item: a failed read passes through as a failed analysis. */
    public Analysis analyze(IngestItem item) {
        if (item instanceof IngestItem.Failed f) {
            return new Analysis.Failed(f.origin(), f.id(), f.code(), f.message());
        }
        return analyze(((IngestItem.Ok) item).record());
    }

    /** Decodes and analyses one record. */
    public Analysis analyze(InputRecord record) {
        Metadata meta = record.metadata();
        try {
            Decoded decoded = Decoding.decode(record.content());
            double binary = Decoding.binaryShare(decoded.text());
            if (binary > MAX_BINARY_SHARE) {
                return new Analysis.Failed(meta.origin(), meta.id(), "input.binary", String.format(
                        java.util.Locale.ROOT, "input looks binary, not text (%.0f%% control or undecodable characters)", binary * 100));
            }
            Document.Format format = record.content().html() ? Document.Format.HTML : Document.Format.TEXT;
            String text = format == Document.Format.TEXT ? withTitle(meta.title(), decoded.text()) : decoded.text();
            Document doc = Document.of(meta, format, decoded.encoding(), text).withProblems(decoded.problems());
            return new Analysis.Ok(pipeline.run(doc));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Analysis.Failed(meta.origin(), meta.id(), "internal", "analysis failed: " + e);
        }
    }

    /**
     * The text of a record whose title is a separate field: the title as the first paragraph,
     * unless the text's first line already is it (letters and digits compared), so the headline has a place in the text that
     * signals can point at. The report's text, and its source offsets, include it.
     */
    static String withTitle(String title, String text) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            return text;
        }
        String firstLine = text.strip().lines().findFirst().orElse("");
        if (org.credence.internal.Texts.squash(firstLine).equals(org.credence.internal.Texts.squash(t))) {
            return text;
        }
        return t + "\n\n" + text;
    }

    /** Analyses plain text. */
    public Document analyzeText(String text) {
        return pipeline.run(Document.of(Metadata.EMPTY, Document.Format.TEXT, Encoding.ALREADY_TEXT, text));
    }

    /** Analyses an HTML page. */
    public Document analyzeHtml(String html, String url) {
        Metadata meta = new Metadata("", url, "", "", "", "", "", "");
        return pipeline.run(Document.of(meta, Document.Format.HTML, Encoding.ALREADY_TEXT, html));
    }

    /** Analyses several records in order (single-threaded); see the CLI for parallel runs. */
    public List<Analysis> analyzeAll(List<InputRecord> records) {
        return records.stream().map(this::analyze).toList();
    }
}
