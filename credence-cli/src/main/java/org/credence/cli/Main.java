package org.credence.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code credence} command. Exit codes: 0 ok, 1 bad input (a record could not be read or
 * analysed, a data set is missing), 2 usage (unknown option, bad value).
 */
@Command(name = "credence", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Reads a news article the way a careful fact-checker does, and says, with evidence, how far to trust it.",
        subcommands = {AnalyzeCommand.class, SummarizeCommand.class, ExtractCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class,
                ServeCommand.class, BenchServerCommand.class, VersionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code: all went well. */
    public static final int OK = 0;
    /** Exit code: bad input. */
    public static final int BAD_INPUT = 1;
    /** Exit code: bad usage. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** Builds the command line with Credence's exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof BadInputException) {
                cmd.getErr().println("credence: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
                cmd.getErr().println("credence: cannot read input: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof IllegalArgumentException) {
                cmd.getErr().println("credence: " + ex.getMessage());
                return USAGE;
            }
            cmd.getErr().println("credence: internal error: " + ex);
            return BAD_INPUT;
        });
        return cl;
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }
}
