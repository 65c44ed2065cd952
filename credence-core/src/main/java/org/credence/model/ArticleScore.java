package org.credence.model;

import java.util.List;
import java.util.Locale;

/**
 * One calibrated article score, such as the probability that the article is unreliable, with
 * the reasons that moved it most. Never a bare verdict: a score always carries its band and at
 * least one reason unless it {@linkplain #cannotScore could not be computed}.
 *
 * <p>Contract, checked here: {@code probability} lies in {@code [0, 1]}, or is {@code NaN}
 * when the model could not score this document (then {@code band} is
 * {@link Band#CANNOT_SCORE}, {@code reasons} is empty and {@code summary} says why). Reasons are
 * ordered by the absolute size of their contribution, largest first.
 *
 * @param id          stable identifier of what is scored, e.g. {@code unreliable}, {@code hyperpartisan}
 * @param name        human name, e.g. "Unreliable"
 * @param probability calibrated probability in [0, 1] (a 0.8 is right about 80 % of the time on
 *                    held-out data), or NaN when the document could not be scored
 * @param band        low, mixed or high concern, from the probability
 * @param summary     one line in plain words: what the score means for this article
 * @param reasons     the signals and text features that moved the score most, strongest first
 * @param model       identifier of the model that produced the score (its file's name and
 *                    version), so a reader can find its provenance
 */
public record ArticleScore(String id, String name, double probability, Band band, String summary,
                           List<ScoreReason> reasons, String model) {

    /** How much concern a probability means; the thresholds belong to the model. */
    public enum Band {
        LOW, MIXED, HIGH, CANNOT_SCORE;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** LOW below {@code low}, HIGH at or above {@code high}, MIXED between. */
        public static Band of(double probability, double low, double high) {
            if (Double.isNaN(probability)) {
                return CANNOT_SCORE;
            }
            return probability < low ? LOW : probability >= high ? HIGH : MIXED;
        }
    }

    public ArticleScore {
        if (id == null || id.isBlank() || name == null || band == null || summary == null
                || summary.isBlank() || reasons == null || model == null) {
            throw new IllegalArgumentException("id, name, band, summary, reasons and model are required");
        }
        if (Double.isNaN(probability) != (band == Band.CANNOT_SCORE)) {
            throw new IllegalArgumentException(id + ": NaN probability and band cannot-score go together");
        }
        if (!Double.isNaN(probability) && !(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException(id + ": probability " + probability + " outside [0, 1]");
        }
        reasons = List.copyOf(reasons);
        if (band == Band.CANNOT_SCORE && !reasons.isEmpty()) {
            throw new IllegalArgumentException(id + ": a score that could not be computed has no reasons");
        }
    }

    /** A score that could not be computed for this document, with why. */
    public static ArticleScore cannotScore(String id, String name, String why, String model) {
        return new ArticleScore(id, name, Double.NaN, Band.CANNOT_SCORE, why, List.of(), model);
    }
}
