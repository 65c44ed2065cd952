package org.credence.transformer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a run of {@code n} wordpieces is cut into overlapping windows for a model with a bounded
 * input, and which window each wordpiece takes its output from: the one in which it sits farthest
 * from a window edge, where the start and the end of the text are not edges (the earlier window
 * wins a tie).
 *
 * @param starts first wordpiece of each window
 * @param ends   end (exclusive) of each window
 * @param owner  per wordpiece, the index of the window its output comes from
 */
public record Windows(int[] starts, int[] ends, int[] owner) {

    /**
     * Plans the windows.
     *
     * @param n       wordpieces (0 gives no window)
     * @param content wordpieces a window holds (the model's positions less its special tokens)
     * @param overlap wordpieces shared by neighbouring windows (less than {@code content})
     */
    public static Windows plan(int n, int content, int overlap) {
        if (content < 1 || overlap < 0 || overlap >= content || n < 0) {
            throw new IllegalArgumentException("need content >= 1, 0 <= overlap < content and n >= 0");
        }
        List<int[]> w = new ArrayList<>();
        for (int from = 0; from < n; from += content - overlap) {
            int to = Math.min(n, from + content);
            w.add(new int[] {from, to});
            if (to >= n) {
                break;
            }
        }
        int[] starts = new int[w.size()];
        int[] ends = new int[w.size()];
        int[] owner = new int[n];
        int[] best = new int[n];
        Arrays.fill(best, -1);
        for (int k = 0; k < w.size(); k++) {
            int from = w.get(k)[0];
            int to = w.get(k)[1];
            starts[k] = from;
            ends[k] = to;
            for (int i = from; i < to; i++) {
                int margin = Math.min(i - from, to - 1 - i);
                if (from == 0) {
                    margin = Math.max(margin, to - 1 - i);
                }
                if (to == n) {
                    margin = Math.max(margin, i - from);
                }
                if (margin > best[i]) {
                    best[i] = margin;
                    owner[i] = k;
                }
            }
        }
        return new Windows(starts, ends, owner);
    }

    /** The number of windows. */
    public int size() {
        return starts.length;
    }
}
