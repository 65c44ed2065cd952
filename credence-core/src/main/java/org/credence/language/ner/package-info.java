/**
 * Named-entity recognition: a hashed-feature averaged structured perceptron (Viterbi over BIO
 * tags) trained here on CoNLL-2003 with gazetteer features, shipped as one small model file with
 * its provenance ({@link org.credence.language.ner.NerModel}); the
 * {@link org.credence.language.ner.EntityRecognizer} runs it on Credence's tokens and sentences
 * and refines CoNLL's types (GPE vs location, nationalities inside MISC); the
 * {@link org.credence.language.ner.EntityLinker} groups mentions of one article into chains;
 * {@link org.credence.language.ner.NerTrainer} retrains the model from the shared data.
 */
package org.credence.language.ner;
