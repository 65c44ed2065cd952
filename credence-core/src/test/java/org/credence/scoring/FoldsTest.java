package org.credence.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldsTest {

    @Test
    void aGroupNeverSpansTwoFoldsAndFoldsAreBalanced() {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            groups.add("outlet" + (i % 37)); // 37 outlets of 8-9 articles
        }
        for (int i = 0; i < 60; i++) {
            groups.add("big");
        }
        int[] f = Folds.assign(groups, 5);
        Map<String, Integer> seen = new HashMap<>();
        int[] size = new int[5];
        for (int i = 0; i < f.length; i++) {
            Integer before = seen.putIfAbsent(groups.get(i), f[i]);
            if (before != null) {
                assertEquals(before, f[i], "group " + groups.get(i) + " in two folds");
            }
            size[f[i]]++;
        }
        for (int s : size) {
            assertEquals(72, s, 10);
        }
        assertArrayEquals(f, Folds.assign(groups, 5), "deterministic");
        assertEquals(5, Folds.count(f));
    }

    @Test
    void fewerGroupsThanFoldsGiveOneFoldEach() {
        int[] f = Folds.assign(List.of("a", "b", "a", "c", "b"), 5);
        assertEquals(3, Folds.count(f));
        assertEquals(f[0], f[2]);
        assertEquals(f[1], f[4]);
    }

    @Test
    void oneGroupCannotBeSplit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Folds.assign(List.of("a", "a"), 5));
        assertEquals(true, e.getMessage().contains("two groups"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Folds.assign(List.of("a", "b"), 1));
    }
}
