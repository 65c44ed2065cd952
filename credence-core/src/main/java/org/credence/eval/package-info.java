/**
 * Evaluation of main-text extraction against public benchmarks: the scrapinghub article
 * extraction benchmark (shingle precision, recall and F1 with bootstrap errors) and the
 * trafilatura snippet evaluation. Both take any {@link org.credence.eval.Extractor}, so the
 * whole pipeline can be scored the same way as the HTML extractor alone.
 */
package org.credence.eval;
