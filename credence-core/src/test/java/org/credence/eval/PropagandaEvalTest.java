package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.credence.signals.propaganda.PropagandaModel;
import org.credence.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Floors on the held-out PTC articles (the test part of the split), beside the baselines. */
class PropagandaEvalTest {

    @Test
    void heldOutFiguresStayAboveTheirFloorsAndTheBaselines() throws Exception {
        Path ptc = SharedData.require("ptc-semeval2020");
        PropagandaEval r = PropagandaEval.evaluate(ptc.resolve("train-articles"), ptc.resolve("train-task2-TC.labels"),
                PropagandaEval.Selection.AUTO, ptc, PropagandaModel.standard());
        Map<String, Object> m = r.asMap();
        String table = r.table();
        assertTrue(table.contains("none trained on"), table);
        assertTrue(r.si().f1() >= 0.35, table);
        assertTrue(r.tc().accuracy() >= 0.53, table);
        @SuppressWarnings("unchecked")
        Map<String, Object> si = (Map<String, Object>) m.get("spanIdentification");
        @SuppressWarnings("unchecked")
        double every = (double) ((Map<String, Object>) si.get("everySentence")).get("f1");
        assertTrue(r.si().f1() > every + 0.05, table);
        @SuppressWarnings("unchecked")
        Map<String, Object> tc = (Map<String, Object>) m.get("techniqueClassification");
        @SuppressWarnings("unchecked")
        double tfidf = (double) ((Map<String, Object>) tc.get("tfidfLogistic")).get("microF1");
        assertTrue(r.tc().accuracy() > tfidf, table);
    }
}
