package org.credence.signals.propaganda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.bench.MiniLmTokenEmbedder;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * Per article, one frozen MiniLM vector per Credence token ({@link MiniLmTokenEmbedder} over the
 * document's text), cached on disk under a folder outside the repository (one file per article,
 * keyed by article id, a hash of the text and the window settings), so that experiments embed
 * each article once. Not thread-safe.
 */
final class TokenVectors {

    private final Path dir;
    private final int window;
    private final int overlap;
    private MiniLmTokenEmbedder embedder;
    private int embedded;
    private int cached;

    /**
     * @param dir     cache folder (created when missing)
     * @param window  embedder window (positions)
     * @param overlap embedder overlap (wordpieces)
     */
    TokenVectors(Path dir, int window, int overlap) {
        this.dir = dir;
        this.window = window;
        this.overlap = overlap;
    }

    /** The vectors of every token of the article's document, from the cache or embedded now. */
    float[][] of(Prepared a) {
        String text = a.doc().text();
        List<Token> tokens = a.tokens().tokens;
        Path f = dir.resolve(String.format(Locale.ROOT, "%s-%08x-w%d-o%d.f32", a.article().id(), text.hashCode(),
                window, overlap));
        try {
            if (Files.exists(f)) {
                float[][] v = read(f);
                if (v.length == tokens.size()) {
                    cached++;
                    return v;
                }
            }
            if (embedder == null) {
                embedder = new MiniLmTokenEmbedder(window, overlap, 1);
            }
            List<Span> spans = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                spans.add(t.span());
            }
            float[][] v = embedder.spans(text, spans);
            write(f, v);
            embedded++;
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vectors of each article, in order. */
    List<float[][]> of(List<Prepared> articles) {
        List<float[][]> out = new ArrayList<>(articles.size());
        for (Prepared a : articles) {
            out.add(of(a));
        }
        return out;
    }

    /** How many articles were embedded now and how many came from the cache. */
    String counts() {
        return embedded + " embedded, " + cached + " from the cache " + dir;
    }

    /** Closes the embedder (if one was started). */
    void close() {
        if (embedder != null) {
            embedder.close();
            embedder = null;
        }
    }

    private void write(Path f, float[][] v) throws IOException {
        Files.createDirectories(dir);
        int dim = MiniLmTokenEmbedder.DIM;
        ByteBuffer b = ByteBuffer.allocate(8 + 4 * dim * v.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(v.length).putInt(dim);
        for (float[] row : v) {
            for (float x : row) {
                b.putFloat(x);
            }
        }
        Path tmp = Files.createTempFile(dir, "part", ".tmp");
        Files.write(tmp, b.array());
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static float[][] read(Path f) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f)).order(ByteOrder.LITTLE_ENDIAN);
        int n = b.getInt();
        int dim = b.getInt();
        if (dim != MiniLmTokenEmbedder.DIM || b.remaining() != 4L * n * dim) {
            throw new IOException("bad vector cache file " + f);
        }
        float[][] v = new float[n][dim];
        for (float[] row : v) {
            b.asFloatBuffer().get(row);
            b.position(b.position() + 4 * dim);
        }
        return v;
    }
}
