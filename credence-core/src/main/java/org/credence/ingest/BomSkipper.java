package org.credence.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/** An input stream that drops a leading UTF-8 byte order mark. */
final class BomSkipper extends PushbackInputStream {

    private boolean checked;

    BomSkipper(InputStream in) {
        super(in, 3);
    }

    private void check() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        byte[] b = new byte[3];
        int n = super.read(b, 0, 3);
        if (n == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return;
        }
        if (n > 0) {
            unread(b, 0, n);
        }
    }

    @Override
    public int read() throws IOException {
        check();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        check();
        return super.read(b, off, len);
    }
}
