package org.credence.language;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.credence.language.quotes.EntityHint;
import org.credence.language.quotes.QuoteExtractor;
import org.credence.model.Document;
import org.credence.model.Entity;
import org.credence.model.EntityType;
import org.credence.model.Language;
import org.credence.model.Layer;
import org.credence.model.Quote;
import org.credence.pipeline.Stage;

/** Quotes and reported speech with their cues and sources. */
public final class QuotesStage implements Stage {
    public static final String NAME = "quotes";
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Override public String name() { return NAME; }
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.SENTENCES, Layer.ENTITIES); }
    @Override public Set<Layer> produces() { return EnumSet.of(Layer.QUOTES); }

    @Override
    public Document apply(Document doc) {
        Language l = doc.language();
        List<EntityHint> hints = hints(l);
        List<Quote> quotes = extractor.extract(doc.text(), l.tokens(), l.sentences(), hints);
        return doc.withLanguage(l.withQuotes(LanguageStages.english(l, quotes, Quote::content)), Layer.QUOTES);
    }

    /** The recognised people and organisations, as the quote extractor reads them. */
    static List<EntityHint> hints(Language l) {
        List<EntityHint> hints = new java.util.ArrayList<>(l.entities().size());
        for (Entity e : l.entities()) {
            hints.add(new EntityHint(e.span(), e.type() == EntityType.PERSON, e.type() == EntityType.ORGANIZATION, e.chain()));
        }
        return hints;
    }
}
