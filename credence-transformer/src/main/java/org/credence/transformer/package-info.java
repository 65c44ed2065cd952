/**
 * Fine-tuned transformer models that run on the CPU with ONNX Runtime, and the plain-Java
 * WordPiece tokenizer they read text with. {@link org.credence.transformer.PropagandaTransformer}
 * is the propaganda span tagger that {@code --propaganda transformer} mixes into the propaganda
 * signal's token model. Opt-in: a few hundred milliseconds an article (docs/BENCHMARKS.md).
 */
package org.credence.transformer;
