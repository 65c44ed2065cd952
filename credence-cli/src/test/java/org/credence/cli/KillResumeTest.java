package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.credence.cli.CliTest.Run;
import org.credence.cli.output.ParquetRows;
import org.credence.cli.output.ParquetSink;
import org.credence.report.SummaryRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code credence analyze} process killed with SIGKILL in the middle of a run, then
 * resumed: every input record ends up in the output exactly once, in input order. The child runs
 * on the test class path without Hadoop's API jar (needed only to compile), which also shows that
 * the Parquet path loads no Hadoop class.
 */
class KillResumeTest {

    @TempDir
    static Path dir;
    static Path corpus;
    static List<String> expected;

    @BeforeAll
    static void write() throws IOException {
        corpus = BatchOutputTest.corpus(dir, 60, 11);
        expected = BatchOutputTest.inputOrigins(corpus);
    }

    static Process start(Path out, String... extra) throws IOException {
        String cp = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("hadoop-client-api")).collect(Collectors.joining(File.pathSeparator));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-cp", cp, Main.class.getName(), "analyze", corpus.toString(), "-o", out.toString(),
                "--threads", "2", "--quiet"));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(out.getFileName() + ".log").toFile()).start();
    }

    /** Waits until {@code ready} holds, then kills the child with SIGKILL while it is still working. */
    static void killWhen(Process p, BooleanSupplier ready, Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!ready.getAsBoolean()) {
            assertTrue(p.isAlive(), "child ended before it could be killed: " + Files.readString(dir.resolve(out.getFileName() + ".log")));
            assertTrue(System.nanoTime() < deadline, "child made no progress in time");
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "still working when killed");
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
    }

    static long lines(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f).chars().filter(c -> c == '\n').count() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void jsonLinesKilledMidRunThenResumed() throws Exception {
        Path out = dir.resolve("out.jsonl");
        killWhen(start(out), () -> lines(out) >= 5, out);
        long before = lines(out);
        assertTrue(before < expected.size(), "killed mid-run: " + before + " lines");
        Run r = CliTest.run("analyze", corpus.toString(), "-o", out.toString(), "--resume", "--threads", "2");
        assertTrue(r.err().contains("resumed after"), r.err());
        List<String> origins = BatchOutputTest.rows(out).stream().map(SummaryRow::origin).toList();
        assertEquals(expected, origins, "every record exactly once, in order");
    }

    @Test
    void parquetKilledMidRunThenResumed() throws Exception {
        Path out = dir.resolve("out.parquet");
        Path parts = ParquetSink.partsOf(out);
        killWhen(start(out, "--checkpoint", "3"), () -> {
            try (Stream<Path> s = Files.exists(parts) ? Files.list(parts) : Stream.empty()) {
                return s.filter(f -> f.toString().endsWith(".parquet")).count() >= 2;
            } catch (IOException e) {
                return false;
            }
        }, out);
        assertFalse(Files.exists(out), "no final file yet");
        Run r = CliTest.run("analyze", corpus.toString(), "-o", out.toString(), "--resume", "--checkpoint", "50");
        assertTrue(r.err().contains("resumed after"), r.err());
        assertFalse(Files.exists(parts), "parts merged and removed");
        List<String> origins = ParquetRows.readAll(out).stream().map(SummaryRow::origin).toList();
        assertEquals(expected, origins, "every record exactly once, in order");
    }
}
