package org.credence.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Grouped folds for cross-validation: every article of a group (an outlet, a publisher) falls
 * in the same fold, so no outlet is on both sides of a split. Deterministic: groups are taken
 * largest first (ties by name) and each goes to the fold with the fewest articles so far (ties
 * to the lowest fold).
 */
public final class Folds {

    private Folds() {
    }

    /**
     * The fold of each article, given its group; {@code k} folds, or as many as there are groups
     * when there are fewer.
     *
     * @throws IllegalArgumentException when {@code k < 2} or there are fewer than two groups
     */
    public static int[] assign(List<String> groups, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds: " + k);
        }
        Map<String, Integer> size = new HashMap<>();
        for (String g : groups) {
            size.merge(g, 1, Integer::sum);
        }
        if (size.size() < 2) {
            throw new IllegalArgumentException("need at least two groups (outlets or publishers) to split by; found "
                    + size.size());
        }
        int folds = Math.min(k, size.size());
        List<String> order = new ArrayList<>(size.keySet());
        order.sort((a, b) -> size.get(a).equals(size.get(b)) ? a.compareTo(b) : size.get(b) - size.get(a));
        int[] load = new int[folds];
        Map<String, Integer> foldOf = new HashMap<>();
        for (String g : order) {
            int best = 0;
            for (int f = 1; f < folds; f++) {
                if (load[f] < load[best]) {
                    best = f;
                }
            }
            foldOf.put(g, best);
            load[best] += size.get(g);
        }
        int[] out = new int[groups.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldOf.get(groups.get(i));
        }
        return out;
    }

    /** The number of folds in an assignment. */
    public static int count(int[] folds) {
        int max = -1;
        for (int f : folds) {
            max = Math.max(max, f);
        }
        return max + 1;
    }
}
