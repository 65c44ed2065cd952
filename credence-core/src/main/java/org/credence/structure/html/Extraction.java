package org.credence.structure.html;

import java.util.List;
import java.util.stream.Collectors;
import org.credence.model.ArticleFields;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.OffsetMap;
import org.credence.model.Problem;

/**
 * What {@link HtmlExtractor} read from one page.
 *
 * @param text     the article as a reader sees it: blocks in source (reading) order joined by
 *                 {@code "\n\n"}, a single {@code "\n"} inside a block where the HTML has
 *                 {@code <br>}
 * @param toHtml   maps offsets of {@code text} to offsets of the HTML source string given to
 *                 the extractor ({@code derivedLength() == text.length()},
 *                 {@code originalLength() == html.length()})
 * @param blocks   one block per block of {@code text}, in order, spans into {@code text}
 * @param fields   headline, dek, byline, dateline and publication date where found
 * @param problems what went wrong or looked odd, in a capped list
 */
public record Extraction(String text, OffsetMap toHtml, List<Block> blocks, ArticleFields fields,
                         List<Problem> problems) {

    public Extraction {
        if (text == null || toHtml == null || fields == null) {
            throw new IllegalArgumentException("text, toHtml and fields are required");
        }
        if (toHtml.derivedLength() != text.length()) {
            throw new IllegalArgumentException("map covers " + toHtml.derivedLength()
                    + " chars, text has " + text.length());
        }
        blocks = List.copyOf(blocks);
        problems = List.copyOf(problems);
        for (Block b : blocks) {
            b.span().checkedIn(text);
        }
    }

    /** The story's body: the text of the {@link BlockType#BODY} blocks joined by blank lines. */
    public String mainText() {
        return blocks.stream().filter(b -> b.type() == BlockType.BODY)
                .map(b -> b.span().in(text)).collect(Collectors.joining("\n\n"));
    }

    /** The text of one block. */
    public String textOf(Block block) {
        return block.span().in(text);
    }

    /** The blocks of one type, in order. */
    public List<Block> blocksOf(BlockType type) {
        return blocks.stream().filter(b -> b.type() == type).toList();
    }
}
