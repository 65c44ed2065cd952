package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Guards the extractor's quality on the dev split of the scrapinghub benchmark (the split we
 * tune on; the test split stays held out). Skipped when the shared data is absent.
 */
class BenchmarkDevSplitTest {

    /** A little under what the extractor reached on dev (F1 0.976, P 0.967, R 0.985). */
    static final double F1_FLOOR = 0.955;
    static final double PRECISION_FLOOR = 0.94;
    static final double RECALL_FLOOR = 0.95;

    @Test
    void devSplitStaysAboveTheFloor() {
        String prop = System.getProperty("credence.shared.data");
        Path dir = prop == null ? null : Path.of(prop, "article-extraction-benchmark");
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(dir.resolve("ground-truth.json")),
                "shared benchmark data not found (system property credence.shared.data); skipped");
        ExtractionEval.Result r = ExtractionEval.evaluate(dir, Baselines.credence(), Split.DEV);
        System.out.print(r.table());
        assertTrue(r.ours().pages() > 80, "dev split too small: " + r.ours().pages());
        assertTrue(r.ours().f1() >= F1_FLOOR, r.table());
        assertTrue(r.ours().precision() >= PRECISION_FLOOR, r.table());
        assertTrue(r.ours().recall() >= RECALL_FLOOR, r.table());
        assertTrue(r.ours().f1() > r.baseline().f1() + 0.2, r.table());
    }
}
