package org.credence.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.credence.Credence;
import org.credence.server.CredenceServer;
import org.credence.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credence serve}: the REST API and the page for fact-checkers. Builds the pipeline (all
 * models) once, then listens until stopped (Ctrl-C). Never fetches a URL.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API (/v1/analyze, /v1/health, /v1/signals, /openapi.json) and the page at /.",
                "The server never fetches URLs: a record's url is metadata only. CORS is off unless --cors-origin is given.",
                "A token (--token-file, or the CREDENCE_TOKEN environment variable) is then required on every endpoint but "
                        + "/v1/health and the page's own files."})
final class ServeCommand implements Callable<Integer> {

    /** Environment variable holding the bearer token when no --token-file is given. */
    static final String TOKEN_ENV = "CREDENCE_TOKEN";

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for all).")
    String host = "127.0.0.1";

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body; larger gets 413 (default ${DEFAULT-VALUE}).")
    long maxBody = ServerOptions.DEFAULT_MAX_BODY;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit of one analysis, queue wait included; past it 503 and the analysis is cancelled (default ${DEFAULT-VALUE}).")
    double timeoutSeconds = ServerOptions.DEFAULT_TIMEOUT.toMillis() / 1000.0;

    @Option(names = "--workers", paramLabel = "N", description = "Analyses at once (default: the number of cores).")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", description = "Requests that may wait for a worker; beyond them 503 with Retry-After (default ${DEFAULT-VALUE}).")
    int queue = ServerOptions.DEFAULT_QUEUE;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Require this bearer token (the file's first line); default: $" + TOKEN_ENV + " if set, else no token.")
    Path tokenFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "Allow pages of this origin (https://host[:port]) to call the API. Repeatable.")
    List<String> corsOrigins = new ArrayList<>();

    @CommandLine.Mixin
    SourceRatingsOption ratings;

    @CommandLine.Mixin
    PropagandaOption propaganda;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        ServerOptions options = options();
        err.println("credence: loading models...");
        long t0 = System.nanoTime();
        Credence credence = ratings.apply(propaganda.apply(Credence.standard()), spec.commandLine());
        CredenceServer server;
        try {
            server = CredenceServer.start(options, credence);
        } catch (IllegalStateException e) {
            throw new BadInputException(e.getMessage());
        }
        Thread hook = new Thread(server::close, "credence-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.printf(Locale.ROOT, "credence: serving %s/ (ready in %.1f s; %d workers, queue %d, body limit %d bytes, time limit %.1f s, token %s, CORS %s)%n",
                server.uri(), (System.nanoTime() - t0) / 1e9, options.workers(), options.queue(), options.maxBodyBytes(),
                options.timeout().toMillis() / 1000.0, options.token() == null ? "off" : "on",
                options.corsOrigins().isEmpty() ? "off" : String.join(" ", options.corsOrigins()));
        out.flush();
        try {
            server.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs
            }
        }
        return Main.OK;
    }

    ServerOptions options() throws IOException {
        if (timeoutSeconds <= 0 || Double.isNaN(timeoutSeconds)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be positive: " + timeoutSeconds);
        }
        try {
            return new ServerOptions(host, port, maxBody, Duration.ofMillis(Math.round(timeoutSeconds * 1000)),
                    workers == null ? Runtime.getRuntime().availableProcessors() : workers, queue, token(), corsOrigins);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private String token() throws IOException {
        if (tokenFile != null) {
            if (!Files.isRegularFile(tokenFile)) {
                throw new BadInputException("no such token file: " + tokenFile);
            }
            String t = Files.readString(tokenFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (t.isEmpty()) {
                throw new BadInputException("the token file " + tokenFile + " is empty");
            }
            return t;
        }
        String env = System.getenv(TOKEN_ENV);
        return env == null || env.isBlank() ? null : env.strip();
    }
}
