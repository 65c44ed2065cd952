package org.credence.signals.propaganda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.credence.ml.FeatureHashing;
import org.credence.ml.LinearModel;
import org.credence.ml.ModelFile;
import org.credence.ml.PackedWeights;
import org.credence.ml.SparseVector;
import org.credence.model.Document;
import org.credence.model.Span;
import org.junit.jupiter.api.Test;

class FragmentGateTest {

    private static final String TEXT = "Headline here\n\n"
            + "They are evil and cruel liars. The council met on Tuesday to vote. "
            + "Our brave heroes defend the nation. The report was filed in June.\n";

    private static Document read(String text) {
        return PropagandaModel.readingPipeline().run(Document.ofText(text));
    }

    private static void mark(ArticleTokens a, float[] p, String phrase, float v) {
        int at = a.text.indexOf(phrase);
        int[] r = a.tokensIn(new Span(at, at + phrase.length()));
        for (int i = r[0]; i < r[1]; i++) {
            p[i] = v;
        }
    }

    /** A gate whose log-odds are {@code slope} × (the candidate's highest token probability) + {@code bias}. */
    private static LinearModel gateOnMax(float slope, float bias) {
        int dim = 1 << FragmentGate.BITS;
        float[][] w = new float[2][dim];
        w[1][new FeatureHashing(FragmentGate.BITS).index("max-value")] = slope;
        return new LinearModel(FragmentGate.CLASSES, w, new float[] {0, bias});
    }

    private static PropagandaModel model(LinearModel gate, double gateThreshold) {
        LinearModel si = new LinearModel(List.of("O", "S"), new float[2][16], new float[2]);
        LinearModel tc = new LinearModel(List.of("Doubt", "Slogans"), new float[2][16], new float[2]);
        PropagandaModel.Params p = PropagandaTrainer.Params.defaults().model().withDecoding(0.2, 0.3, 100, gateThreshold, 0);
        return new PropagandaModel(si, tc, gate, p, "{}");
    }

    private static float[] probabilities(ArticleTokens a) {
        float[] p = new float[a.tokens.size()];
        mark(a, p, "evil and cruel liars", 0.8f);
        mark(a, p, "brave heroes", 0.35f);
        return p;
    }

    /** Token scores with all probability mass in the short techniques. */
    private static PropagandaModel.TokenScores scores(float[] p) {
        return new PropagandaModel.TokenScores(p, new float[p.length]);
    }

    private static List<String> texts(Document doc, List<Span> spans) {
        return spans.stream().map(s -> s.in(doc.text())).toList();
    }

    @Test
    void theGateDropsCandidatesItScoresBelowItsThreshold() {
        Document doc = read(TEXT);
        ArticleTokens a = new ArticleTokens(doc, Lexicon.standard());
        float[] p = probabilities(a);
        List<String> all = texts(doc, PropagandaModel.decode(a, p, 0.2, 0.3, 100));
        assertEquals(List.of("evil and cruel liars", "brave heroes"), all);
        // log-odds 20 * max - 10: 6 for the 0.8 run, -3 for the 0.35 run
        PropagandaModel gated = model(gateOnMax(20, -10), 0.5);
        assertTrue(gated.hasGate());
        assertEquals(List.of("evil and cruel liars"), texts(doc, gated.fragments(a, scores(p))));
        assertEquals(all, texts(doc, gated.fragments(a, scores(p), gated.params().withDecoding(0.2, 0.3, 100, 0, 0))),
                "gate threshold 0 turns the gate off");
        assertTrue(model(gateOnMax(0, -10), 0.5).fragments(a, scores(p)).isEmpty(), "a gate that rejects all keeps nothing");
        assertEquals(all, texts(doc, model(gateOnMax(0, 10), 0.5).fragments(a, scores(p))));
    }

