/**
 * The judging stage: credibility signals, each a small named component that reads a document
 * and returns a {@link org.credence.model.SignalResult} (score, evidence spans, plain-words
 * reason).
 *
 * <p>A new signal implements {@link org.credence.signals.Signal}, lives in a subpackage named
 * for what it detects (its lexicons and model under the same resource path), is added to
 * {@link org.credence.signals.Signals#standard()}, and gets an entry in {@code docs/SIGNALS.md}.
 * {@link org.credence.signals.ArticleView} gives the parts of the article signals usually
 * read: the headline, the body sentences in English, the quotes.
 */
package org.credence.signals;
