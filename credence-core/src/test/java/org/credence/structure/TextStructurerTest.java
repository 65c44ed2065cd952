package org.credence.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.junit.jupiter.api.Test;

class TextStructurerTest {

    private static final String REST = " The council voted on Tuesday to approve the plan for two apartment blocks near the old rail yard.";

    /** The dateline block's text when the text's first body paragraph has one, else "". */
    private static String dateline(String firstParagraph) {
        String text = "Council approves rail yard homes\n\n" + firstParagraph + "\n\nA second paragraph follows here.";
        List<Block> blocks = new TextStructurer().structure(text, "");
        return blocks.stream().filter(b -> b.type() == BlockType.DATELINE).map(b -> b.span().in(text))
                .findFirst().orElse("");
    }

    @Test
    void placeAndAgency() {
        assertEquals("WASHINGTON (Reuters) -", dateline("WASHINGTON (Reuters) -" + REST));
        assertEquals("KYIV, Ukraine (AP) —", dateline("KYIV, Ukraine (AP) —" + REST));
    }

    @Test
    void placeDateAndAgency() {
        assertEquals("LONDON, March 3 (Reuters) -", dateline("LONDON, March 3 (Reuters) -" + REST));
        assertEquals("RIVERTON, March 3 (Daily Patriot Wire) -", dateline("RIVERTON, March 3 (Daily Patriot Wire) -" + REST));
        assertEquals("NEW YORK, Nov. 12 —", dateline("NEW YORK, Nov. 12 —" + REST));
        assertEquals("SPRINGFIELD, Ill., Sept. 4 (AP) —", dateline("SPRINGFIELD, Ill., Sept. 4 (AP) —" + REST));
    }

    @Test
    void placeAndFullDate() {
        assertEquals("WASHINGTON, March 3, 2025 —", dateline("WASHINGTON, March 3, 2025 —" + REST));
        assertEquals("NEW YORK, Nov. 12, 2024 (AP) -", dateline("NEW YORK, Nov. 12, 2024 (AP) -" + REST));
        assertEquals("LONDON, 3 March 2025 (Reuters) -", dateline("LONDON, 3 March 2025 (Reuters) -" + REST));
        assertEquals("AUSTIN, Texas, Jan. 9, 2025 /PRNewswire/ --", dateline("AUSTIN, Texas, Jan. 9, 2025 /PRNewswire/ --" + REST));
    }

    @Test
    void aYearAloneIsNotADate() {
        assertEquals("", dateline("WASHINGTON, 2025 —" + REST));
    }

    @Test
    void noDatelineWithoutAPlaceInCapitals() {
        assertEquals("", dateline("March 3 - " + REST.strip()));
        assertEquals("", dateline("The mayor, March 3 (a Tuesday) - said" + REST));
    }

    @Test
    void aSectionLabelAboveTheHeadlineIsNotTheHeadline() {
        String text = "OPINION\n\nI was wrong about the harbour plan\n\nBy Ana Ruiz\n\n"
                + "For years I argued that the harbour plan would fail, and I wrote three columns saying so.\n\n"
                + "I owe readers an update now that the first ferries are running on time.";
        List<Block> blocks = new TextStructurer().structure(text, "");
        assertEquals(BlockType.BOILERPLATE, blocks.get(0).type());
        assertEquals(BlockType.HEADLINE, blocks.get(1).type());
        assertEquals("I was wrong about the harbour plan", blocks.get(1).span().in(text));
    }

    @Test
    void aOneWordHeadlineOverAShortTextStaysTheHeadline() {
        String text = "Analysis\n\nThe council voted on Tuesday to approve the plan for two apartment blocks.";
        List<Block> blocks = new TextStructurer().structure(text, "");
        assertEquals(BlockType.HEADLINE, blocks.get(0).type());
    }
}
