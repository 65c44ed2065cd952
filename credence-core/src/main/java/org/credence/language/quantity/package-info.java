/**
 * Quantities: money, percentages, counts, durations and measures with exact spans and scaled
 * values ({@link org.credence.language.quantity.Quantities}), and the locale-aware number reader
 * they share with the time expressions ({@link org.credence.language.quantity.Numbers}).
 */
package org.credence.language.quantity;
