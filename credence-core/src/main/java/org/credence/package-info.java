/**
 * Credence reads a news article the way a careful fact-checker does. {@link org.credence.Credence}
 * is the entry point; the pipeline stages live in one package each (ingest, repair, structure,
 * report; language, signals and scoring follow) around the shared {@link org.credence.model}.
 */
package org.credence;
