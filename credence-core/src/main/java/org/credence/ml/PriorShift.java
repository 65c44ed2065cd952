package org.credence.ml;

/**
 * Adjusts calibrated probabilities to a new base rate estimated from unlabelled data (Saerens,
 * Latinne and Decaestecker 2002): EM alternates between re-weighting each probability by the
 * ratio of the new and the training prior, and re-estimating the new prior as the mean of the
 * re-weighted probabilities. Uses no labels of the new data.
 *
 * @param prior         the estimated base rate of the new data
 * @param probabilities the probabilities adjusted to it
 * @param iterations    EM iterations run
 */
public record PriorShift(double prior, double[] probabilities, int iterations) {

    /**
     * Adapts {@code p} (probabilities of class 1, calibrated where class 1 had rate
     * {@code trainPrior}) to the base rate of the data they were computed on.
     */
    public static PriorShift adapt(double[] p, double trainPrior) {
        if (!(trainPrior > 0 && trainPrior < 1)) {
            throw new IllegalArgumentException("training prior must lie in (0, 1): " + trainPrior);
        }
        double prior = trainPrior;
        double[] q = p.clone();
        int it = 0;
        while (it < 1000 && p.length > 0) {
            it++;
            double r1 = prior / trainPrior;
            double r0 = (1 - prior) / (1 - trainPrior);
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                double a = r1 * p[i];
                double b = r0 * (1 - p[i]);
                q[i] = a + b == 0 ? p[i] : a / (a + b);
                sum += q[i];
            }
            double next = Math.min(1 - 1e-6, Math.max(1e-6, sum / p.length));
            if (Math.abs(next - prior) < 1e-7) {
                prior = next;
                break;
            }
            prior = next;
        }
        return new PriorShift(prior, q, it);
    }
}
