/**
 * Signals about where the article's claims come from: how many are attributed to named,
 * anonymous or vague sources or to none ({@link org.credence.signals.sourcing.SourcingSignal}),
 * and the hedges and weasel phrases that let a writer assert without a source
 * ({@link org.credence.signals.sourcing.HedgingSignal}).
 */
package org.credence.signals.sourcing;
