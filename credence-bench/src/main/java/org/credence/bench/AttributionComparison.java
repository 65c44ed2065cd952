package org.credence.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credence.Credence;
import org.credence.eval.AttributionEval;
import org.credence.eval.PipelineQuotes;
import org.credence.model.Attribution;
import org.credence.model.Quote;
import org.credence.model.Span;

/**
 * Scores CoreNLP's quotes and Credence's on the same PolNeAR gold with the same metric
 * ({@link AttributionEval}). CoreNLP's quotes are all direct (it finds quoted text only), its
 * speaker span is the source and it has no cue.
 */
final class AttributionComparison {

    private AttributionComparison() {
    }

    static void report(Path dir, Map<String, List<CoreNlpComparison.CoreNlpQuote>> predicted, Credence credence) throws IOException {
        AttributionEval core = AttributionEval.evaluate(dir, text -> quotes(text, predicted.getOrDefault(text, List.of())))
                .describedAs("Stanford CoreNLP 4.5.10 quote + quote attribution, no coref");
        AttributionEval ours = AttributionEval.evaluate(dir, PipelineQuotes.of(credence))
                .describedAs("Credence whole pipeline");
        System.out.println();
        System.out.print(core.table());
        System.out.println();
        System.out.print(ours.table());
    }

    static List<Quote> quotes(String text, List<CoreNlpComparison.CoreNlpQuote> found) {
        List<Quote> out = new ArrayList<>(found.size());
        for (CoreNlpComparison.CoreNlpQuote q : found) {
            if (q.start() < 0 || q.end() > text.length() || q.end() <= q.start()) {
                continue;
            }
            Attribution src = q.speakerStart() >= 0 && q.speakerEnd() <= text.length() && q.speakerEnd() > q.speakerStart()
                    ? new Attribution(Attribution.Kind.NAMED_PERSON, new Span(q.speakerStart(), q.speakerEnd()), q.speaker(), -1)
                    : Attribution.NONE;
            Span content = new Span(q.start(), q.end());
            out.add(new Quote(content, null, null, Quote.Kind.DIRECT, src, List.of(content), 0.5));
        }
        return out;
    }
}
