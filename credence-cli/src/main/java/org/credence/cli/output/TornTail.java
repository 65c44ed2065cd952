package org.credence.cli.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Finds where the last complete record of a line-based file ends, and cuts what follows: a kill
 * in the middle of a write leaves a torn last record, which a resumed run writes again.
 */
final class TornTail {

    private TornTail() {
    }

    /**
     * The length of the longest prefix of {@code file} that ends with a record separator
     * ({@code \n}) outside double quotes when {@code csvQuotes} is set, or any {@code \n}
     * otherwise. Bytes of UTF-8 multi-byte characters never equal {@code "} or {@code \n}, so the
     * scan works on bytes.
     */
    static long completeLength(Path file, boolean csvQuotes) throws IOException {
        long end = 0;
        long pos = 0;
        boolean quoted = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (csvQuotes && b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        end = pos + i + 1;
                    }
                }
                pos += n;
            }
        }
        return end;
    }

    /** Cuts {@code file} to {@code length} bytes when it is longer; returns the bytes cut. */
    static long cut(Path file, long length) throws IOException {
        long size = Files.size(file);
        if (size > length) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(length);
                ch.force(true);
            }
        }
        return size - length;
    }
}
