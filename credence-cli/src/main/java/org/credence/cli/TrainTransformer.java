package org.credence.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credence train propaganda-transformer}: reproduces the opt-in propaganda transformer by
 * running {@code credence-bench/finetune/reproduce.sh} of a Credence source checkout. Fine-tuning
 * needs PyTorch (Debian's python3-torch), which no Java artifact provides, so this command is a
 * launcher: the script reads the parameters from the shipped model's provenance, checks the base
 * model's SHA-256, writes the wordpiece file, fine-tunes, quantises and prints the new file's
 * SHA-256 beside the shipped one. Its output goes to this command's standard error; its exit code
 * is this command's (0 done, 1 missing data or script, 2 missing PyTorch or bad option).
 */
@Command(name = "propaganda-transformer", mixinStandardHelpOptions = true,
        description = {"Fine-tune the opt-in propaganda transformer again (bge-small-en-v1.5 on",
                "the PTC parts its provenance names; PyTorch on the CPU, about 80 minutes",
                "on 2 cores) and quantise it to int8, by running the source checkout's",
                "credence-bench/finetune/reproduce.sh. Needs Debian's python3-torch and",
                "python3-onnx. PyTorch on the CPU is not bit-for-bit reproducible: measure",
                "the new file with `eval propaganda --propaganda transformer`."})
final class TrainTransformer implements Callable<Integer> {

    /** Where the script sits in a source checkout. */
    static final String SCRIPT = "credence-bench/finetune/reproduce.sh";

    @Option(names = "--source", paramLabel = "DIR", description = "The Credence source checkout (default: the current folder).")
    Path source = Path.of("");

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data");

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the base model, the wordpiece file and the fp32 model (default: the script's, under $TMPDIR).")
    Path work;

    @Option(names = "--out", paramLabel = "FILE", description = "The int8 model to write (default ${DEFAULT-VALUE}).")
    Path out = Path.of("propaganda-bge-small-q.onnx");

    @Option(names = "--limit", paramLabel = "STEPS",
            description = "Stop each epoch after this many steps: a smoke run of the whole chain (the model is not trained).")
    int limit;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path script = source.toAbsolutePath().resolve(SCRIPT);
        if (!Files.isRegularFile(script)) {
            throw new BadInputException("no " + SCRIPT + " under " + source.toAbsolutePath()
                    + ": run this command from a Credence source checkout, or name one with --source");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 or more, got " + limit);
        }
        Process p = new ProcessBuilder(command(script))
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return p.waitFor();
    }

    /** The script's command line, every path absolute (the script runs from the checkout's root). */
    List<String> command(Path script) {
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString(),
                "--data", data.toAbsolutePath().toString(), "--out", out.toAbsolutePath().toString()));
        if (work != null) {
            cmd.addAll(List.of("--work", work.toAbsolutePath().toString()));
        }
        if (limit > 0) {
            cmd.addAll(List.of("--limit", Integer.toString(limit)));
        }
        return cmd;
    }
}
