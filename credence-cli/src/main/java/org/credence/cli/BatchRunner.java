package org.credence.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.credence.Analysis;
import org.credence.ingest.IngestItem;

/**
 * Runs analyses over a stream of records on a fixed number of threads and hands the results to
 * a consumer in input order. At most a few records per thread are in flight, so memory stays
 * flat however long the input. A progress bar goes to standard error when it is a terminal.
 */
final class BatchRunner {

    /** Counts of a finished run. */
    record Summary(long records, long errors, double seconds) {
        double rate() {
            return seconds > 0 ? records / seconds : 0;
        }

        String line() {
            return String.format(java.util.Locale.ROOT, "%d records, %d errors, %.1f s, %.0f articles/s",
                    records, errors, seconds, rate());
        }
    }

    private final int threads;
    private final boolean progress;
    private final PrintWriter err;

    BatchRunner(int threads, boolean progress, PrintWriter err) {
        this.threads = Math.max(1, threads);
        this.progress = progress;
        this.err = err;
    }

    Summary run(Stream<IngestItem> items, Function<IngestItem, Analysis> analyze, Consumer<Analysis> sink) {
        long start = System.nanoTime();
        long records = 0;
        long errors = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "credence-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Analysis>> inFlight = new ArrayDeque<>();
        int window = threads * 4;
        try (ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("analyze")
                .setInitialMax(-1).setStyle(ProgressBarStyle.ASCII).setUnit(" rec", 1)
                .showSpeed().continuousUpdate().setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build() : null) {
            Iterator<IngestItem> it = items.iterator();
            while (it.hasNext()) {
                IngestItem item = it.next();
                inFlight.add(pool.submit(() -> analyze.apply(item)));
                while (inFlight.size() >= window || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
                    Analysis a = take(inFlight.poll(), item.origin());
                    records++;
                    errors += a instanceof Analysis.Failed ? 1 : 0;
                    sink.accept(a);
                    if (bar != null) {
                        bar.step();
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                Analysis a = take(inFlight.poll(), "");
                records++;
                errors += a instanceof Analysis.Failed ? 1 : 0;
                sink.accept(a);
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(records, errors, (System.nanoTime() - start) / 1e9);
    }

    private static Analysis take(Future<Analysis> f, String origin) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Analysis.Failed(origin, "", "interrupted", "analysis was interrupted");
        } catch (ExecutionException e) {
            return new Analysis.Failed(origin, "", "internal", "analysis failed: " + e.getCause());
        }
    }
}
