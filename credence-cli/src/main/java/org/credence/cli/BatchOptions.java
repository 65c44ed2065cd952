package org.credence.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.cli.output.ParquetSink;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Output, threads, resume and progress options, shared by the commands that run batches. */
final class BatchOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here instead of standard output. The extension picks the format unless --format is given: "
                    + ".jsonl (JSON lines reports), .csv (flat summary), .parquet (flat summary as Parquet).")
    Path output;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume",
            description = "Continue a run that was stopped (even killed): keep the records --output already holds completely, "
                    + "cut a half-written one, and analyse only the records after them. Inputs must be the same.")
    boolean resume;

    @Option(names = "--checkpoint", paramLabel = "N",
            description = "Parquet output: rows per committed part, i.e. at most the records analysed again after a kill "
                    + "(default ${DEFAULT-VALUE}).")
    int checkpoint = ParquetSink.DEFAULT_CHECKPOINT;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary line.")
    boolean quiet;

    @Option(names = "--progress", negatable = true,
            description = "Show progress (records, errors, rate, time left) on standard error "
                    + "(default: when standard error is a terminal).")
    Boolean progress;

    boolean showProgress() {
        return progress != null ? progress && !quiet : !quiet && Progress.stderrIsTerminal();
    }

    /** Checks the values; a bad one is a usage error naming the option. */
    void validate(CommandLine cl) {
        if (threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, got " + threads);
        }
        if (checkpoint < 1) {
            throw new CommandLine.ParameterException(cl, "--checkpoint must be at least 1, got " + checkpoint);
        }
        if (resume && output == null) {
            throw new CommandLine.ParameterException(cl, "--resume needs --output (the file to continue)");
        }
    }

    /** The output file, or standard output (left open) when none was given. */
    Writer open(CommandLine cl) throws IOException {
        return output == null ? new NonClosing(cl.getOut()) : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    /** A runner with progress on the command's standard error when asked for. */
    BatchRunner runner(CommandLine cl) {
        return new BatchRunner(threads, progress(cl));
    }

    /** The progress display for this run, or null when none is shown. */
    Progress progress(CommandLine cl) {
        return showProgress() ? new Progress(cl.getErr(), Progress.stderrIsTerminal()) : null;
    }
}
