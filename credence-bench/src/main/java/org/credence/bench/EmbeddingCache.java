package org.credence.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * Embeddings on disk, keyed by the SHA-256 of the embedded text, so a rerun of the experiment
 * does not embed again. One append-only file of records ({@code key, wordpieces, windows,
 * headNanos, allNanos, head[DIM], mean[DIM]}); a record cut short by a crash at the end of the
 * file is ignored and overwritten by the next append. Lives outside the repository (e.g. under
 * {@code /tmp}). Not thread-safe.
 */
final class EmbeddingCache implements AutoCloseable {

    private static final int MAGIC = 0x4d4c4d31; // "MLM1"

    private final Map<String, MiniLm.Embedding> entries = new HashMap<>();
    private final Path file;
    private DataOutputStream out;
    private int computed;

    EmbeddingCache(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        long good = 0;
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                good = read(in);
            }
            if (good < Files.size(file)) {
                try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(good);
                }
            }
        }
        OutputStream os = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        out = new DataOutputStream(new BufferedOutputStream(os));
        if (good == 0) {
            out.writeInt(MAGIC);
        }
    }

    private long read(DataInputStream in) throws IOException {
        long pos;
        try {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not an embedding cache");
            }
        } catch (EOFException e) {
            return 0;
        }
        pos = 4;
        while (true) {
            try {
                String key = in.readUTF();
                int wp = in.readInt();
                int windows = in.readInt();
                long head = in.readLong();
                long all = in.readLong();
                float[] h = floats(in);
                float[] m = floats(in);
                entries.put(key, new MiniLm.Embedding(h, m, wp, windows, head, all));
                pos += 2 + key.getBytes(StandardCharsets.UTF_8).length + 4 + 4 + 8 + 8 + 8L * MiniLm.DIM;
            } catch (EOFException e) {
                return pos;
            }
        }
    }

    private static float[] floats(DataInputStream in) throws IOException {
        float[] v = new float[MiniLm.DIM];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readFloat();
        }
        return v;
    }

    /** The embedding of {@code text}: from the cache, else computed by {@code embed} and stored. */
    MiniLm.Embedding get(String text, Function<String, MiniLm.Embedding> embed) throws IOException {
        String key = key(text);
        MiniLm.Embedding e = entries.get(key);
        if (e != null) {
            return e;
        }
        e = embed.apply(text);
        if (e.head().length != MiniLm.DIM || e.mean().length != MiniLm.DIM) {
            throw new IllegalArgumentException("embeddings must have " + MiniLm.DIM + " dimensions");
        }
        out.writeUTF(key);
        out.writeInt(e.wordpieces());
        out.writeInt(e.windows());
        out.writeLong(e.headNanos());
        out.writeLong(e.allNanos());
        for (float f : e.head()) {
            out.writeFloat(f);
        }
        for (float f : e.mean()) {
            out.writeFloat(f);
        }
        entries.put(key, e);
        computed++;
        return e;
    }

    /** Embeddings computed (not read from disk) since this cache was opened. */
    int computed() {
        return computed;
    }

    /** Entries held. */
    int size() {
        return entries.size();
    }

    static String key(String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
