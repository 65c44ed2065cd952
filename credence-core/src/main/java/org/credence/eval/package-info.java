/**
 * Evaluations that measure Credence's stages on public data in any path of the set's format,
 * each printing its figures beside a trivial baseline: main-text extraction (the scrapinghub
 * benchmark's shingle P/R/F1 with bootstrap errors; trafilatura's must / must-not snippets), and
 * mojibake repair on ftfy's case format. Extraction evaluations take any
 * {@link org.credence.eval.Extractor}, so the whole pipeline is scored the same way as the HTML
 * extractor alone.
 */
package org.credence.eval;
