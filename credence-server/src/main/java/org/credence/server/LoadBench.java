package org.credence.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.credence.Credence;

/**
 * A load test of the server on loopback ({@code credence bench-server}): the same article posted
 * by 1, 4, 16 … clients at once, each waiting for its answer before sending again (closed
 * loop), bounded in requests and in time. Prints a baseline without HTTP (the same article
 * analysed and reported in one thread), throughput, latency percentiles and errors per level,
 * then a long run at the highest level with the heap after a full GC at its start and
 * end. The server runs in this JVM (so its heap can be read); the client's share of the CPU is
 * included in the figures. Prints figures; asserts nothing.
 */
public final class LoadBench {

    /**
     * What to run.
     *
     * @param body         the article, as posted
     * @param contentType  its media type
     * @param levels       client counts, e.g. 1, 4, 16
     * @param requests     requests per level
     * @param warmup       requests sent first and not counted
     * @param soak         requests of the long run at the highest level (0: none)
     * @param maxTime      limit of each run; a run that reaches it stops early and says so
     * @param server       the server's options (port 0 picks a free one)
     */
    public record Config(byte[] body, String contentType, List<Integer> levels, int requests, int warmup, int soak,
                         Duration maxTime, ServerOptions server) {
        public Config {
            if (levels.isEmpty() || levels.stream().anyMatch(l -> l < 1)) {
                throw new IllegalArgumentException("levels must be positive: " + levels);
            }
            if (requests < 1 || warmup < 0 || soak < 0) {
                throw new IllegalArgumentException("requests must be positive, warmup and soak not negative: "
                        + requests + ", " + warmup + ", " + soak);
            }
            levels = List.copyOf(levels);
        }
    }

    /**
     * One run's figures.
     *
     * @param clients   clients at once
     * @param requests  requests answered (or failed)
     * @param errors    requests not answered 200, by code ({@code http-503}, {@code io})
     * @param seconds   wall time
     * @param latencies sorted latencies in milliseconds
     * @param stopped   true when the time limit ended the run early
     */
    public record Run(int clients, int requests, Map<String, Integer> errors, double seconds, double[] latencies, boolean stopped) {

        public int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }

        public double perSecond() {
            return requests / seconds;
        }

