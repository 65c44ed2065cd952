package org.credence.signals.propaganda;

import java.util.List;
import java.util.Set;
import org.credence.model.Token;

/**
 * A second source of per-token propaganda probabilities (for instance a fine-tuned transformer,
 * which Credence ships in the {@code credence-transformer} module) that
 * {@link PropagandaModel#withContext} mixes into the token model's own. Implementations must be
 * thread-safe: one model serves every thread.
 */
public interface TokenProbabilities {

    /**
     * Scores a document's tokens.
     *
     * @param text   the document's text
     * @param tokens the document's tokens, in text order, as half-open UTF-16 spans of {@code text}
     * @return two rows of {@code tokens.size()} values: {@code [0]} P(the token is inside a
     *         propaganda fragment), {@code [1]} P(inside a fragment of a long technique only, the
     *         token model's class {@code L}); NaN for a token it does not score (the token
     *         model's own probabilities are then kept)
     */
    float[][] of(String text, List<Token> tokens);

    /** A short description for provenance and reports, e.g. the model's name. */
    String describe();

    /**
     * Ids of the corpus articles this source was trained on (PTC article ids), which
     * {@link PropagandaModel#trainingArticles()} adds to the token model's so that an evaluation
     * leaves out what either model saw; empty (the default) when none or unknown.
     */
    default Set<String> trainingArticles() {
        return Set.of();
    }
}
