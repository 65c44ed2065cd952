/**
 * Time expressions: dates, times, durations, recurrences and ranges with exact spans, normalised
 * TIMEX3-style against the article date ({@link org.credence.language.time.TimeExpressions}).
 */
package org.credence.language.time;
