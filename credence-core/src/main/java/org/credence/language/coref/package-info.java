/**
 * Coreference beyond names: the {@link org.credence.language.coref.NominalLinker} links nominal
 * mentions ("the Russian foreign minister", "Russia's foreign minister", "the company") to the
 * named-entity chains of the same article, from titles and appositives that describe a chain, an
 * organisation's own head noun, or the one compatible chain named just before; word lists in
 * {@code roles.tsv} beside it. It runs inside the entities stage and prefers no link to a wrong one.
 */
package org.credence.language.coref;
