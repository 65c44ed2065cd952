package org.credence.language.ner;

import org.credence.model.EntityType;

/**
 * An entity found in a sentence given as tokens: token range, the model's own label (CoNLL's
 * PER, ORG, LOC, MISC for the shipped model), the refined {@link EntityType} and a confidence.
 *
 * @param start      index of the first token in the sentence
 * @param end        index one past the last token
 * @param label      the model's label
 * @param type       the refined type
 * @param confidence in {@code [0, 1]}
 */
public record NerMention(int start, int end, String label, EntityType type, double confidence) {
    public NerMention {
        if (start < 0 || end <= start || label == null || type == null) {
            throw new IllegalArgumentException("bad mention [" + start + ", " + end + ") " + label);
        }
    }
}
