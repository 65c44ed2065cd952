package org.credence.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Output, threads and progress options, shared by the commands that run batches. */
final class BatchOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line.")
    boolean quiet;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: when attached to a terminal).")
    Boolean progress;

    boolean showProgress() {
        return progress != null ? progress && !quiet : !quiet && System.console() != null;
    }

    /** Checks the values; a bad one is a usage error naming the option. */
    void validate(CommandLine cl) {
        if (threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, got " + threads);
        }
    }

    /** The output file, or standard output (left open) when none was given. */
    Writer open(CommandLine cl) throws IOException {
        return output == null ? new NonClosing(cl.getOut()) : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    BatchRunner runner(CommandLine cl) {
        return new BatchRunner(threads, showProgress(), cl.getErr());
    }
}
