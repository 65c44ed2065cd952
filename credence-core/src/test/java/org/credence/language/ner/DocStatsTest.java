package org.credence.language.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocStatsTest {

    private static final int O = 0, B_PER = 1, I_PER = 2, B_ORG = 3, I_ORG = 4;

    private static final List<String[]> SENTENCES = List.of(
            "Bill Clinton met Magna executives .".split(" "),
            "Clinton said Magna Steyr AG would grow .".split(" "),
            "Magna shares rose .".split(" "));

    private static final List<int[]> TAGS = List.of(
            new int[] {B_PER, I_PER, O, B_ORG, O, O},
            new int[] {B_PER, O, B_ORG, I_ORG, I_ORG, O, O, O},
            new int[] {B_PER, O, O, O});

    @Test
    void partOfRecordsPositionsInMultiTokenEntities() {
        DocStats d = DocStats.of(SENTENCES).withPredictions(SENTENCES, TAGS, 4);
        int perLast = 1 << (3 * 0 + DocStats.LAST);
        int perFirst = 1 << (3 * 0 + DocStats.FIRST);
        int orgFirst = 1 << (3 * 1 + DocStats.FIRST);
        int orgInside = 1 << (3 * 1 + DocStats.INSIDE);
        int orgLast = 1 << (3 * 1 + DocStats.LAST);
        assertEquals(perLast, d.partOf("clinton"), "Clinton, last token of Bill Clinton");
        assertEquals(perFirst, d.partOf("bill"));
        assertEquals(orgFirst, d.partOf("magna"), "Magna, first token of Magna Steyr AG");
        assertEquals(orgInside, d.partOf("steyr"));
        assertEquals(orgLast, d.partOf("ag"));
        assertEquals(0, d.partOf("shares"), "never inside an entity");
        assertArrayEquals(new int[] {0, 1, 2, 0, 0}, d.predicted("magna"), "tagged ORG twice, PER once");
    }

    @Test
    void featureVersionTwoAddsFeaturesOnlyToTheSecondStage() {
        DocStats d = DocStats.of(SENTENCES).withPredictions(SENTENCES, TAGS, 4);
        String[] words = SENTENCES.get(2);
        int[][] v1 = NerFeatures.extractPrior(words, d, 16, TAGS.get(2), 1);
        int[][] v2 = NerFeatures.extractPrior(words, d, 16, TAGS.get(2), 2);
        assertEquals(v1[0].length + 2, v2[0].length, "Magna: one position, alone and with its first-stage type");
        assertEquals(v1[1].length, v2[1].length, "a lower-case word gets none");
        assertArrayEquals(v1[0], Arrays.copyOf(v2[0], v1[0].length), "version 1 features are kept as they were");
    }

    @Test
    void unknownFeatureVersionIsRefused() {
        NerModel tiny = NerModelTest.tiny();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tiny.withProvenance(Map.of("features", NerFeatures.VERSION + 1)));
        assertFalse(e.getMessage().isEmpty());
    }
}
