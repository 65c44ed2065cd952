package org.credence.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.credence.Credence;
import org.credence.server.LoadBench;
import org.credence.server.LoadBench.Run;
import org.credence.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credence bench-server}: a load test of {@code credence serve} on loopback, in this JVM:
 * throughput and latency at several client counts, then a long run with the heap after a full
 * GC at its start and end. Prints figures; asserts nothing. Exit code 1 when any request failed.
 */
@Command(name = "bench-server", mixinStandardHelpOptions = true,
        description = {"Load-test the server on loopback: requests/s and p50/p90/p99 latency per client count, "
                + "errors, and heap after GC before and after a long run.",
                "Exit code 1 when any request was not answered 200."})
final class BenchServerCommand implements Callable<Integer> {

    @Option(names = "--clients", split = ",", paramLabel = "N", description = "Client counts, each a closed loop (default ${DEFAULT-VALUE}).")
    List<Integer> clients = List.of(1, 4, 16);

    @Option(names = "--requests", paramLabel = "N", description = "Requests per client count (default ${DEFAULT-VALUE}).")
    int requests = 2_000;

    @Option(names = "--warmup", paramLabel = "N", description = "Requests sent first and not counted (default ${DEFAULT-VALUE}).")
    int warmup = 300;

    @Option(names = "--soak", paramLabel = "N", description = "Requests of the long run at the highest client count, with the heap measured around it (default ${DEFAULT-VALUE}; 0: none).")
    int soak = 10_000;

    @Option(names = "--max-seconds", paramLabel = "S", description = "Time limit of each run; a run stops there and says so (default ${DEFAULT-VALUE}).")
    int maxSeconds = 600;

    @Option(names = "--input", paramLabel = "FILE", description = "The article to post (.txt, .html, .json record); default: a generated ~750-word news article.")
    Path input;

    @Option(names = "--seed", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--workers", paramLabel = "N", description = "Server workers (default: the number of cores).")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", description = "Server queue (default ${DEFAULT-VALUE}).")
    int queue = ServerOptions.DEFAULT_QUEUE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (maxSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-seconds must be positive: " + maxSeconds);
        }
        byte[] body;
        String type;
        if (input != null) {
            if (!Files.isRegularFile(input)) {
                throw new BadInputException("no such file: " + input);
            }
            body = Files.readAllBytes(input);
            String n = input.getFileName().toString().toLowerCase(Locale.ROOT);
            type = n.endsWith(".json") ? "application/json" : n.endsWith(".html") || n.endsWith(".htm") ? "text/html" : "text/plain";
        } else {
            body = new ArticleGenerator(seed).next().getBytes(StandardCharsets.UTF_8);
            type = "text/plain; charset=utf-8";
        }
        ServerOptions server = ServerOptions.defaults(0).withConcurrency(
                workers == null ? Runtime.getRuntime().availableProcessors() : workers, queue);
        LoadBench.Config config;
        try {
            config = new LoadBench.Config(body, type, clients, requests, warmup, soak, Duration.ofSeconds(maxSeconds), server);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        var out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Credence credence = Credence.standard();
        out.printf(Locale.ROOT, "pipeline built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        List<Run> runs = LoadBench.run(config, credence, out);
        int errors = runs.stream().mapToInt(Run::errorCount).sum();
        out.flush();
        return errors == 0 ? Main.OK : Main.BAD_INPUT;
    }
}
