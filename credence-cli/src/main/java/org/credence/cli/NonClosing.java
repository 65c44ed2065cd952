package org.credence.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer that flushes but does not close the stream it wraps (standard output). */
final class NonClosing extends FilterWriter {

    NonClosing(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
