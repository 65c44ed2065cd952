package org.credence.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The single-machine batch path as users run it: {@code credence} (credence-cli's shaded jar,
 * {@code credence-cli/target/credence.jar}, named by the system property
 * {@code credence.cli.jar}) in a JVM of its own, with the launcher's options. A child process,
 * not a call in this JVM: the CLI's parquet-java and SLF4J provider differ from Spark's, and on
 * one class path one of each would win.
 */
final class BatchCli {

    /** A run in progress. */
    static final class Run {
        private final Process process;
        private final Path out;
        private final Path err;
        private final String command;

        private Run(Process process, Path out, Path err, String command) {
            this.process = process;
            this.out = out;
            this.err = err;
            this.command = command;
        }

        /** Waits for the run (at most 10 minutes) and returns what it did. */
        Result finish() throws IOException {
            try {
                if (!process.waitFor(10, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("credence did not finish in 10 minutes: " + command);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + command, e);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    /**
     * What a run did.
     *
     * @param exit its exit code
     * @param out  its standard output
     * @param err  its standard error
     */
    record Result(int exit, String out, String err) {
    }

    private BatchCli() {
    }

    /** The CLI's shaded jar. */
    static Path jar() {
        String p = System.getProperty("credence.cli.jar");
        if (p == null) {
            throw new IllegalStateException("system property credence.cli.jar is not set: run the ITs through Maven (mvn verify)");
        }
        Path jar = Path.of(p).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the CLI with the Spark module, "
                    + "e.g. mvn -pl credence-spark -am verify");
        }
        return jar;
    }

    /** Starts {@code credence ARGS}; its output goes to files in {@code dir} named after {@code name}. */
    static Run start(Path dir, String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseParallelGC", "-Xss4m", "-Xmx1g", "-cp", jar().toString(), "org.credence.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("CREDENCE_SOURCE_RATINGS");
        Process p = pb.start();
        p.getOutputStream().close();
        return new Run(p, out, err, String.join(" ", cmd));
    }

    /** Runs {@code credence ARGS} to the end. */
    static Result run(Path dir, String name, String... args) throws IOException {
        return start(dir, name, args).finish();
    }
}
