/**
 * The propaganda-techniques signal: fragments of an article that use one of the 14 techniques
 * of the Propaganda Techniques Corpus (SemEval-2020 task 11), found by a linear token tagger
 * whose candidate fragments a {@link org.credence.signals.propaganda.FragmentGate} rescores
 * (span identification) and named by a linear span classifier (technique classification).
 *
 * <p>{@link org.credence.signals.propaganda.PropagandaSignal} is the signal;
 * {@link org.credence.signals.propaganda.PropagandaModel} the shipped model (loaded once);
 * {@link org.credence.signals.propaganda.PtcCorpus} reads the corpus format for training and
 * evaluation; {@link org.credence.signals.propaganda.PropagandaTrainer} reproduces the model.
 */
package org.credence.signals.propaganda;
