package org.credence.signals.propaganda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.credence.ml.LinearModel;
import org.credence.ml.ModelFile;
import org.credence.ml.PackedWeights;
import org.credence.ml.SparseVector;
import org.credence.model.Document;
import org.credence.model.Span;
import org.credence.model.Token;
import org.junit.jupiter.api.Test;

class PropagandaModelTest {

    private static Document read(String text) {
        return PropagandaModel.readingPipeline().run(Document.ofText(text));
    }

    private static final String LOADED = "Traitors Sell Out Our Nation\n\n"
            + "The corrupt, treasonous elites in Washington are destroying our great nation with their evil lies. "
            + "These radical extremists hate America and every patriot who loves freedom. "
            + "Wake up, America! They will stop at nothing to crush you.\n";

    @Test
    void findsLoadedLanguageAndNamesATechnique() {
        Document doc = read(LOADED);
        List<Detection> found = PropagandaModel.standard().detect(doc);
        assertFalse(found.isEmpty(), "no fragment found");
        for (Detection d : found) {
            assertTrue(d.span().end() <= doc.text().length());
            String t = d.span().in(doc.text());
            assertFalse(t.isBlank());
            assertTrue(Character.isLetterOrDigit(t.charAt(0)) || t.charAt(0) == '"', "starts with punctuation: " + t);
            assertTrue(d.confidence() >= PropagandaModel.standard().params().keep());
            assertTrue(d.techniqueProbability() > 0 && d.techniqueProbability() <= 1);
        }
        String all = String.join(" | ", found.stream().map(d -> d.span().in(doc.text())).toList());
        assertTrue(all.contains("evil") || all.contains("treasonous") || all.contains("corrupt"), all);
    }

    @Test
    void aFlatReportYieldsFewerFragments() {
        Document flat = read("Council approves budget\n\nThe city council approved the annual budget on Tuesday. "
                + "The plan sets aside 12 million dollars for road repairs and 3 million for parks. "
                + "The vote was seven to two. The budget takes effect in July, the clerk said.\n");
        int calm = PropagandaModel.standard().detect(flat).size();
        int loud = PropagandaModel.standard().detect(read(LOADED)).size();
        assertTrue(calm < loud, calm + " vs " + loud);
    }

    @Test
    void classifyGivesOneProbabilityPerTechnique() {
        Document doc = read(LOADED);
        int at = doc.text().indexOf("radical extremists");
        double[] p = PropagandaModel.standard().classify(doc, new Span(at, at + "radical extremists".length()));
        assertEquals(Technique.values().length, p.length);
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        assertEquals(1.0, sum, 1e-9);
        assertEquals(Technique.values().length, PropagandaModel.standard().techniqueLabels().size());
    }

    @Test
    void decodingBridgesGapsTrimsPunctuationAndKeepsOnlyConfidentRuns() {
        Document doc = read("Headline here\n\nThey are evil , vile and cruel liars . Nothing else happened today at all .\n");
        ArticleTokens a = new ArticleTokens(doc, Lexicon.standard());
        float[] p = new float[a.tokens.size()];
        mark(a, p, ", vile", 0.25f);
        mark(a, p, "evil", 0.6f);
        mark(a, p, "cruel liars .", 0.25f);
        mark(a, p, "happened", 0.25f);
        List<String> wide = texts(doc, PropagandaModel.decode(a, p, 0.2, 0.3, 100));
        assertEquals(List.of("evil , vile and cruel liars"), wide);
        List<String> narrow = texts(doc, PropagandaModel.decode(a, p, 0.2, 0.3, 0));
        assertEquals(List.of("evil , vile"), narrow);
        assertTrue(texts(doc, PropagandaModel.decode(a, p, 0.2, 0.7, 100)).isEmpty());
    }

