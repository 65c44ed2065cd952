/**
 * Quotes and their sources: direct quotes in any common quotation-mark style (including quotes
 * running over several paragraphs), partial quotes, reported speech and "according to", each with
 * its reporting cue and its source, resolved through pronouns and titles to a name the article
 * gives, or classed as a bare title, anonymous, vague or missing. Rule based, linear in the text,
 * no regular expressions in the hot path; word lists load from the classpath.
 */
package org.credence.language.quotes;
