package org.credence.signals.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.credence.eval.StanceScore;
import org.credence.testing.SharedData;
import org.junit.jupiter.api.Test;

class StanceModelTest {

    @Test
    void shippedModelStatesItsDataSplitAndHeldOutFigures() throws Exception {
        JsonNode p = new ObjectMapper().readTree(StanceModel.standard().provenance());
        assertEquals(64, p.path("data").path("fnc1/train_stances.csv").path("sha256").asText().length());
        assertTrue(p.path("split").asText().contains("fnc1-body:"));
        assertEquals(42, p.path("params").path("seed").asInt());
        assertTrue(p.path("heldOutTest").path("fncPercent").asDouble() >= 82);
    }

    @Test
    void probabilitiesSumToOneAndFollowTheTwoStageRule() {
        StanceModel m = StanceModel.standard();
        StanceModel.Prediction p = m.predict(StanceText.parse("Council extends library hours"),
                StanceText.parse("The council voted to extend the library's opening hours. The library will open "
                        + "earlier on weekdays. Librarians welcomed the longer hours."));
        double sum = 0;
        for (double v : p.probabilities()) {
            sum += v;
        }
        assertEquals(1, sum, 1e-9);
        assertTrue(p.label() != 0, "a body about the headline is related");
        assertEquals(0, new StanceModel.Prediction(new double[] {0.6, 0.1, 0.1, 0.2}, null).label());
        assertEquals(3, new StanceModel.Prediction(new double[] {0.4, 0.1, 0.2, 0.3}, null).label());
    }

    @Test
    void termWeightsRoundTrip() throws Exception {
        TermWeights w = TermWeights.count(List.of(StanceText.parse("Spiders bite."), StanceText.parse("A spider hoax.")), 1);
        assertEquals(2, w.df().get("spider"));
        assertTrue(w.idf("hoax") > w.idf("spider"));
        assertTrue(w.idf("never-seen") > w.idf("hoax"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out);
        assertEquals(w, TermWeights.read(new ByteArrayInputStream(out.toByteArray())));
    }

    /**
     * Floor on a quarter of the held-out bodies of the shared data (body id divisible by 4, to
     * keep the test to seconds; skipped when the data is absent). The full held-out figures are
     * printed by {@code credence eval stance}.
     */
    @Test
    void heldOutFloorOnSharedData() throws Exception {
        Path d = SharedData.require("fnc1");
        FncData data = FncData.read(d.resolve("train_bodies.csv"), d.resolve("train_stances.csv"));
        List<FncData.Pair> test = data.on(FncData.Side.TEST).stream().filter(p -> p.bodyId() % 4 == 0).toList();
        long t0 = System.nanoTime();
        StanceModel m = StanceModel.standard();
        StanceTrainer.Prepared prep = StanceTrainer.texts(data, test).prepare(m.features());
        int[] gold = new int[test.size()];
        int[] pred = new int[test.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = test.get(i).stance();
            pred[i] = m.predict(prep.headline(test.get(i).headline()), prep.body(test.get(i).bodyId())).label();
        }
        StanceScore s = StanceScore.of(gold, pred);
        System.out.printf("stance floor: %d pairs, FNC %.2f, macro-F1 %.4f, %.1f s%n", gold.length, s.fncPercent(),
                s.macroF1(), (System.nanoTime() - t0) / 1e9);
        assertTrue(s.fncPercent() >= 85, "FNC " + s.fncPercent());
        assertTrue(s.macroF1() >= 0.70, "macro-F1 " + s.macroF1());
    }

    @Test
    void trainingIsDeterministic() {
        List<String> heads = List.of("Mayor resigns after scandal", "Mayor denies resigning", "Storm hits coast");
        java.util.Map<Integer, String> bodies = new java.util.HashMap<>();
        List<FncData.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            bodies.put(i, i % 2 == 0
                    ? "The mayor resigned on Monday after a scandal over city contracts. Aides confirmed the resignation."
                    : "Reports that the mayor resigned are false, his office said. The mayor denied the claims as a hoax.");
            pairs.add(new FncData.Pair(heads.get(0), i, i % 2 == 0 ? 2 : 3));
            pairs.add(new FncData.Pair(heads.get(2), i, 0));
            pairs.add(new FncData.Pair(heads.get(1), i, 1));
        }
        FncData data = new FncData(bodies, pairs);
        StanceModel a = StanceTrainer.train(data, pairs, StanceTrainer.Params.defaults(), "{}");
        StanceModel b = StanceTrainer.train(data, pairs, StanceTrainer.Params.defaults(), "{}");
        assertArrayEquals(a.stage2().weights()[2], b.stage2().weights()[2]);
        assertArrayEquals(a.stage1().bias(), b.stage1().bias());
    }
}