    @Test
    void candidatesOfShortTechniquesAreSplitIntoTheirMarkedRuns() {
        Document doc = read("Headline here\n\nThey are evil , vile and cruel liars . Nothing else happened today at all .\n");
        ArticleTokens a = new ArticleTokens(doc, Lexicon.standard());
        float[] p = new float[a.tokens.size()];
        mark(a, p, "evil , vile", 0.6f);
        mark(a, p, "cruel liars", 0.25f);
        float[] shortOnly = new float[p.length];
        float[] longOnly = p.clone();
        LinearModel si = new LinearModel(List.of("O", "S", "L"), new float[3][16], new float[3]);
        LinearModel tc = new LinearModel(List.of("Doubt", "Slogans"), new float[2][16], new float[2]);
        PropagandaModel m = new PropagandaModel(si, tc,
                PropagandaTrainer.Params.defaults().model().withDecoding(0.2, 0.3, 100, 0, 0.3), "{}");
        assertEquals(List.of("evil , vile", "cruel liars"),
                texts(doc, m.fragments(a, new PropagandaModel.TokenScores(p, shortOnly))));
        assertEquals(List.of("evil , vile and cruel liars"),
                texts(doc, m.fragments(a, new PropagandaModel.TokenScores(p, longOnly))), "long techniques stay whole");
        assertEquals(0.5, PropagandaModel.longShare(new PropagandaModel.TokenScores(new float[] {0.4f, 0.4f},
                new float[] {0.4f, 0f}), 0, 2), 1e-6);
    }

    private static void mark(ArticleTokens a, float[] p, String phrase, float v) {
        int at = a.text.indexOf(phrase);
        int[] r = a.tokensIn(new Span(at, at + phrase.length()));
        for (int i = r[0]; i < r[1]; i++) {
            p[i] = v;
        }
    }

    private static List<String> texts(Document doc, List<Span> spans) {
        return spans.stream().map(s -> s.in(doc.text())).toList();
    }

    @Test
    void trainingVectorsAndThePredictionPathAgree() {
        Document doc = read(LOADED);
        ArticleTokens a = new ArticleTokens(doc, Lexicon.standard());
        TokenFeatures f = new TokenFeatures(12, 0.3);
        Random r = new Random(3);
        float[][] w = new float[3][f.dimension()];
        for (int c = 1; c < 3; c++) {
            for (int i = 0; i < w[c].length; i++) {
                w[c][i] = (float) r.nextGaussian();
            }
        }
        LinearModel m = new LinearModel(List.of("O", "S", "L"), w, new float[] {0, -1, -2});
        float[] fast = new float[a.tokens.size()];
        List<Float> slow = new ArrayList<>();
        for (int si = 0; si < a.sentences.size(); si++) {
            f.probabilities(a, si, PackedWeights.of(m), fast);
            for (SparseVector x : f.sentence(a, si)) {
                slow.add((float) (1 - m.probabilities(x)[0]));
            }
        }
        int k = 0;
        for (int si = 0; si < a.sentences.size(); si++) {
            for (int i = a.sentences.get(si).firstToken(); i < a.sentences.get(si).endToken(); i++) {
                assertEquals(slow.get(k++), fast[i], 1e-5, "token " + a.lower[i]);
            }
        }
        assertEquals(slow.size(), k);
    }

    @Test
    void quotationMarksAreTrackedInsideAParagraph() {
        Document doc = read("A title\n\nHe called it a \u201Cwitch hunt\u201D and left.\n");
        ArticleTokens a = new ArticleTokens(doc, Lexicon.standard());
        for (int i = 0; i < a.tokens.size(); i++) {
            boolean inside = a.lower[i].equals("witch") || a.lower[i].equals("hunt");
            if (a.tokens.get(i).kind() == Token.Kind.WORD) {
                assertEquals(inside, a.quoted[i], a.lower[i]);
            }
        }
    }

    @Test
    void aModelFileWithoutParamsIsRefused() {
        LinearModel si = new LinearModel(List.of("O", "S"), new float[2][16], new float[2]);
        LinearModel tc = new LinearModel(List.of("Doubt", "Slogans"), new float[2][16], new float[2]);
        assertThrows(IllegalArgumentException.class,
                () -> PropagandaModel.of(new ModelFile(si, "{}"), new ModelFile(tc, "{}")));
        assertThrows(IllegalArgumentException.class, () -> new PropagandaModel(
                new LinearModel(List.of("P", "O"), new float[2][16], new float[2]), tc,
                PropagandaTrainer.Params.defaults().model().withDecoding(0.2, 0.3, 100, 0, 0), "{}"));
    }

    @Test
    void theShippedModelRecordsItsTrainingArticlesAndNoTestArticle() {
        var ids = PropagandaModel.standard().trainingArticles();
        assertTrue(ids.size() > 250, "training articles: " + ids.size());
        for (String id : ids) {
            assertTrue(PtcCorpus.Part.of(id) != PtcCorpus.Part.TEST, id + " is a test article");
        }
    }
}
