package org.credence.signals.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.credence.signals.claims.CheckThatCorpus.Debate;
import org.credence.testing.SharedData;
import org.junit.jupiter.api.Test;

/** A floor on held-out debates of the shared CheckThat! 2019 file (the two shortest, to stay fast). */
class CheckWorthyFloorTest {

    @Test
    void heldOutShortDebatesRankCheckWorthyLinesHigh() throws IOException {
        Path file = SharedData.require(CheckWorthyTrainer.CT19);
        List<Debate> test = new ArrayList<>();
        for (Debate d : CheckThatCorpus.read(file)) {
            if (d.name().equals("20190108_oval_office") || d.name().equals("20160722_trump_acceptance")) {
                assertEquals(CheckThatCorpus.Split.TEST, CheckThatCorpus.splitOf(d.name()), d.name());
                test.add(d);
            }
        }
        assertEquals(2, test.size());
        CheckWorthiness m = CheckWorthiness.standard();
        List<double[]> scores = new ArrayList<>();
        for (Debate d : test) {
            scores.add(m.probabilities(Transcripts.cues(d.lines().stream().map(CheckThatCorpus.Line::text).toList())));
        }
        DebateScores s = DebateScores.of(test, scores);
        System.out.println("check-worthy floor: " + s);
        assertTrue(s.map() >= 0.24, s.toString());
    }
}
