package org.credence.server;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.credence.Analysis;
import org.credence.Credence;
import org.credence.ingest.InputRecord;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.pipeline.Pipeline;
import org.credence.pipeline.Stage;

/**
 * Runs analyses on a fixed number of worker threads with a short queue and a time limit.
 *
 * <p>A request that finds every worker busy and the queue full is refused at once (503 with
 * {@code Retry-After}). One that is not done within the limit (queue wait included) is refused
 * (503) and its analysis cancelled: the worker is interrupted, and every stage of the pipeline
 * checks for that before it starts, so the rest of the pipeline is skipped and the worker
 * returns to the pool. No thread is created per request. Thread-safe.
 */
final class AnalysisPool implements AutoCloseable {

    private final Credence credence;
    private final ThreadPoolExecutor pool;
    private final Duration timeout;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger timeouts = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    /**
     * @param credence the analyser; its pipeline is rebuilt with every stage made cancellable
     * @param workers  analyses run at once
     * @param queue    requests that may wait (0: none)
     * @param timeout  limit of one request, queue wait included
     */
    AnalysisPool(Credence credence, int workers, int queue, Duration timeout) {
        this.credence = cancellable(credence);
        this.timeout = timeout;
        BlockingQueue<Runnable> q = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, q, threadFactory(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Analyses one record.
     *
     * @throws ApiException 503 {@code server.busy} when workers and queue are full, 503
     *         {@code analysis.timeout} past the time limit, 500 {@code internal} on a bug
     */
    Analysis analyze(InputRecord record) {
        Future<Analysis> f;
        try {
            f = pool.submit(() -> {
                running.incrementAndGet();
                try {
                    return credence.analyze(record);
                } finally {
                    running.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            rejected.incrementAndGet();
            throw new ApiException(503, "server.busy", "all " + pool.getMaximumPoolSize()
                    + " workers are busy and the queue is full; retry shortly", 1);
        }
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancel(f);
            timeouts.incrementAndGet();
            throw new ApiException(503, "analysis.timeout", String.format(Locale.ROOT,
                    "the analysis took longer than the limit of %.1f s and was cancelled", timeout.toMillis() / 1000.0));
        } catch (InterruptedException e) {
            cancel(f);
            Thread.currentThread().interrupt();
            throw new ApiException(503, "server.stopping", "the server is stopping", 1);
        } catch (ExecutionException | CancellationException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            throw new ApiException(500, "internal", "analysis failed: " + c);
        }
    }

    private void cancel(Future<Analysis> f) {
        f.cancel(true);
        if (f instanceof FutureTask<?> t) {
            pool.remove(t);
        }
    }

    /** Analyses running now. */
    int running() {
        return running.get();
    }

    /** Requests waiting for a worker now. */
    int queued() {
        return pool.getQueue().size();
    }

    /** Requests refused for the time limit since start. */
    int timeouts() {
        return timeouts.get();
    }

    /** Requests refused because workers and queue were full, since start. */
    int rejected() {
        return rejected.get();
    }

    /** Threads of the pool, alive now (never more than the workers). */
    int threads() {
        return pool.getPoolSize();
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threadFactory() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "credence-analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The same pipeline, each stage refusing to start on an interrupted thread. */
    static Credence cancellable(Credence credence) {
        Pipeline.Builder b = Pipeline.builder();
        for (Stage s : credence.pipeline().stages()) {
            b.add(new Cancellable(s));
        }
        return new Credence(b.build());
    }

    /**
     * A stage that throws {@link CancellationException} instead of starting when its thread was
     * interrupted; the pipeline records that as a failed stage and skips the rest.
     */
    private record Cancellable(Stage stage) implements Stage {
        @Override
        public String name() {
            return stage.name();
        }

        @Override
        public Set<Layer> requires() {
            return stage.requires();
        }

        @Override
        public Set<Layer> produces() {
            return stage.produces();
        }

        @Override
        public Document apply(Document document) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("cancelled before stage " + stage.name() + ": time limit reached");
            }
            return stage.apply(document);
        }
    }
}
