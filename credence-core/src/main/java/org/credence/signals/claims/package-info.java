/**
 * Check-worthy claims: a linear model that ranks an article's body sentences by how worth
 * checking they are (numbers, dates, named people and past events, comparisons), trained on
 * CheckThat! 2019 task 1 debates and ClaimBuster sentences split by debate; the signal
 * {@link org.credence.signals.claims.CheckWorthyClaims}, the model
 * {@link org.credence.signals.claims.CheckWorthiness}, its data readers and its trainer.
 */
package org.credence.signals.claims;
