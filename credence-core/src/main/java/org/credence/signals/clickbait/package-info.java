/**
 * The clickbait headline signal ({@link org.credence.signals.clickbait.ClickbaitSignal}): a
 * linear model over the headline's lower-cased words, word pairs, character n-grams and cues
 * (a leading count, the reader addressed, a withheld subject, a question, a superlative),
 * trained on the Chakraborty et al. (2016) headlines ({@link org.credence.signals.clickbait.ClickbaitData},
 * {@link org.credence.signals.clickbait.ClickbaitTrainer}) and shipped as
 * {@code clickbait-headline.bin.gz} with its provenance beside this package's classes.
 */
package org.credence.signals.clickbait;
