package org.credence.structure;

import java.util.List;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.Document;

/** The article's main text: its body paragraphs, with a dateline kept before its paragraph. */
public final class MainText {

    private MainText() {
    }

    /** Body paragraphs joined by blank lines; a dateline is joined to the paragraph it heads. */
    public static String of(Document doc) {
        StringBuilder sb = new StringBuilder(doc.text().length());
        List<Block> blocks = doc.blocks();
        boolean afterDateline = false;
        for (Block b : blocks) {
            if (b.type() == BlockType.DATELINE) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(doc.textOf(b.span()));
                afterDateline = true;
            } else if (b.type() == BlockType.BODY) {
                if (sb.length() > 0) {
                    sb.append(afterDateline ? " " : "\n\n");
                }
                sb.append(doc.textOf(b.span()));
                afterDateline = false;
            }
        }
        return sb.toString();
    }
}
