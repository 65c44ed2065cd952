package org.credence.model;

import java.util.List;

/**
 * What the language layer read in a document. Immutable; each language stage adds its part
 * through a {@code with…} method. Every span points into {@link Document#text()}.
 *
 * @param tokens     all tokens, in text order
 * @param sentences  all sentences, in text order; their token indices point into {@code tokens};
 *                   a sentence never crosses a block
 * @param foreign    runs judged not English, in text order; the English models skip them
 * @param entities   named entities (people, organisations, places, nationalities), in text order
 * @param chains     entities linked within the article ("Sergei Lavrov" … "Lavrov")
 * @param times      dates, times, durations and ranges, normalised against the article's date
 * @param quantities money, percentages, counts, durations and measures
 * @param quotes     direct, partial and reported statements with their cues and sources
 */
public record Language(List<Token> tokens, List<Sentence> sentences, List<ForeignRun> foreign,
                       List<Entity> entities, List<EntityChain> chains,
                       List<TimeExpression> times, List<Quantity> quantities, List<Quote> quotes) {

    public static final Language EMPTY = of(List.of(), List.of(), List.of());

    public Language {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        foreign = List.copyOf(foreign);
        entities = List.copyOf(entities);
        chains = List.copyOf(chains);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
    }

    /** Tokens, sentences and foreign runs, nothing else yet. */
    public static Language of(List<Token> tokens, List<Sentence> sentences, List<ForeignRun> foreign) {
        return new Language(tokens, sentences, foreign, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Language withEntities(List<Entity> e, List<EntityChain> c) {
        return new Language(tokens, sentences, foreign, e, c, times, quantities, quotes);
    }

    public Language withTimes(List<TimeExpression> t) {
        return new Language(tokens, sentences, foreign, entities, chains, t, quantities, quotes);
    }

    public Language withQuantities(List<Quantity> q) {
        return new Language(tokens, sentences, foreign, entities, chains, times, q, quotes);
    }

    public Language withQuotes(List<Quote> q) {
        return new Language(tokens, sentences, foreign, entities, chains, times, quantities, q);
    }

    /** True when {@code span} lies inside a foreign run. */
    public boolean isForeign(Span span) {
        for (ForeignRun r : foreign) {
            if (r.span().overlaps(span) || r.span().contains(span)) {
                return true;
            }
        }
        return false;
    }
}
