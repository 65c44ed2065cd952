package org.credence.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.credence.Credence;
import org.credence.model.Attribution;
import org.credence.model.Document;
import org.credence.model.OffsetMap;
import org.credence.model.Quote;
import org.credence.model.Span;

/**
 * The whole pipeline as a quote system for {@link AttributionEval}: the article's raw text goes
 * through every stage (repair, structure, tokens, entities, quotes) and the quotes' spans come
 * back mapped to the raw text, so they compare with gold offsets into it.
 */
public final class PipelineQuotes {

    private PipelineQuotes() {
    }

    public static Function<String, List<Quote>> of(Credence credence) {
        return text -> {
            Document doc = credence.analyzeText(text);
            OffsetMap m = doc.toSource();
            List<Quote> out = new ArrayList<>(doc.language().quotes().size());
            for (Quote q : doc.language().quotes()) {
                out.add(mapped(q, m));
            }
            return out;
        };
    }

    static Quote mapped(Quote q, OffsetMap m) {
        Attribution a = q.source();
        Attribution src = a.mention() == null ? a : new Attribution(a.kind(), m.toOriginal(a.mention()), a.name(), a.chain());
        List<Span> verbatim = new ArrayList<>(q.verbatim().size());
        for (Span v : q.verbatim()) {
            verbatim.add(m.toOriginal(v));
        }
        return new Quote(m.toOriginal(q.content()), q.cue() == null ? null : m.toOriginal(q.cue()), q.cueLemma(),
                q.kind(), src, verbatim, q.confidence());
    }
}
