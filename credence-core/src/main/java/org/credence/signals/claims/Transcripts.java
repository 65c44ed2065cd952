package org.credence.signals.claims;

import java.util.ArrayList;
import java.util.List;
import org.credence.ml.SparseVector;
import org.credence.model.Document;
import org.credence.model.Span;
import org.credence.pipeline.Pipeline;
import org.credence.repair.RepairStage;
import org.credence.structure.ExtractStage;
import org.credence.structure.StructureStage;
import org.credence.language.EntitiesStage;
import org.credence.language.QuantitiesStage;
import org.credence.language.TimesStage;
import org.credence.language.TokenizeStage;

/**
 * Reads labelled sentences (transcript lines, ClaimBuster sentences) the way the signal reads an
 * article's sentences: each sentence is analysed alone by the language layer (tokens, entities,
 * times, quantities, without signals) and turned into {@link SentenceCues}; vectors then take
 * each sentence's neighbours in its list as context.
 */
public final class Transcripts {

    private static final class Holder {
        static final Pipeline LANGUAGE = Pipeline.builder()
                .add(new ExtractStage())
                .add(new RepairStage())
                .add(new StructureStage())
                .add(new TokenizeStage())
                .add(new EntitiesStage())
                .add(new TimesStage())
                .add(new QuantitiesStage())
                .build();
    }

    private Transcripts() {
    }

    /** The language pipeline used on single sentences (loaded once). */
    public static Pipeline languagePipeline() {
        return Holder.LANGUAGE;
    }

    /** The cues of one sentence analysed alone. */
    public static SentenceCues cues(String sentence) {
        Document doc = Holder.LANGUAGE.run(Document.ofText(sentence));
        return SentenceCues.of(doc, new Span(0, doc.text().length()));
    }

    /** The cues of each sentence, in order. */
    public static List<SentenceCues> cues(List<String> sentences) {
        List<SentenceCues> out = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            out.add(cues(s));
        }
        return out;
    }

    /** One vector per sentence, each with its neighbours in {@code run} as context. */
    public static List<SparseVector> vectors(ClaimFeatures features, List<SentenceCues> run) {
        List<SparseVector> out = new ArrayList<>(run.size());
        for (int i = 0; i < run.size(); i++) {
            out.add(features.vector(run.get(i), i > 0 ? run.get(i - 1) : null,
                    i + 1 < run.size() ? run.get(i + 1) : null));
        }
        return out;
    }
}
