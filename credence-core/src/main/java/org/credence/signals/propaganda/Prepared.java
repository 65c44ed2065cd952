package org.credence.signals.propaganda;

import java.util.ArrayList;
import java.util.List;
import org.credence.eval.SpanOverlapScore;
import org.credence.model.Document;
import org.credence.model.Encoding;
import org.credence.model.Metadata;
import org.credence.model.OffsetMap;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.pipeline.Pipeline;

/**
 * A corpus article read by {@link PropagandaModel#readingPipeline()}, with its gold labels mapped
 * into the document's text: what training and evaluation work on. Spans the model finds map
 * back to the article's raw text with {@link #toRaw(Span)}.
 *
 * @param article the corpus article (raw text, gold labels in raw offsets)
 * @param doc     the document read from the raw text
 * @param tokens  the model's view of the document
 */
record Prepared(PtcCorpus.Article article, Document doc, ArticleTokens tokens) {

    /** Reads one article. */
    public static Prepared of(PtcCorpus.Article article, Pipeline reading) {
        Document doc = reading.run(Document.of(new Metadata(article.id(), "", "", "", "", "", "", ""),
                Document.Format.TEXT, Encoding.ALREADY_TEXT, article.text()));
        return new Prepared(article, doc, new ArticleTokens(doc, Lexicon.standard()));
    }

    /** Reads articles on all cores, keeping their order. */
    public static List<Prepared> of(List<PtcCorpus.Article> articles) {
        Pipeline reading = PropagandaModel.readingPipeline();
        return articles.parallelStream().map(a -> of(a, reading)).toList();
    }

    /** A span of the document's text as offsets of the raw article. */
    public Span toRaw(Span derived) {
        return doc.toSource().toOriginal(derived);
    }

    /** A span of the raw article as offsets of the document's text. */
    public Span toDerived(Span raw) {
        return doc.toSource().toDerived(raw);
    }

    /** Techniques whose fragments are mostly a few words long. */
    static boolean shortTechnique(Technique t) {
        return switch (t) {
            case LOADED_LANGUAGE, NAME_CALLING_LABELING, REPETITION, EXAGGERATION_MINIMISATION -> true;
            default -> false;
        };
    }

    /**
     * Per token of the document, the class the token model learns: 0 outside every gold
     * fragment, 1 when at least half of the token lies in a fragment of a
     * {@linkplain #shortTechnique short technique}, 2 when it lies in another fragment only.
     */
    int[] tokenClasses() {
        int[] y = new int[tokens.tokens.size()];
        OffsetMap m = doc.toSource();
        for (int pass = 0; pass < 2; pass++) {
            for (PtcCorpus.Label l : article.labels()) {
                boolean shortOne = l.technique() == null || shortTechnique(l.technique());
                if (shortOne != (pass == 1)) {
                    continue;
                }
                int[] r = tokens.tokensIn(toDerived(l.span()));
                for (int i = r[0]; i < r[1]; i++) {
                    Span raw = m.toOriginal(tokens.tokens.get(i).span());
                    int inside = Math.min(raw.end(), l.span().end()) - Math.max(raw.start(), l.span().start());
                    if (2 * inside >= raw.length() && inside > 0) {
                        y[i] = shortOne ? 1 : 2;
                    }
                }
            }
        }
        return y;
    }

    /** The span-identification score of fragments found in the document (derived offsets). */
    SpanOverlapScore score(List<Span> found) {
        List<Span> raw = new ArrayList<>(found.size());
        for (Span s : found) {
            raw.add(toRaw(s));
        }
        return SpanOverlapScore.of(article.text(), raw, article.mergedSpans());
    }

    /** Whether a fragment found in the document (derived offsets) shares a character with a gold fragment. */
    boolean touchesGold(Span found) {
        Span raw = toRaw(found);
        for (Span g : article.mergedSpans()) {
            if (Math.min(raw.end(), g.end()) > Math.max(raw.start(), g.start())) {
                return true;
            }
        }
        return false;
    }

    /** Share of gold fragment characters that lie in the sentences the model reads. */
    double goldCoverage() {
        long total = 0;
        long read = 0;
        for (Span g : article.mergedSpans()) {
            total += g.length();
            Span d = toDerived(g);
            for (Sentence s : tokens.sentences) {
                read += Math.max(0, Math.min(d.end(), s.span().end()) - Math.max(d.start(), s.span().start()));
            }
        }
        return total == 0 ? 1 : (double) read / total;
    }
}
