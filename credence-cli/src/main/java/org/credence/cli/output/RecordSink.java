package org.credence.cli.output;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.credence.Analysis;

/**
 * Where a batch run writes its results, one per input record, in input order. A sink opened for
 * resuming first recovers the records an earlier (perhaps killed) run wrote completely and
 * appends after them; a sink opened afresh replaces any earlier output.
 *
 * <p>Contract: after {@link #recover()} the output holds exactly the records whose origins it
 * returned, in order, each complete; {@link #write} adds one record; {@link #close} finishes the
 * output. A kill at any point leaves an output that {@link #recover()} reads back as a prefix of
 * the records written, never a torn or doubled one.
 */
public interface RecordSink extends Closeable {

    /**
     * Makes the existing output consistent (cuts what a kill left half-written) and returns the
     * origins of the records it holds, in order. Empty for a fresh output.
     *
     * @throws IOException when the output cannot be read or is not of this format
     */
    List<String> recover() throws IOException;

    /** Writes one record. */
    void write(Analysis analysis) throws IOException;
}
