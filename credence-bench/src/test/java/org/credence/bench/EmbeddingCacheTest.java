package org.credence.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

    @TempDir
    Path dir;

    private static MiniLm.Embedding fake(String text) {
        float[] h = new float[MiniLm.DIM];
        float[] m = new float[MiniLm.DIM];
        h[0] = text.length();
        m[MiniLm.DIM - 1] = -text.length();
        return new MiniLm.Embedding(h, m, text.length(), 1, 5, 7);
    }

    @Test
    void storesOnceAndReadsBackAfterReopening() throws IOException {
        Path f = dir.resolve("sub/cache.bin");
        AtomicInteger calls = new AtomicInteger();
        try (EmbeddingCache c = new EmbeddingCache(f)) {
            c.get("one", t -> { calls.incrementAndGet(); return fake(t); });
            c.get("three", t -> { calls.incrementAndGet(); return fake(t); });
            c.get("one", t -> { calls.incrementAndGet(); return fake(t); });
            assertEquals(2, calls.get());
            assertEquals(2, c.computed());
        }
        try (EmbeddingCache c = new EmbeddingCache(f)) {
            assertEquals(2, c.size());
            MiniLm.Embedding e = c.get("three", t -> { throw new AssertionError("should be cached"); });
            assertArrayEquals(fake("three").head(), e.head());
            assertArrayEquals(fake("three").mean(), e.mean());
            assertEquals(5, e.headNanos());
            assertEquals(0, c.computed());
        }
    }

    @Test
    void aRecordCutShortIsDroppedAndTheFileStaysUsable() throws IOException {
        Path f = dir.resolve("cache.bin");
        try (EmbeddingCache c = new EmbeddingCache(f)) {
            c.get("one", EmbeddingCacheTest::fake);
            c.get("two", EmbeddingCacheTest::fake);
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(f) - 10);
        }
        try (EmbeddingCache c = new EmbeddingCache(f)) {
            assertEquals(1, c.size());
            c.get("two", EmbeddingCacheTest::fake);
            assertEquals(1, c.computed());
        }
        try (EmbeddingCache c = new EmbeddingCache(f)) {
            assertEquals(2, c.size());
        }
    }

    @Test
    void refusesAFileThatIsNoCache() throws IOException {
        Path f = dir.resolve("other.bin");
        Files.writeString(f, "not a cache at all");
        assertThrows(IOException.class, () -> new EmbeddingCache(f));
    }

    @Test
    void refusesEmbeddingsOfTheWrongSize() throws IOException {
        try (EmbeddingCache c = new EmbeddingCache(dir.resolve("c.bin"))) {
            assertThrows(IllegalArgumentException.class,
                    () -> c.get("x", t -> new MiniLm.Embedding(new float[3], new float[3], 1, 1, 0, 0)));
        }
    }
}
