package org.credence.model;

import java.util.List;

/**
 * What the language layer read in a document: tokens, sentences and the runs that are not
 * English. Immutable; the language stages add to it through the {@code with…} methods. Every
 * span points into {@link Document#text()}.
 *
 * @param tokens    all tokens, in text order
 * @param sentences all sentences, in text order; their token indices point into {@code tokens};
 *                  a sentence never crosses a block
 * @param foreign   runs judged not English, in text order
 */
public record Language(List<Token> tokens, List<Sentence> sentences, List<ForeignRun> foreign) {

    public static final Language EMPTY = new Language(List.of(), List.of(), List.of());

    public Language {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        foreign = List.copyOf(foreign);
    }

    /** True when {@code span} lies inside a foreign run. */
    public boolean isForeign(Span span) {
        for (ForeignRun r : foreign) {
            if (r.span().contains(span)) {
                return true;
            }
        }
        return false;
    }
}
