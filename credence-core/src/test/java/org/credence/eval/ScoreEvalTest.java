package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.credence.ml.FeatureHashing;
import org.credence.scoring.ArticleFeatures;
import org.credence.scoring.ScoreRecipes;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The score evaluation's protocols on synthetic features (no pipeline), and its diagram. */
class ScoreEvalTest {

    /** Articles whose label shows in one signal and in one word, spread over outlets. */
    static List<ScoreEval.Item> items(int n, String outletPrefix, int outlets, long seed) {
        Random rnd = new Random(seed);
        int loaded = FeatureHashing.hash("w outrageous");
        List<ScoreEval.Item> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean pos = rnd.nextDouble() < 0.4;
            boolean word = rnd.nextDouble() < (pos ? 0.7 : 0.2);
            StringBuilder words = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                words.append(" w").append(rnd.nextInt(5000)); // distinct texts: no test article repeats another
            }
            String text = "Story" + words + (word ? " outrageous" : "");
            ArticleFeatures f = ArticleFeatures.of(Map.of("signal:opinion-as-news", (pos ? 0.6 : 0.3) + rnd.nextGaussian() * 0.2),
                    word ? new int[] {loaded} : new int[0], word ? new float[] {1} : new float[0], new int[0], new float[0], null);
            LabeledArticle a = new LabeledArticle(outletPrefix + i, "Title " + outletPrefix + i, text, "",
                    outletPrefix + (i % outlets), pos ? "unreliable" : "reliable", "mem");
            out.add(new ScoreEval.Item(a, pos, f));
        }
        return out;
    }

    @Test
    void crossValidationScoresEveryArticleOnceBesideTheBaselines() {
        List<ScoreEval.Item> items = items(400, "o", 20, 1);
        ScoreEval.Result r = ScoreEval.crossValidate(ScoreRecipes.UNRELIABLE, "synthetic", items, 5);
        assertEquals(400, r.y().length);
        assertEquals(3, r.rows().size());
        assertTrue(r.credenceFigures().rocAuc() > 0.75, r.table());
        assertEquals(0.5, r.rows().get(1).rocAuc(), 1e-12, "a constant predictor ranks nothing");
        assertTrue(r.table().contains("grouped by outlet (20 outlets"), r.table());
        Map<String, Object> m = r.asMap();
        assertEquals(400, m.get("articles"));
    }

    @Test
    void trainTestLeavesOutRepeatsAndSharedOutlets() {
        List<ScoreEval.Item> train = items(300, "a", 10, 2);
        List<ScoreEval.Item> test = new ArrayList<>(items(100, "b", 5, 3));
        test.add(train.get(0));
        test.add(items(1, "a", 1, 9).get(0));
        ScoreEval.Result kept = ScoreEval.trainTest(ScoreRecipes.UNRELIABLE, "A", train, "B", test, false);
        assertEquals(1, kept.repeated(), "the copied article");
        assertEquals(101, kept.y().length);
        ScoreEval.Result disjoint = ScoreEval.trainTest(ScoreRecipes.UNRELIABLE, "A", train, "B", test, true);
        assertEquals(1, disjoint.sharedOutlet(), "outlet a0 is in the training set");
        assertEquals(100, disjoint.y().length);
        assertThrows(IllegalArgumentException.class,
                () -> ScoreEval.trainTest(ScoreRecipes.UNRELIABLE, "A", train, "A", train, false));
    }

    @Test
    void theOutletSplitKeepsOutletsTogether() {
        List<ScoreEval.Item> items = items(500, "o", 50, 4);
        List<ScoreEval.Item> dev = ScoreEval.Part.DEV.of(items);
        List<ScoreEval.Item> test = ScoreEval.Part.TEST.of(items);
        assertEquals(500, dev.size() + test.size());
        assertTrue(test.size() > 40 && test.size() < 200, "about a fifth: " + test.size());
        for (ScoreEval.Item t : test) {
            assertTrue(dev.stream().noneMatch(d -> d.article().outlet().equals(t.article().outlet())));
        }
    }

    @Test
    void diagramIsWellFormedSvgWithTheTitleEscaped() throws Exception {
        int[] y = {0, 0, 1, 1, 1, 0};
        double[] p = {0.1, 0.2, 0.8, 0.9, 0.55, 1.0};
        double[] q = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        String svg = ReliabilityDiagram.svg("P(x) <script>&", "cross-validation", "data \"set\"", y, p, q);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(svg.contains("&lt;script&gt;&amp;") && !svg.contains("<script"), svg);
        assertEquals(10, doc.getElementsByTagName("rect").getLength() - 2, "one count bar per bin, beside frame and background");
    }
}
