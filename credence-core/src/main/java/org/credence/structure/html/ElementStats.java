package org.credence.structure.html;

/**
 * Per-element figures gathered in one pass over the page. Mutable while the page is read, then
 * only read; private to one extraction.
 */
final class ElementStats {
    /** Pre-order index of the element. */
    int order;
    /** Largest pre-order index inside the element's subtree. */
    int last;
    /** Non-whitespace characters of visible text in the subtree. */
    int chars;
    /** Of which inside links. */
    int linkChars;
    /** Readability-style content score; NaN until the element becomes a candidate. */
    double score = Double.NaN;

    boolean contains(ElementStats other) {
        return order <= other.order && other.order <= last;
    }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }
}
