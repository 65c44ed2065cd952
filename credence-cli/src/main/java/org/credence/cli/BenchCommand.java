package org.credence.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.credence.Analysis;
import org.credence.Credence;
import org.credence.ingest.IngestItem;
import org.credence.ingest.InputRecord;
import org.credence.model.Metadata;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credence bench}: throughput of the analyze pipeline, in articles per second, over
 * generated articles or over real inputs held in memory (so disk speed is not measured), after a
 * warm-up, with peak heap. Prints figures; asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure analyze throughput (articles/s) and peak heap on this machine.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", description = "Articles to analyse (default ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles analysed first and not timed (default ${DEFAULT-VALUE}).")
    int warmup = 2_000;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", split = ",",
            description = "Thread counts to measure, e.g. 1,2 (default: all cores).")
    List<Integer> threads = List.of(Runtime.getRuntime().availableProcessors());

    @Option(names = "--html", description = "Wrap generated articles in a news page (exercises HTML extraction).")
    boolean html;

    @Option(names = "--input", paramLabel = "PATH", description = "Benchmark over these inputs (cycled) instead of generated articles.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--seed", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--spine", description = "Measure only the spine's stages (extract, repair, structure), without the language layer.")
    boolean spine;

    @Option(names = "--stages", description = "Also time each stage alone on one thread (warm), with tokens/s for the language stages.")
    boolean stages;

    @CommandLine.Mixin
    PropagandaOption propaganda;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || warmup < 0 || threads.stream().anyMatch(t -> t < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles, --warmup and --threads must be positive");
        }
        var out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Credence credence = spine ? new Credence(org.credence.pipeline.Pipeline.builder()
                .add(new org.credence.structure.ExtractStage()).add(new org.credence.repair.RepairStage())
                .add(new org.credence.structure.StructureStage()).build()) : propaganda.apply(Credence.standard());
        double loadMs = (System.nanoTime() - t0) / 1e6;
        List<InputRecord> corpus = corpus();
        if (corpus.isEmpty()) {
            spec.commandLine().getErr().println("credence: no records in " + inputs);
            return Main.BAD_INPUT;
        }
        long chars = corpus.stream().mapToLong(r -> r.content() instanceof InputRecord.Chars c ? c.text().length()
                : ((InputRecord.Bytes) r.content()).data().length).sum();
        out.printf(Locale.ROOT, "corpus: %d distinct %s articles, mean %.0f chars (bytes for files); pipeline built in %.0f ms%n",
                corpus.size(), inputs.isEmpty() ? (html ? "generated HTML" : "generated text") : "input",
                chars / (double) corpus.size(), loadMs);
        run(credence, corpus, warmup, Math.max(threads.get(0), 1));
        out.printf(Locale.ROOT, "%-8s %10s %12s %12s %14s %12s%n", "threads", "articles", "seconds", "articles/s", "ms/article/thr", "peak heap MB");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int t : threads) {
            System.gc();
            resetPeaks();
            long s = System.nanoTime();
            int errors = run(credence, corpus, articles, t);
            double sec = (System.nanoTime() - s) / 1e9;
            double heap = peakHeapMb();
            out.printf(Locale.ROOT, "%-8d %10d %12.2f %12.0f %14.3f %12.0f%s%n", t, articles, sec, articles / sec,
                    sec * 1000 * t / articles, heap, errors > 0 ? "  (" + errors + " errors)" : "");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("threads", t);
            row.put("articlesPerSecond", articles / sec);
            rows.add(row);
        }
        if (stages) {
            stageTimes(credence, corpus, out);
        }
        out.printf(Locale.ROOT, "machine: %d cores, java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        return Main.OK;
    }

    private List<InputRecord> corpus() {
        List<InputRecord> corpus = new ArrayList<>();
        if (!inputs.isEmpty()) {
            try (Stream<IngestItem> items = org.credence.ingest.Inputs.withDefaults().read(inputs)) {
                items.forEach(i -> {
                    if (i instanceof IngestItem.Ok ok) {
                        corpus.add(ok.record());
                    }
                });
            }
            return corpus;
        }
        ArticleGenerator gen = new ArticleGenerator(seed);
        int distinct = Math.min(articles, 2_000);
        for (int i = 0; i < distinct; i++) {
            Metadata m = new Metadata("gen-" + i, "", "", "", "", "", "", "generated#" + i);
            corpus.add(html ? InputRecord.html(m, gen.nextHtml()) : InputRecord.text(m, gen.next()));
        }
        return corpus;
    }

    private static int run(Credence credence, List<InputRecord> corpus, int n, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < n) {
                        if (credence.analyze(corpus.get(i % corpus.size())) instanceof Analysis.Failed) {
                            errors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return errors.get();
    }

    /** Each stage's time alone, single thread, over the corpus decoded once (after the warm-up above). */
    private static void stageTimes(Credence credence, List<InputRecord> corpus, java.io.PrintWriter out) {
        List<org.credence.model.Document> docs = new ArrayList<>();
        for (InputRecord r : corpus) {
            var d = org.credence.ingest.Decoding.decode(r.content());
            docs.add(org.credence.model.Document.of(r.metadata(), r.content().html()
                    ? org.credence.model.Document.Format.HTML : org.credence.model.Document.Format.TEXT, d.encoding(), d.text()));
        }
        var stageList = credence.pipeline().stages();
        long[] nanos = new long[stageList.size()];
        long tokens = 0;
        int rounds = Math.max(1, 2000 / docs.size());
        for (int round = 0; round < rounds; round++) {
            for (org.credence.model.Document d : docs) {
                for (int k = 0; k < stageList.size(); k++) {
                    long t0 = System.nanoTime();
                    d = stageList.get(k).apply(d);
                    nanos[k] += System.nanoTime() - t0;
                }
                tokens += d.language().tokens().size();
            }
        }
        long n = (long) rounds * docs.size();
        out.printf(Locale.ROOT, "stage times, one thread, %d articles (mean %d tokens):%n", n, tokens / n);
        long total = 0;
        for (int k = 0; k < stageList.size(); k++) {
            total += nanos[k];
            out.printf(Locale.ROOT, "  %-12s %8.3f ms/article %14.0f tokens/s%n", stageList.get(k).name(),
                    nanos[k] / 1e6 / n, nanos[k] == 0 ? 0 : tokens / (nanos[k] / 1e9));
        }
        out.printf(Locale.ROOT, "  %-12s %8.3f ms/article%n", "all", total / 1e6 / n);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }
}