        /** The latency at quantile {@code q} in (0, 1], in ms (nearest rank). */
        public double percentile(double q) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(q * latencies.length);
            return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))];
        }
    }

    private LoadBench() {
    }

    /** Starts a server over {@code credence}, runs the configuration against it and prints the figures. */
    public static List<Run> run(Config config, Credence credence, PrintWriter out) throws InterruptedException {
        List<Run> runs = new ArrayList<>();
        int maxClients = config.levels().stream().mapToInt(Integer::intValue).max().orElse(1);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newCachedThreadPool(daemon())).connectTimeout(Duration.ofSeconds(10)).build();
        try (CredenceServer server = CredenceServer.start(config.server(), credence)) {
            URI uri = server.uri().resolve("/v1/analyze");
            out.printf(Locale.ROOT, "server: %s, %d workers, queue %d; article: %d bytes (%s)%n", server.uri(),
                    config.server().workers(), config.server().queue(), config.body().length, config.contentType());
            if (config.warmup() > 0) {
                Run w = load(client, uri, config, Math.min(maxClients, 4), config.warmup());
                out.printf(Locale.ROOT, "warm-up: %d requests, %d errors%n", w.requests(), w.errorCount());
            }
            out.printf(Locale.ROOT, "%-8s %9s %8s %9s %9s %9s %9s %9s %7s%n", "clients", "requests", "seconds", "req/s",
                    "p50 ms", "p90 ms", "p99 ms", "max ms", "errors");
            Run direct = direct(credence, config);
            out.printf(Locale.ROOT, "baseline without HTTP (analyse + JSON report in this thread, %d articles):%n", direct.requests());
            print(out, direct);
            out.println("through the server on loopback:");
            for (int level : config.levels()) {
                Run r = load(client, uri, config, level, config.requests());
                runs.add(r);
                print(out, r);
            }
            if (config.soak() > 0) {
                long before = heapAfterGc();
                Run r = load(client, uri, config, maxClients, config.soak());
                long after = heapAfterGc();
                runs.add(r);
                out.printf(Locale.ROOT, "long run at %d clients:%n", maxClients);
                print(out, r);
                out.printf(Locale.ROOT, "heap after full GC: %.1f MB before the long run, %.1f MB after (%+.1f MB over %d requests)%n",
                        before / 1e6, after / 1e6, (after - before) / 1e6, r.requests());
                out.printf(Locale.ROOT, "server threads: %d analysis workers alive; %d live JVM threads%n",
                        server.analysisThreads(), ManagementFactory.getThreadMXBean().getThreadCount());
            }
        }
        out.printf(Locale.ROOT, "machine: %d cores, java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        return runs;
    }

    private static void print(PrintWriter out, Run r) {
        out.printf(Locale.ROOT, "%-8d %9d %8.2f %9.1f %9.1f %9.1f %9.1f %9.1f %7d%s%s%n", r.clients(), r.requests(), r.seconds(),
                r.perSecond(), r.percentile(0.50), r.percentile(0.90), r.percentile(0.99), r.percentile(1.0), r.errorCount(),
                r.errors().isEmpty() ? "" : " " + r.errors(), r.stopped() ? "  (stopped at the time limit)" : "");
        out.flush();
    }

    /** The same work without the server: decode, analyse and write the JSON report, one thread. */
    static Run direct(Credence credence, Config config) {
        int n = Math.min(config.requests(), 500);
        org.credence.ingest.InputRecord record;
        try {
            record = Bodies.record(config.body(), config.contentType(), p -> null);
        } catch (ApiException e) {
            throw new IllegalArgumentException("the article cannot be analysed: " + e.getMessage(), e);
        }
        double[] latencies = new double[n];
        Map<String, Integer> errors = new TreeMap<>();
        long deadline = System.nanoTime() + config.maxTime().toNanos();
        long t0 = System.nanoTime();
        int done = 0;
        for (; done < n && System.nanoTime() < deadline; done++) {
            long s = System.nanoTime();
            org.credence.Analysis a = credence.analyze(record);
            if (org.credence.report.JsonReport.line(a).isEmpty() || a instanceof org.credence.Analysis.Failed) {
                errors.merge("failed", 1, Integer::sum);
            }
            latencies[done] = (System.nanoTime() - s) / 1e6;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] sorted = Arrays.copyOf(latencies, done);
        Arrays.sort(sorted);
        return new Run(1, done, Map.copyOf(errors), seconds, sorted, done < n);
    }

    /** Sends {@code n} requests from {@code clients} closed-loop clients; stops early at the time limit. */
    static Run load(HttpClient client, URI uri, Config config, int clients, int n) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", config.contentType())
                .timeout(config.server().timeout().plusSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(config.body())).build();
        double[] latencies = new double[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Map<String, Integer> errors = new TreeMap<>();
        long deadline = System.nanoTime() + config.maxTime().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients, daemon());
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                fs.add(pool.submit(() -> {
                    int i;
                    while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < n) {
                        long s = System.nanoTime();
                        String error = null;
                        try {
                            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                error = "http-" + r.statusCode();
                            }
                        } catch (IOException e) {
                            error = "io";
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies[i] = (System.nanoTime() - s) / 1e6;
                        done.incrementAndGet();
                        if (error != null) {
                            synchronized (errors) {
                                errors.merge(error, 1, Integer::sum);
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : fs) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("load client failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int count = done.get();
        double[] sorted = Arrays.copyOf(latencies, Math.min(count, n));
        Arrays.sort(sorted);
        return new Run(clients, count, Map.copyOf(errors), seconds, sorted, count < n);
    }

    /** Heap in use after a full collection, in bytes (what the last GC left in every heap pool). */
    public static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
                sum += p.getCollectionUsage().getUsed();
            }
        }
        return sum > 0 ? sum : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "credence-load");
            t.setDaemon(true);
            return t;
        };
    }
}
