/**
 * The scoring stage: calibrated article scores (P(unreliable), P(hyperpartisan)) from the
 * signals, style features and words, each with its band and the reasons that moved it most,
 * tied to evidence spans. {@link org.credence.scoring.ArticleFeatures} reads an article once;
 * {@link org.credence.scoring.ScoreModel} is a linear model with Platt calibration fitted on
 * held-out articles; {@link org.credence.scoring.ScoreTrainer} trains one with grouped (outlet-
 * or publisher-disjoint) cross-validation; {@link org.credence.scoring.ScoringStage} runs the
 * shipped models. Outlet ratings are never features: an article is scored on its own content.
 */
package org.credence.scoring;
