package org.credence.signals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.Problem;
import org.credence.model.SignalResult;
import org.credence.pipeline.Stage;

/**
 * Runs a fixed list of signals over a document and adds their results (layer
 * {@link Layer#SIGNALS}). A signal that throws, or returns a result that breaks the contract
 * (wrong id, evidence that is not the document's text), does not take the others down: it is
 * recorded as a problem and as a cannot-judge result.
 */
public final class SignalsStage implements Stage {

    private final List<Signal> signals;
    private final Set<Layer> requires;

    public SignalsStage(List<Signal> signals) {
        this.signals = List.copyOf(signals);
        Set<String> ids = new HashSet<>();
        Set<Layer> req = EnumSet.noneOf(Layer.class);
        for (Signal s : this.signals) {
            if (!ids.add(s.info().id())) {
                throw new IllegalArgumentException("two signals share the id " + s.info().id());
            }
            req.addAll(s.requires());
        }
        this.requires = req;
    }

    /** The standard signals. */
    public static SignalsStage standard() {
        return new SignalsStage(Signals.standard());
    }

    public List<Signal> signals() {
        return signals;
    }

    @Override public String name() { return "signals"; }
    @Override public Set<Layer> requires() { return requires; }
    @Override public Set<Layer> produces() { return EnumSet.of(Layer.SIGNALS); }

    @Override
    public Document apply(Document doc) {
        List<SignalResult> results = new ArrayList<>(signals.size());
        List<Problem> problems = new ArrayList<>();
        for (Signal s : signals) {
            String id = s.info().id();
            try {
                SignalResult r = s.judge(doc);
                if (!r.id().equals(id)) {
                    throw new IllegalStateException("returned a result with id " + r.id());
                }
                for (Evidence e : r.evidence()) {
                    e.checkedIn(doc.text());
                }
                results.add(r);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new Problem("signal.failed", Problem.Severity.WARNING,
                        "signal " + id + " failed: " + e, null));
                results.add(SignalResult.cannotJudge(id, "the signal failed on this document (see problems)"));
            }
        }
        return doc.withSignals(results).withProblems(problems);
    }
}
