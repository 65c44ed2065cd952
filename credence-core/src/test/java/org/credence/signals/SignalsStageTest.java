package org.credence.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.Problem;
import org.credence.model.SignalResult;
import org.credence.model.Span;
import org.junit.jupiter.api.Test;

class SignalsStageTest {

    private static Signal signal(String id, Function<Document, SignalResult> judge) {
        return new Signal() {
            @Override public SignalInfo info() { return new SignalInfo(id, id, "test", "x", "rules", "none"); }
            @Override public Set<Layer> requires() { return EnumSet.of(Layer.SOURCE); }
            @Override public SignalResult judge(Document d) { return judge.apply(d); }
        };
    }

    @Test
    void resultsComeInSignalOrderWithEvidenceChecked() {
        Document doc = Document.ofText("Shocking news: you won't believe it.");
        SignalsStage stage = new SignalsStage(List.of(
                signal("a", d -> SignalResult.fired("a", 0.9, "it shouts",
                        List.of(Evidence.of(d.text(), new Span(0, 8), "loaded word")), Map.of("n", 1.0))),
                signal("b", d -> SignalResult.cannotJudge("b", "no headline"))));
        Document out = stage.apply(doc);
        assertTrue(out.has(Layer.SIGNALS));
        assertEquals(List.of("a", "b"), out.signals().stream().map(SignalResult::id).toList());
        assertEquals("Shocking", out.signal("a").orElseThrow().evidence().get(0).excerpt());
        assertTrue(Double.isNaN(out.signal("b").orElseThrow().score()));
    }

    @Test
    void aFailingSignalBecomesAProblemNotACrash() {
        Document doc = Document.ofText("Some text.");
        SignalsStage stage = new SignalsStage(List.of(
                signal("boom", d -> { throw new IllegalStateException("bug"); }),
                signal("liar", d -> new SignalResult("liar", SignalResult.Outcome.FIRED, 0.5, "points elsewhere",
                        List.of(new Evidence(new Span(0, 4), "Nope", "")), Map.of())),
                signal("ok", d -> SignalResult.clear("ok", 0.1, "nothing found", List.of(), Map.of()))));
        Document out = stage.apply(doc);
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, out.signal("boom").orElseThrow().outcome());
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, out.signal("liar").orElseThrow().outcome());
        assertEquals(SignalResult.Outcome.CLEAR, out.signal("ok").orElseThrow().outcome());
        assertEquals(2, out.problems().stream().filter(p -> p.code().equals("signal.failed")
                && p.severity() == Problem.Severity.WARNING).count());
    }

    @Test
    void contractIsEnforcedByTheResult() {
        assertThrows(IllegalArgumentException.class, () -> SignalResult.fired("x", 0.5, "r", List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> SignalResult.clear("x", 1.5, "r", List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new SignalResult("x", SignalResult.Outcome.CANNOT_JUDGE,
                0.2, "r", List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Evidence(new Span(0, 3), "ab", ""));
        assertThrows(IllegalArgumentException.class, () -> new SignalInfo("Bad Id", "n", "f", "d", "m", "x"));
        assertThrows(IllegalArgumentException.class, () -> new SignalsStage(List.of(
                signal("same", d -> null), signal("same", d -> null))));
    }

    @Test
    void documentRefusesEvidenceThatIsNotItsText() {
        Document doc = Document.ofText("Hello world.");
        SignalResult bad = SignalResult.fired("x", 0.5, "r", List.of(new Evidence(new Span(0, 5), "Howdy", "")), Map.of());
        assertThrows(IllegalArgumentException.class, () -> doc.withSignals(List.of(bad)));
    }
}
