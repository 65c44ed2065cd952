package org.credence.signals;

import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.model.SignalResult;

/**
 * One credibility signal. Implementations are immutable and thread-safe: one instance (with
 * its model loaded once) serves every thread.
 *
 * <p>Contract: {@link #judge(Document)} returns a result whose id is {@code info().id()}; a
 * result that fires cites at least one span of the document's text; a document the signal
 * cannot judge (no headline, not English, too short) gets
 * {@link SignalResult#cannotJudge(String, String)} with the reason. It never throws on
 * content; {@link SignalsStage} turns an unexpected exception into a problem and a
 * cannot-judge result.
 */
public interface Signal {

    /** What the signal is, for the catalogue and the reports. */
    SignalInfo info();

    /** Layers the document must have; the stage checks them before the pipeline runs. */
    Set<Layer> requires();

    /** Judges one document. */
    SignalResult judge(Document document);
}
