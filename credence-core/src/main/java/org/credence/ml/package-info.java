/**
 * Small, dependency-free machine learning for the trained signals and scores: hashed sparse
 * features, a multinomial logistic-regression trainer (AdaGrad, L2, fixed seed), a compact
 * model file with provenance, and the metrics the evaluation commands print, and Platt calibration.
 *
 * <p>Kept deliberately small: every model Credence ships is linear over sparse features, which
 * trains in seconds here, predicts in microseconds and explains itself through its weights.
 */
package org.credence.ml;
