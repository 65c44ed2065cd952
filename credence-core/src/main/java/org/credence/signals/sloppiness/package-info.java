/**
 * The sloppiness signal: misspelled words (a shipped English word list with edit-distance
 * suggestions, tuned for precision on edited news), garbled characters that repair undid,
 * shouting capitals and excess punctuation, counted per 1,000 words and mapped to a score.
 * The word list is rebuilt by {@code credence train sloppiness}.
 */
package org.credence.signals.sloppiness;
