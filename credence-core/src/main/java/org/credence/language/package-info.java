/**
 * Language layer, first piece: a fast rule-based {@link org.credence.language.Tokenizer} and
 * {@link org.credence.language.SentenceSplitter} for English news. Tokens and sentences are
 * immutable records whose spans are exact half-open UTF-16 offsets into the text they were made
 * from, so every later step (entities, quantities, quotes, signals) can cite evidence by span.
 * Plain JDK, no models; the rules, lists and known misses are documented on each class.
 */
package org.credence.language;