    @Test
    void gateFeaturesDependOnlyOnProbabilitiesAndLayoutNotOnWords() {
        Document one = read(TEXT);
        Document other = read(TEXT.replace("evil and cruel liars", "tall and quiet people"));
        ArticleTokens a = new ArticleTokens(one, Lexicon.standard());
        ArticleTokens b = new ArticleTokens(other, Lexicon.standard());
        float[] pa = probabilities(a);
        float[] pb = new float[b.tokens.size()];
        mark(b, pb, "tall and quiet people", 0.8f);
        mark(b, pb, "brave heroes", 0.35f);
        Span sa = PropagandaModel.decode(a, pa, 0.2, 0.3, 100).get(0);
        Span sb = PropagandaModel.decode(b, pb, 0.2, 0.3, 100).get(0);
        double[] ma = FragmentGate.sentenceMax(a, pa);
        double[] mb = FragmentGate.sentenceMax(b, pb);
        SparseVector fa = FragmentGate.features(a, pa, sa, ma, FragmentGate.articleFacts(ma));
        SparseVector fb = FragmentGate.features(b, pb, sb, mb, FragmentGate.articleFacts(mb));
        assertArrayEquals(fa.index(), fb.index());
        assertArrayEquals(fa.value(), fb.value());
        assertTrue(fa.size() > 20, "features: " + fa.size());
    }

    @Test
    void trainingLearnsWhichCandidatesTouchGold() {
        List<Prepared> articles = new ArrayList<>();
        List<float[]> probs = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            String text = "Title " + k + "\n\nThey are evil and cruel liars. The council met on Tuesday to vote. "
                    + "Our brave heroes defend the nation.\n";
            int at = text.indexOf("evil and cruel liars");
            PtcCorpus.Article article = new PtcCorpus.Article("a" + k, text,
                    List.of(new PtcCorpus.Label(new Span(at, at + "evil and cruel liars".length()), Technique.LOADED_LANGUAGE)));
            Prepared p = Prepared.of(article, PropagandaModel.readingPipeline());
            articles.add(p);
            probs.add(probabilities(p.tokens()));
        }
        PropagandaModel.Params d = PropagandaTrainer.Params.defaults().model().withDecoding(0.2, 0.3, 100, 0.5, 0);
        LinearModel gate = FragmentGate.train(articles, probs, d, 7);
        ArticleTokens a = articles.get(0).tokens();
        float[] p = probs.get(0);
        double[] sm = FragmentGate.sentenceMax(a, p);
        List<Span> c = PropagandaModel.decode(a, p, 0.2, 0.3, 100);
        assertEquals(2, c.size());
        PackedWeights g = PackedWeights.of(gate);
        double gold = FragmentGate.probability(g, a, p, c.get(0), sm, FragmentGate.articleFacts(sm));
        double none = FragmentGate.probability(g, a, p, c.get(1), sm, FragmentGate.articleFacts(sm));
        assertTrue(gold > 0.8 && none < 0.2, gold + " vs " + none);
    }

    @Test
    void aGateNeedsItsClassesAndAThresholdNeedsAGate() {
        LinearModel wrong = new LinearModel(List.of("yes", "no"), new float[2][16], new float[2]);
        assertThrows(IllegalArgumentException.class, () -> model(wrong, 0.5));
        assertThrows(IllegalArgumentException.class, () -> model(null, 0.5));
        assertFalse(model(null, 0).hasGate());
        assertThrows(IllegalArgumentException.class,
                () -> PropagandaTrainer.Params.defaults().model().withDecoding(0.2, 0.3, 100, 1.0, 0));
    }

    @Test
    void theShippedModelHasAGateAndReloadsToTheSameFragments() {
        PropagandaModel standard = PropagandaModel.standard();
        assertTrue(standard.hasGate());
        assertTrue(standard.params().gateThreshold() > 0);
        PropagandaModel again = PropagandaModel.of(ModelFile.resource(PropagandaModel.class, PropagandaModel.SI_FILE),
                ModelFile.resource(PropagandaModel.class, PropagandaModel.TC_FILE),
                ModelFile.resource(PropagandaModel.class, PropagandaModel.GATE_FILE));
        Document doc = read(TEXT);
        assertEquals(standard.detect(doc), again.detect(doc));
        assertThrows(IllegalArgumentException.class,
                () -> PropagandaModel.of(ModelFile.resource(PropagandaModel.class, PropagandaModel.SI_FILE),
                        ModelFile.resource(PropagandaModel.class, PropagandaModel.TC_FILE)),
                "a model whose provenance asks for a gate does not load without the gate");
    }
}
