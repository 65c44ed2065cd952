package org.credence.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.credence.Analysis;
import org.credence.ingest.IngestItem;

/**
 * Runs analyses over a stream of records on a fixed number of threads and hands the results to
 * a consumer in input order. At most a few records per thread are in flight, so memory stays
 * flat however long the input. Progress goes to a {@link Progress} when one is given.
 */
final class BatchRunner {

    /**
     * Counts of a finished run.
     *
     * @param records records analysed in this run
     * @param errors  of those, error records
     * @param seconds wall time of this run
     * @param resumed records found complete in the output and not analysed again (0 unless resumed)
     */
    record Summary(long records, long errors, double seconds, long resumed) {
        double rate() {
            return seconds > 0 ? records / seconds : 0;
        }

        String line() {
            return String.format(Locale.ROOT, "%d records, %d errors, %.1f s, %.0f articles/s", records, errors, seconds, rate())
                    + (resumed > 0 ? String.format(Locale.ROOT, " (resumed after %d records already in the output)", resumed) : "");
        }
    }

    private final int threads;
    private final Progress progress;

    BatchRunner(int threads, Progress progress) {
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    private record Pending(String origin, Future<Analysis> result) {
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
        Deque<Pending> inFlight = new ArrayDeque<>();
        int window = threads * 4;
        try {
            Iterator<IngestItem> it = items.iterator();
            while (it.hasNext() || !inFlight.isEmpty()) {
                if (it.hasNext()) {
                    IngestItem item = it.next();
                    inFlight.add(new Pending(item.origin(), pool.submit(() -> analyze.apply(item))));
                }
                while (!inFlight.isEmpty() && (inFlight.size() >= window || inFlight.peek().result().isDone() || !it.hasNext())) {
                    Analysis a = take(inFlight.poll());
                    boolean failed = a instanceof Analysis.Failed;
                    records++;
                    errors += failed ? 1 : 0;
                    sink.accept(a);
                    if (progress != null) {
                        progress.step(failed);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            if (progress != null) {
                progress.finish();
            }
        }
        return new Summary(records, errors, (System.nanoTime() - start) / 1e9, 0);
    }

    private static Analysis take(Pending p) {
        try {
            return p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Analysis.Failed(p.origin(), "", "interrupted", "analysis was interrupted");
        } catch (ExecutionException e) {
            return new Analysis.Failed(p.origin(), "", "internal", "analysis failed: " + e.getCause());
        }
    }
}
