package org.credence.transformer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    private static final String VOCAB = String.join("\n", "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
            "the", "cafe", "un", "##believ", "##able", "!", ",", "'", "s", "a", "##b", "中", "国", "😀", "x", "##x", "i") + "\n";

    private static WordPieceTokenizer tok() throws IOException {
        return WordPieceTokenizer.fromVocab(new ByteArrayInputStream(VOCAB.getBytes(StandardCharsets.UTF_8)));
    }

    /** "piece@start-end" for each wordpiece, the piece spelled by the vocabulary line. */
    private static List<String> show(String text) throws IOException {
        String[] lines = VOCAB.split("\n");
        WordPieceTokenizer.Pieces p = tok().tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            out.add(lines[p.ids()[i]] + "@" + p.start()[i] + "-" + p.end()[i]);
        }
        return out;
    }

    @Test
    void splitsWordsIntoLongestPiecesWithOffsets() throws IOException {
        assertEquals(List.of("the@0-3", "un@4-6", "##believ@6-12", "##able@12-16", "!@16-17"), show("The Unbelievable!"));
    }

    @Test
    void punctuationIsAWordOfItsOwn() throws IOException {
        assertEquals(List.of("the@0-3", "'@3-4", "s@4-5", ",@5-6", "a@7-8"), show("the's, a"));
    }

    @Test
    void accentsAreStrippedButOffsetsStayOnTheOriginal() throws IOException {
        // "café" precomposed (4 chars) and decomposed (5 chars: e + U+0301); a mark that normalises
        // to nothing is in no piece, as with the Hugging Face tokenizer
        assertEquals(List.of("cafe@0-4"), show("Café"));
        assertEquals(List.of("cafe@0-4"), show("Cafe\u0301"));
        assertEquals(List.of("cafe@0-4", "a@5-6"), show("Café a"));
    }

    @Test
    void unknownWordIsOneUnkOverTheWholeWord() throws IOException {
        assertEquals(List.of("the@0-3", "[UNK]@4-9", "a@10-11"), show("the zebra a"));
        assertEquals(List.of("[UNK]@0-3"), show("unq"));
    }

    @Test
    void literalSpecialTokensAreKept() throws IOException {
        assertEquals(List.of("the@0-3", "[UNK]@4-9", "a@10-11"), show("the [UNK] a"));
        assertEquals(List.of("[MASK]@0-6", "s@6-7"), show("[MASK]s"));
    }

    @Test
    void cjkIdeographsAreWordsAndSurrogatePairsKeepUtf16Offsets() throws IOException {
        assertEquals(List.of("中@0-1", "国@1-2"), show("中国"));
        assertEquals(List.of("x@0-1", "😀@2-4", "x@5-6"), show("x 😀 x"));
        assertEquals(List.of("x@0-1", "##x@1-2"), show("xx"));
    }

    @Test
    void controlCharactersAreDroppedAndOddSpacesSeparate() throws IOException {
        assertEquals(List.of("a@0-1", "##b@2-3"), show("a\u200Bb"));
        assertEquals(List.of("a@0-1", "a@2-3", "a@4-5"), show("a\u00A0a\u2028a"));
        assertEquals(List.of("a@1-2"), show("\uFFFDa\u0000"));
    }

    @Test
    void dottedCapitalILowersToPlainI() throws IOException {
        assertEquals(List.of("i@0-1"), show("\u0130"));
    }

    @Test
    void longWordIsUnk() throws IOException {
        String word = "x".repeat(101);
        assertEquals(List.of("[UNK]@0-101"), show(word));
        assertEquals(100, tok().tokenize("x".repeat(100)).size());
    }

    @Test
    void emptyAndBlankTextGiveNoPieces() throws IOException {
        assertEquals(0, tok().tokenize("").size());
        assertEquals(0, tok().tokenize(" \n\t ").size());
    }

    @Test
    void vocabularyWithoutUnkIsRefused() {
        assertThrows(IOException.class, () -> WordPieceTokenizer.fromVocab(
                new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void idsFollowTheVocabularyLines() throws IOException {
        WordPieceTokenizer t = tok();
        assertEquals(1, t.id("[UNK]"));
        assertEquals(-1, t.id("zebra"));
        assertArrayEquals(new int[] {5}, t.tokenize("THE").ids());
    }
}
