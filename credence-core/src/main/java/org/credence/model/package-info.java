/**
 * The document model every stage reads and returns: an immutable {@link org.credence.model.Document}
 * with half-open UTF-16 {@link org.credence.model.Span}s into its working text, typed
 * {@link org.credence.model.Block}s, recorded {@link org.credence.model.Repair}s and
 * {@link org.credence.model.Problem}s, and an {@link org.credence.model.OffsetMap} back to the
 * source as decoded.
 */
package org.credence.model;
