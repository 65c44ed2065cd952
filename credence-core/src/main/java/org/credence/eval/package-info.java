/**
 * Evaluation harnesses that measure Credence's stages on public test data and print each figure
 * beside a trivial baseline.
 */
package org.credence.eval;
