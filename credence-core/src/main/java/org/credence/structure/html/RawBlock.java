package org.credence.structure.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A run of inline content between two block-level boundaries, before it is typed.
 *
 * @param index     position among all raw blocks of the page, in source order
 * @param owner     the nearest block-level element around the run
 * @param pieces    the text nodes and {@code <br>} / cell-boundary elements of the run, in order
 * @param text      the run's text with whitespace collapsed (for cues and scoring)
 * @param chars     non-whitespace characters in the run
 * @param linkChars non-whitespace characters inside links
 * @param order     pre-order index of the first piece's parent, for containment tests
 */
record RawBlock(int index, Element owner, List<Node> pieces, String text, int chars,
                int linkChars, int order) {

    RawBlock {
        pieces = List.copyOf(pieces);
    }

    /** Share of the run's characters that sit inside links. */
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /** Tag name of the owner, lower case. */
    String ownerTag() {
        return owner.normalName();
    }
}
