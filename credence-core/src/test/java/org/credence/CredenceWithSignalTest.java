package org.credence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.model.SignalResult;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;
import org.junit.jupiter.api.Test;

/** {@link Credence#withSignal}: one signal replaced in place, the others untouched. */
class CredenceWithSignalTest {

    /** A signal that says it cannot judge, under a given id. */
    private record Silent(String id) implements Signal {
        @Override
        public SignalInfo info() {
            return new SignalInfo(id, "Silent", "test", "never judges", "none", "none");
        }

        @Override
        public Set<Layer> requires() {
            return EnumSet.of(Layer.STRUCTURE);
        }

        @Override
        public SignalResult judge(Document doc) {
            return SignalResult.cannotJudge(id, "replaced for the test");
        }
    }

    @Test
    void replacesTheSignalWithTheSameIdInItsPlace() {
        Credence standard = Credence.standard();
        String text = "Council approves budget\n\nThe city council approved the annual budget on Tuesday, the clerk said.\n";
        List<SignalResult> before = standard.analyzeText(text).signals();
        List<SignalResult> after = standard.withSignal(new Silent("fundraising")).analyzeText(text).signals();
        assertEquals(before.stream().map(SignalResult::id).toList(), after.stream().map(SignalResult::id).toList());
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).id().equals("fundraising")) {
                assertEquals(SignalResult.Outcome.CANNOT_JUDGE, after.get(i).outcome());
                assertEquals("replaced for the test", after.get(i).reason());
            } else {
                assertEquals(before.get(i), after.get(i));
            }
        }
    }

    @Test
    void theCatalogueOfThePipelineNamesTheReplacement() {
        Credence standard = Credence.standard();
        assertEquals(org.credence.signals.Signals.catalogue(), standard.signals());
        List<SignalInfo> replaced = standard.withSignal(new Silent("fundraising")).signals();
        assertEquals(standard.signals().size(), replaced.size());
        for (int i = 0; i < replaced.size(); i++) {
            SignalInfo expected = standard.signals().get(i).id().equals("fundraising")
                    ? new Silent("fundraising").info() : standard.signals().get(i);
            assertEquals(expected, replaced.get(i));
        }
        Credence noSignals = new Credence(org.credence.pipeline.Pipeline.builder()
                .add(new org.credence.structure.ExtractStage()).build());
        assertEquals(List.of(), noSignals.signals());
    }

    @Test
    void anUnknownIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Credence.standard().withSignal(new Silent("no-such-signal")));
    }
}
