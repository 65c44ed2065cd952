package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.signals.stance.StanceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceEvalTest {

    @TempDir
    Path dir;

    @Test
    void otherFilesAreScoredWholeAndWithoutTrainingFilesOnlyTheMajorityBaselineIsShown() throws Exception {
        Path b = dir.resolve("bodies.csv");
        Path s = dir.resolve("stances.csv");
        Files.writeString(b, "Body ID,articleBody\n"
                + "1,\"The council voted on Tuesday to extend the opening hours of the public library. The library will "
                + "open earlier on weekdays, and librarians welcomed the longer hours.\"\n"
                + "2,\"A storm left thousands of homes without power on Sunday night. Engineers worked through the night "
                + "to repair fallen lines.\"\n");
        Files.writeString(s, "Headline,Body ID,Stance\n"
                + "Council extends library opening hours,1,agree\n"
                + "Council extends library opening hours,2,unrelated\n"
                + "Storm cuts power to thousands of homes,2,agree\n"
                + "Storm cuts power to thousands of homes,1,unrelated\n");
        StanceEval r = StanceEval.evaluate(b, s, StanceEval.Mode.AUTO, StanceModel.standard(),
                dir.resolve("none.csv"), dir.resolve("none.csv"));
        assertEquals("all pairs of the file", r.split());
        assertEquals(2, r.rows().size());
        assertEquals(4, r.rows().get(0).score().total());
        assertEquals(2, r.rows().get(1).score().confusion()[0][0]);
        assertTrue(r.table().contains("| credence |"), r.table());
        StanceEval test = StanceEval.evaluate(b, s, StanceEval.Mode.TEST, StanceModel.standard(),
                dir.resolve("none.csv"), dir.resolve("none.csv"));
        assertTrue(test.split().startsWith("test"));
        // bodies 1 and 2 are on the TEST side of the split rule, so forcing it keeps all four pairs
        assertEquals(4, test.rows().get(0).score().total());
    }
}
