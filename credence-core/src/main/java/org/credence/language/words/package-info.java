/**
 * The shipped English word list ({@link org.credence.language.words.WordList}): which forms are
 * English words and in which case, shared by the stages that need it (the spelling check of the
 * sloppiness signal, the truecasing of title-case headlines before entity recognition).
 */
package org.credence.language.words;
