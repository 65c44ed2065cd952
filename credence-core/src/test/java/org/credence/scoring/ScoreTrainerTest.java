package org.credence.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.credence.ml.FeatureHashing;
import org.credence.ml.Metrics;
import org.credence.ml.ModelFile;
import org.junit.jupiter.api.Test;

/** Training, calibration and the model file on synthetic features (no pipeline). */
class ScoreTrainerTest {

    static final int LOADED = FeatureHashing.hash("w outrageous");
    static final int PLAIN = FeatureHashing.hash("w said");

    /** Articles whose label depends on one signal and one word, in 12 outlets. */
    static List<ScoreTrainer.Example> examples(int n, long seed) {
        Random rnd = new Random(seed);
        List<ScoreTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean pos = rnd.nextDouble() < 0.3;
            double signal = Math.min(1, Math.max(0, (pos ? 0.6 : 0.3) + rnd.nextGaussian() * 0.2));
            boolean loaded = rnd.nextDouble() < (pos ? 0.7 : 0.2);
            int[] terms = loaded ? sorted(LOADED, PLAIN) : new int[] {PLAIN};
            float[] counts = new float[terms.length];
            java.util.Arrays.fill(counts, 1);
            ArticleFeatures f = ArticleFeatures.of(Map.of("signal:loaded-wording", signal, "style:noise", rnd.nextGaussian()),
                    terms, counts, new int[0], new float[0], null);
            out.add(new ScoreTrainer.Example("a" + i, "outlet" + (i % 12), pos, f));
        }
        return out;
    }

    private static int[] sorted(int a, int b) {
        return a < b ? new int[] {a, b} : new int[] {b, a};
    }

    static final ScoreTrainer.Definition DEF = new ScoreTrainer.Definition("unreliable", "Unreliable",
            "it is unreliable", "reliable", "unreliable", 0.3, 0.7);

    static final List<ScoreTrainer.Params> GRID = List.of(new ScoreTrainer.Params(0, false, 4, 1, 1e-4, 10, 0.1, 42),
            new ScoreTrainer.Params(1, false, 10, 1, 1e-4, 10, 0.1, 42));

    @Test
    void trainsACalibratedModelThatReloadsTheSame() throws Exception {
        ScoreTrainer.Result r = ScoreTrainer.train(DEF, examples(600, 1), GRID, 5, Map.of("set", "synthetic"), null);
        ScoreModel m = r.model();
        List<ScoreTrainer.Example> test = examples(2000, 2);
        int[] y = test.stream().mapToInt(e -> e.positive() ? 1 : 0).toArray();
        double[] p = test.stream().mapToDouble(e -> m.probability(e.features())).toArray();
        assertTrue(Metrics.rocAuc(y, p) > 0.75, "learns the signal and the word: " + Metrics.rocAuc(y, p));
        assertTrue(Metrics.ece(y, p, 10) < 0.06, "calibrated on held-out folds: ECE " + Metrics.ece(y, p, 10));
        assertEquals(1.0, r.params().textWeight(), "the word helps, so the candidate with words wins");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.toFile().write(bytes);
        ScoreModel back = ScoreModel.of(ModelFile.read(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(m.provenance(), back.provenance());
        for (int i = 0; i < 50; i++) {
            assertEquals(p[i], back.probability(test.get(i).features()), 1e-9);
        }
        JsonNode prov = new ObjectMapper().readTree(m.provenance());
        assertEquals("synthetic", prov.at("/data/set").asText());
        assertEquals(5, prov.at("/split/folds").asInt());
        assertEquals(600, prov.at("/split/articles").asInt());
        assertTrue(prov.at("/cv_grid").size() == 2 && prov.at("/calibration/a").asDouble() > 0, m.provenance());
    }

    @Test
    void reasonsAreSignedGroupedAndStrongestFirst() {
        ScoreModel m = ScoreTrainer.train(DEF, examples(600, 1), GRID, 5, Map.of(), null).model();
        ArticleFeatures hot = ArticleFeatures.of(Map.of("signal:loaded-wording", 0.95, "style:noise", 0.0),
                new int[] {Math.min(LOADED, PLAIN), Math.max(LOADED, PLAIN)}, new float[] {1, 1}, new int[0], new float[0], null);
        var score = m.score(hot);
        assertTrue(score.probability() > 0.5, score.toString());
        assertFalse(score.reasons().isEmpty());
        assertEquals("signal:loaded-wording", score.reasons().get(0).feature(), score.toString());
        assertEquals("loaded-wording", score.reasons().get(0).signalId());
        assertTrue(score.reasons().get(0).contribution() > 0);
        for (int i = 1; i < score.reasons().size(); i++) {
            assertTrue(Math.abs(score.reasons().get(i - 1).contribution()) >= Math.abs(score.reasons().get(i).contribution()));
        }
        assertTrue(score.summary().startsWith(String.format(java.util.Locale.ROOT, "%.2f", score.probability())), score.summary());
    }

    @Test
    void unscorableArticlesAreLeftOutAndOneClassIsRefused() {
        List<ScoreTrainer.Example> ex = new ArrayList<>(examples(300, 3));
        ex.add(new ScoreTrainer.Example("x", "o", true, ArticleFeatures.of(Map.of(), new int[0], new float[0],
                new int[0], new float[0], "the text is mostly not English")));
        ScoreTrainer.Result r = ScoreTrainer.train(DEF, ex, GRID.subList(0, 1), 5, Map.of(), null);
        assertEquals(300, r.used().size());
        var cannot = r.model().score(ex.get(ex.size() - 1).features());
        assertTrue(Double.isNaN(cannot.probability()) && cannot.summary().contains("not English"), cannot.toString());

        List<ScoreTrainer.Example> one = examples(100, 4).stream()
                .map(e -> new ScoreTrainer.Example(e.id(), e.group(), false, e.features())).toList();
        assertThrows(IllegalArgumentException.class, () -> ScoreTrainer.train(DEF, one, GRID, 5, Map.of(), null));
    }
}
