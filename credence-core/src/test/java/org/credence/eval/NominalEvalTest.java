package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.Credence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NominalEvalTest {

    @Test
    void countsAndSamplesLinksForJudging(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text/a.txt"), "Russian Foreign Minister Sergei Lavrov arrived in Geneva on Monday.\n\n"
                + "The Russian foreign minister said little.\n");
        Files.writeString(dir.resolve("text/b.txt"), "Gazprom, the Russian energy company, said exports would rise.\n\n"
                + "The company gave no figures.\n");
        NominalEval r = NominalEval.evaluate(dir, Credence.standard(), 2, 1);
        assertEquals(3, r.asMap().get("links"));
        assertEquals(2, r.systemSample().size());
        assertEquals(r.systemSample(), NominalEval.evaluate(dir, Credence.standard(), 2, 1).systemSample(), "seeded");
        String all = NominalEval.evaluate(dir, Credence.standard(), 10, 1).table();
        assertTrue(all.contains("[The company]") && all.contains("[The Russian foreign minister]"), all);
        assertTrue(all.contains("sample of 3 credence links"), all);
    }
}
