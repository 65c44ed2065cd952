/**
 * Signals about what the page asks of its reader and claims about itself: fundraising and
 * self-promotion in or around the article ({@link org.credence.signals.appeals.FundraisingSignal}),
 * and self-declared neutrality or truth-telling ("100% independent", "news you can trust")
 * ({@link org.credence.signals.appeals.NeutralitySignal}).
 */
package org.credence.signals.appeals;
