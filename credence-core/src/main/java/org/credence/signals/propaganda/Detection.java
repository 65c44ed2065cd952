package org.credence.signals.propaganda;

import org.credence.model.Span;

/**
 * A fragment the model found, with the technique it most likely uses.
 *
 * @param span        offsets in the document's text
 * @param technique   the most probable technique
 * @param confidence  the highest token probability of propaganda inside the fragment, in [0, 1]
 * @param techniqueProbability the technique classifier's probability for {@code technique}
 */
public record Detection(Span span, Technique technique, double confidence, double techniqueProbability) {

    public Detection {
        if (span == null || technique == null) {
            throw new IllegalArgumentException("span and technique are required");
        }
    }
}
