package org.credence.language.quotes;

import org.credence.model.Span;

/**
 * What the extractor needs to know of one entity mention found by named-entity recognition.
 *
 * @param span         the mention in the text
 * @param person       whether it names a person
 * @param organization whether it names an organisation
 * @param chain        the id of the mention's coreference chain, or -1 when unknown
 */
public record EntityHint(Span span, boolean person, boolean organization, int chain) {

    public EntityHint {
        if (span == null || span.isEmpty()) {
            throw new IllegalArgumentException("a non-empty span is required");
        }
        if (chain < -1) {
            throw new IllegalArgumentException("bad chain " + chain);
        }
    }
}
