/**
 * The headline-support signal: whether an article's body backs its headline. A two-stage
 * stance model (related or not; agree, disagree or discuss), trained on FNC-1 with
 * {@code credence train stance}, reads TF-IDF similarities, stance words and hashed words of
 * the headline and the body ({@link org.credence.signals.stance.StanceFeatures}); a check of the
 * headline's named entities and numbers against the body
 * ({@link org.credence.signals.stance.HeadlineSpecifics}) finds specifics the body never states.
 * The model, its term weights and word lists live under the same resource path.
 */
package org.credence.signals.stance;
