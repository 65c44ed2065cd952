package org.credence.language;

import org.credence.model.Token;
import java.util.List;
import org.credence.model.Span;

/**
 * A rule-based tokenizer for English news text with exact offsets. Immutable and thread-safe.
 *
 * <p><b>Contract.</b> Tokens cover every character that is not whitespace (or a zero-width format
 * character such as U+200B, U+FEFF or a bidi mark), in text order, without overlaps. Their spans
 * are UTF-16 offsets of the whole text, never split a surrogate pair and never separate a base
 * character from the combining marks or variation selectors after it. Any string is accepted;
 * nothing throws except bad arguments. {@code tokenize(text, within)} looks at nothing outside
 * {@code within}: its tokens are those of {@code tokenize(within's text)} shifted by
 * {@code within.start()}. One pass, no regular expressions, linear in the length of the text.
 *
 * <p><b>Decisions.</b>
 * <ul>
 *   <li>Contractions and possessives are split the Penn Treebank way, as CoNLL-2003 and OntoNotes
 *       are: don't → do + n't, can't → ca + n't, won't → wo + n't, Trump's → Trump + 's, they're →
 *       they + 're, 1990's → 1990 + 's ('s 'm 'd 'll 're 've n't, with ' ’ or ʼ). A word ending in
 *       an apostrophe (workers') keeps it as a separate PUNCT token. Other inner apostrophes stay
 *       in the word (O'Brien, rock'n'roll). "cannot" and "gonna" stay whole.</li>
 *   <li>Hyphenated words are one token (well-known, state-of-the-art, COVID-19, 2-year-old,
 *       U.S.-led); a double hyphen, an em dash and an en dash between words are PUNCT tokens.
 *       An en dash between digits joins them like a hyphen (1990–2000, 2–1).</li>
 *   <li>Periods: a period belongs to the word before it for dotted abbreviations (U.S., e.g.,
 *       a.m., Ph.D.: two or more groups of one or two letters, each with its period), single
 *       capital initials (J. K. Rowling), the known abbreviations of {@link Abbreviations}, and
 *       No./p./Art. before a number; a number of one or two digits at the start of a line takes
 *       its period ("1. Ministers agreed" is a list item). Otherwise the period is its own token.
 *       A sentence-final "U.S." keeps its period inside the word; the splitter ends the sentence
 *       after it.</li>
 *   <li>Numbers are one NUMBER token where a reader says one number: digits joined by , . ’ '
 *       : / - between digits (25,000 25’000 25.000,50 10:30 24/7 2019-11-19), with a unit or
 *       ordinal suffix (1990s 1.5bn 10am 21st 5km), a trailing % or ‰, a sign after a space
 *       (-5, +3.2%), ’90s. A currency sign is a separate SYMBOL: $1.5 → $ + 1.5.</li>
 *   <li>Runs of . ! ? … are one PUNCT token (?!, ..., !!!); so are runs of one dash character.</li>
 *   <li>URLs (http/https/ftp, www.), bare domains whose top-level domain is not an English word
 *       (example.com, bbc.co.uk; "said.it" is no domain), e-mails, @handles and #hashtags are
 *       single tokens; trailing sentence punctuation and an unbalanced ")" are not part of a URL.</li>
 *   <li>Letters of any script form words (Cyrillic, Greek, Arabic, Devanagari); each Han
 *       ideograph is a token of its own, since Chinese and Japanese have no spaces to split on.</li>
 * </ul>
 */
public final class Tokenizer {

    public Tokenizer() {
    }

    /** The tokens of the whole text. */
    public List<Token> tokenize(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        return tokenize(text, new Span(0, text.length()));
    }

    /**
     * The tokens of {@code within}, with offsets into the whole {@code text}.
     *
     * @throws IllegalArgumentException if {@code within} lies outside the text or cuts a surrogate pair
     */
    public List<Token> tokenize(String text, Span within) {
        if (text == null || within == null) {
            throw new IllegalArgumentException("text and within are required");
        }
        within.checkedIn(text);
        if (cutsPair(text, within.start()) || cutsPair(text, within.end())) {
            throw new IllegalArgumentException("span " + within + " cuts a surrogate pair");
        }
        return new TokenScan(text, within.start(), within.end()).run();
    }

    private static boolean cutsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
