package org.credence.signals.propaganda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.credence.model.Document;
import org.credence.model.Token;
import org.junit.jupiter.api.Test;

/** {@link PropagandaModel#withContext}: how a second source of token probabilities is mixed in. */
class PropagandaContextTest {

    private static final String CALM = "Council approves budget\n\nThe city council approved the annual budget on Tuesday. "
            + "The plan sets aside 12 million dollars for road repairs and 3 million for parks. "
            + "The vote was seven to two. The budget takes effect in July, the clerk said.\n";

    private static Document read(String text) {
        return PropagandaModel.readingPipeline().run(Document.ofText(text));
    }

    /** Gives {@code value} to the tokens whose text is in {@code words}, {@code other} elsewhere. */
    private record Fixed(List<String> words, float value, float other) implements TokenProbabilities {
        @Override
        public float[][] of(String text, List<Token> tokens) {
            float[][] out = new float[2][tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                out[0][i] = words.contains(tokens.get(i).span().in(text)) ? value : other;
            }
            return out;
        }

        @Override
        public String describe() {
            return "fixed";
        }
    }

    private static PropagandaModel mixed(TokenProbabilities c, double share) {
        PropagandaModel base = PropagandaModel.standard();
        return base.withContext(c, share, base.params());
    }

    @Test
    void aConfidentContextMarksItsTokensInACalmArticle() {
        Document doc = read(CALM);
        assertTrue(PropagandaModel.standard().detect(doc).stream().noneMatch(d -> d.span().in(doc.text()).contains("clerk")));
        PropagandaModel base = PropagandaModel.standard();
        PropagandaModel.Params p = base.params();
        PropagandaModel.Params noGate = p.withDecoding(p.threshold(), p.keep(), p.gap(), 0, p.shortSplit());
        List<Detection> found = base.withContext(new Fixed(List.of("clerk"), 0.99f, 0f), 1, noGate).detect(doc);
        assertEquals(List.of("clerk"), found.stream().map(d -> d.span().in(doc.text())).toList());
        assertEquals(0.99, found.get(0).confidence(), 1e-6);
    }

    @Test
    void theShareWeighsTheTwoSources() {
        Document doc = read(CALM);
        ArticleTokens a = new ArticleTokens(doc, Lexicon.standard());
        float[] own = PropagandaModel.standard().tokenScores(a).propaganda();
        float[] half = mixed(new Fixed(List.of(), 0, 1f), 0.5).tokenScores(a).propaganda();
        for (var s : a.sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                assertEquals(0.5 * own[i] + 0.5, half[i], 1e-6);
            }
        }
    }

    @Test
    void tokensTheContextDoesNotScoreKeepTheirOwnProbability() {
        Document doc = read(CALM);
        ArticleTokens a = new ArticleTokens(doc, Lexicon.standard());
        float[] own = PropagandaModel.standard().tokenScores(a).propaganda();
        float[] same = mixed(new Fixed(List.of(), Float.NaN, Float.NaN), 0.7).tokenScores(a).propaganda();
        assertTrue(Arrays.equals(own, same));
    }

    @Test
    void aContextOfTheWrongShapeIsAnError() {
        TokenProbabilities shortRows = new TokenProbabilities() {
            @Override
            public float[][] of(String text, List<Token> tokens) {
                return new float[2][1];
            }

            @Override
            public String describe() {
                return "short";
            }
        };
        Document doc = read(CALM);
        assertThrows(IllegalStateException.class, () -> mixed(shortRows, 0.5).detect(doc));
    }

    @Test
    void theShareMustBeAProperWeight() {
        TokenProbabilities c = new Fixed(List.of(), 0, 0);
        PropagandaModel base = PropagandaModel.standard();
        assertThrows(IllegalArgumentException.class, () -> base.withContext(c, 0, base.params()));
        assertThrows(IllegalArgumentException.class, () -> base.withContext(c, 1.5, base.params()));
        assertThrows(IllegalArgumentException.class, () -> base.withContext(c, Double.NaN, base.params()));
        assertTrue(base.withContext(c, 0.5, base.params()).context().isPresent());
        assertTrue(base.context().isEmpty());
    }

    @Test
    void theMixedModelsTrainingArticlesIncludeTheContextsSoAnEvaluationLeavesThemOut() {
        PropagandaModel base = PropagandaModel.standard();
        assertTrue(base.trainingArticles().size() > 200, "the shipped token model lists its training articles");
        TokenProbabilities trained = new TokenProbabilities() {
            @Override public float[][] of(String text, List<Token> tokens) { return new float[2][tokens.size()]; }
            @Override public String describe() { return "trained elsewhere"; }
            @Override public java.util.Set<String> trainingArticles() { return java.util.Set.of("999999999"); }
        };
        java.util.Set<String> ids = base.withContext(trained, 0.5, base.params()).trainingArticles();
        assertTrue(ids.containsAll(base.trainingArticles()));
        assertTrue(ids.contains("999999999"));
        assertEquals(base.trainingArticles().size() + 1, ids.size());
        assertEquals(base.trainingArticles(), mixed(new Fixed(List.of(), 0, 0), 0.5).trainingArticles(),
                "a context that names none adds none");
    }
}
