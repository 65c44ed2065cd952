package org.credence.pipeline;

import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Layer;

/**
 * One step of the pipeline. A stage reads a document and returns a new one; it never edits
 * its input, and it never throws on bad content (it records a {@link org.credence.model.Problem}
 * instead). Stages are thread-safe: one instance serves all threads.
 */
public interface Stage {

    /** Stable name used in configuration, on the command line and in JSON. */
    String name();

    /** Layers the document must have before this stage runs. */
    Set<Layer> requires();

    /** Layers this stage adds. */
    Set<Layer> produces();

    /** Runs the stage. */
    Document apply(Document document);
}
