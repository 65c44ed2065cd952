package org.credence.transformer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import org.credence.Credence;
import org.credence.model.Document;
import org.credence.model.SignalResult;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.signals.propaganda.Detection;
import org.credence.signals.propaganda.PropagandaModel;
import org.credence.signals.propaganda.PropagandaSignal;
import org.junit.jupiter.api.Test;

/** The shipped propaganda transformer, run for real (ONNX Runtime on the CPU). */
class PropagandaTransformerTest {

    private static final String LOADED = "Traitors Sell Out Our Nation\n\n"
            + "The corrupt, treasonous elites in Washington are destroying our great nation with their evil lies. "
            + "These radical extremists hate America and every patriot who loves freedom. "
            + "Wake up, America! They will stop at nothing to crush you.\n";

    private static final String CALM = "Council approves budget\n\nThe city council approved the annual budget on Tuesday. "
            + "The plan sets aside 12 million dollars for road repairs and 3 million for parks. "
            + "The vote was seven to two. The budget takes effect in July, the clerk said.\n";

    private static Document read(String text) {
        return PropagandaModel.readingPipeline().run(Document.ofText(text));
    }

    @Test
    void everyReadTokenGetsProbabilitiesAndLoadedWordsScoreHigherThanCalmOnes() {
        Document doc = read(LOADED);
        List<Token> tokens = doc.language().tokens();
        float[][] p = PropagandaTransformer.standard().of(doc.text(), tokens);
        assertEquals(2, p.length);
        assertEquals(tokens.size(), p[0].length);
        float treasonous = 0;
        float washington = 0;
        for (int i = 0; i < tokens.size(); i++) {
            assertTrue(p[0][i] >= 0 && p[0][i] <= 1 && p[1][i] >= 0 && p[1][i] <= p[0][i] + 1e-5, "token " + i);
            String w = tokens.get(i).span().in(doc.text());
            treasonous = w.equals("treasonous") ? p[0][i] : treasonous;
            washington = w.equals("Washington") ? p[0][i] : washington;
        }
        assertTrue(treasonous > 0.5 && treasonous > washington, treasonous + " vs " + washington);
    }

    @Test
    void theMixedModelFindsFragmentsInLoadedTextAndFewerInCalmText() {
        PropagandaModel m = PropagandaTransformer.standard().model();
        Document loaded = read(LOADED);
        List<Detection> found = m.detect(loaded);
        assertFalse(found.isEmpty());
        for (Detection d : found) {
            assertTrue(d.span().end() <= loaded.text().length() && d.span().start() < d.span().end());
        }
        String all = String.join(" | ", found.stream().map(d -> d.span().in(loaded.text())).toList());
        assertTrue(all.contains("treasonous") || all.contains("evil") || all.contains("corrupt"), all);
        assertTrue(m.detect(read(CALM)).size() < found.size());
    }

    @Test
    void thePipelineRunsTheTransformerSignalInThePropagandaPlace() {
        Credence standard = Credence.standard();
        Credence deep = PropagandaTransformer.apply(standard);
        Document doc = deep.analyzeText(LOADED);
        List<String> ids = doc.signals().stream().map(SignalResult::id).toList();
        assertEquals(standard.analyzeText(LOADED).signals().stream().map(SignalResult::id).toList(), ids);
        SignalResult r = doc.signals().stream().filter(s -> s.id().equals(PropagandaSignal.ID)).findFirst().orElseThrow();
        assertTrue(new PropagandaSignal(PropagandaTransformer.standard().model()).info().method().contains("bge-small"));
        assertFalse(r.evidence().isEmpty());
        r.evidence().forEach(e -> e.checkedIn(doc.text()));
    }

    @Test
    void emptyAndNonWordTextsAreTaggedWithoutError() {
        assertEquals(0, PropagandaTransformer.standard().of("", List.of())[0].length);
        TransformerTagger.Tagged t = PropagandaTransformer.standard().tagger().tag("\u0000\u200B   ");
        assertEquals(0, t.pieces().size());
    }

    @Test
    void aLongTextIsTaggedInWindowsAndEveryPieceGetsProbabilities() {
        String sentence = "The radical elites are destroying our great nation, officials said on Monday. ";
        String text = sentence.repeat(60); // about 1,000 wordpieces: several windows
        TransformerTagger.Tagged t = PropagandaTransformer.standard().tagger().tag(text);
        assertTrue(t.pieces().size() > 2 * PropagandaTransformer.WINDOW, "pieces: " + t.pieces().size());
        for (float[] row : t.probs()) {
            assertNotNull(row);
            assertEquals(1, row[0] + row[1] + row[2], 1e-4);
        }
    }

    @Test
    void spanMeansAverageThePiecesASpanOverlapsAndLeaveOthersEmpty() {
        WordPieceTokenizer.Pieces pieces = new WordPieceTokenizer.Pieces(new int[] {1, 2, 3}, new int[] {0, 4, 6},
                new int[] {4, 6, 9});
        float[][] probs = {{1, 0, 0}, {0, 1, 0}, null};
        TransformerTagger.Tagged t = new TransformerTagger.Tagged(pieces, probs);
        float[][] m = t.spanMeans(List.of(new Span(0, 6), new Span(4, 5), new Span(6, 9), new Span(10, 12)));
        assertEquals(0.5f, m[0][0]);
        assertEquals(0.5f, m[0][1]);
        assertEquals(1f, m[1][1]);
        assertNull(m[2], "an untagged piece gives no mean");
        assertNull(m[3], "no piece overlaps");
    }

    @Test
    void theProvenanceSaysWhatTheModelIsAndHowItWasChosen() throws Exception {
        JsonNode p = new ObjectMapper().readTree(PropagandaTransformer.standard().provenance());
        assertTrue(p.path("base-model").asText().contains("bge-small-en-v1.5"));
        assertTrue(p.path("mix").path("share").asDouble() > 0);
        assertFalse(p.path("training-articles").isEmpty());
        // what credence-bench/finetune/reproduce.sh (credence train propaganda-transformer) reads
        JsonNode t = p.path("training");
        assertTrue(t.path("fit").isArray() && !t.path("fit").isEmpty(), "parts fitted on");
        for (String number : new String[] {"epochs", "batch", "lr", "seed"}) {
            assertTrue(t.path(number).isNumber(), number);
        }
        assertTrue(t.path("base-artifact").asText().matches("[\\w.-]+:[\\w.-]+:[\\w.-]+"), "groupId:artifactId:version");
        assertFalse(t.path("base-file").asText().isBlank());
        assertFalse(p.path("sha256").path("base-model-onnx").asText().isBlank());
        assertEquals(p.path("training-articles").size(), PropagandaTransformer.standard().trainingArticles().size());
        assertTrue(PropagandaTransformer.standard().model().trainingArticles()
                .containsAll(PropagandaTransformer.standard().trainingArticles()), "an evaluation leaves them out too");
        try (InputStream in = PropagandaTransformer.class.getResourceAsStream(PropagandaTransformer.MODEL)) {
            assertNotNull(in);
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertEquals(p.path("sha256").path(PropagandaTransformer.MODEL).asText(), java.util.HexFormat.of().formatHex(digest),
                    "the provenance records the shipped file's SHA-256");
        }
    }
}
