package org.credence.model;

import java.util.List;

/**
 * One reason behind an {@link ArticleScore}: a signal or text feature and how far it moved the
 * score, tied to the evidence a reader can check.
 *
 * @param feature      stable name of the feature, e.g. {@code signal:hedging} or {@code style:exclamations}
 * @param description  what the feature is and what it found, in plain words
 * @param contribution signed contribution to the score's log-odds (positive raises the
 *                     probability); finite
 * @param signalId     the id of the {@link SignalResult} this reason comes from, or empty when
 *                     it is a text or style feature
 * @param evidence     spans of the document's text that show it (may be empty for features of
 *                     the whole text, such as lexical diversity); checked against the text by
 *                     {@link Document}
 */
public record ScoreReason(String feature, String description, double contribution, String signalId,
                          List<Evidence> evidence) {

    public ScoreReason {
        if (feature == null || feature.isBlank() || description == null || signalId == null
                || evidence == null) {
            throw new IllegalArgumentException("feature, description, signalId and evidence are required");
        }
        if (!Double.isFinite(contribution)) {
            throw new IllegalArgumentException(feature + ": contribution " + contribution + " is not finite");
        }
        evidence = List.copyOf(evidence);
    }
}
