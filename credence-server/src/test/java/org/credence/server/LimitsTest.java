package org.credence.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.credence.Credence;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.pipeline.Pipeline;
import org.credence.pipeline.Stage;
import org.junit.jupiter.api.Test;

/** Body size, time limit with cancellation, bounded concurrency: each against a real server. */
class LimitsTest {

    @Test
    void refusesABodyOverTheLimitWithOrWithoutContentLength() {
        try (CredenceServer server = Http.server(Http.options().withMaxBodyBytes(1000))) {
            Http http = new Http(server);
            String atLimit = "word ".repeat(200);
            assertEquals(1000, atLimit.length());
            assertEquals(200, http.post("/v1/analyze", atLimit, "text/plain").statusCode());
            HttpResponse<String> declared = http.post("/v1/analyze", atLimit + "x", "text/plain");
            assertEquals(413, declared.statusCode());
            assertEquals("body.too-large", Http.errorCode(declared));
            byte[] big = ("word ".repeat(100_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            HttpRequest.Builder chunked = HttpRequest.newBuilder(http.base().resolve("/v1/analyze"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
            HttpResponse<String> streamed = http.send(chunked);
            assertEquals(413, streamed.statusCode());
            assertEquals("body.too-large", Http.errorCode(streamed));
        }
    }

    @Test
    void cancelsAnAnalysisPastTheTimeLimitAndFreesItsWorker() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        Pipeline.Builder b = Pipeline.builder();
        for (int i = 0; i < 40; i++) {
            b.add(new Slow("slow" + i, 50, ran));
        }
        ServerOptions o = Http.options().withTimeout(Duration.ofMillis(300)).withConcurrency(1, 0);
        try (CredenceServer server = CredenceServer.start(o, new Credence(b.build()))) {
            Http http = new Http(server);
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.post("/v1/analyze", "An article.", "text/plain");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertEquals("analysis.timeout", Http.errorCode(r));
            assertTrue(ms < 1500, "answered after " + ms + " ms; the pipeline alone would take 2000 ms");
            waitFor(() -> Http.json(http.get("/v1/health")).path("load").path("running").asInt(), 0);
            int stages = ran.get();
            assertTrue(stages < 20, "the pipeline went on after the time limit: " + stages + " of 40 stages ran");
            // the one worker is free again: the next request times out too, rather than being refused as busy
            HttpResponse<String> again = http.post("/v1/analyze", "An article.", "text/plain");
            assertEquals("analysis.timeout", Http.errorCode(again));
            assertEquals(1, server.analysisThreads());
            assertEquals(2, Http.json(http.get("/v1/health")).path("load").path("timeouts").asInt());
        }
    }

    @Test
    void refusesWhenWorkersAndQueueAreFullWithRetryAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Credence blocking = new Credence(Pipeline.builder().add(new Blocking(release)).build());
        ServerOptions o = Http.options().withConcurrency(1, 1).withTimeout(Duration.ofSeconds(20));
        try (CredenceServer server = CredenceServer.start(o, blocking)) {
            Http http = new Http(server);
            CompletableFuture<HttpResponse<String>> first = async(http);
            waitFor(() -> Http.json(http.get("/v1/health")).path("load").path("running").asInt(), 1);
            CompletableFuture<HttpResponse<String>> second = async(http);
            waitFor(() -> Http.json(http.get("/v1/health")).path("load").path("queued").asInt(), 1);
            HttpResponse<String> third = http.post("/v1/analyze", "An article.", "text/plain");
            assertEquals(503, third.statusCode());
            assertEquals("server.busy", Http.errorCode(third));
            assertEquals("1", third.headers().firstValue("Retry-After").orElse(""));
            release.countDown();
            assertEquals(200, first.get(20, TimeUnit.SECONDS).statusCode());
            assertEquals(200, second.get(20, TimeUnit.SECONDS).statusCode());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aBurstNeverStartsMoreThreadsThanWorkers() throws Exception {
        ServerOptions o = Http.options().withConcurrency(2, 2);
        try (CredenceServer server = Http.server(o)) {
            Http http = new Http(server);
            List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                burst.add(async(http));
            }
            int ok = 0;
            for (CompletableFuture<HttpResponse<String>> f : burst) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    assertEquals(503, r.statusCode(), r.body());
                    assertTrue(Set.of("server.busy").contains(Http.errorCode(r)), r.body());
                }
            }
            assertTrue(ok >= 4, "at least workers + queue were served: " + ok);
            assertTrue(server.analysisThreads() <= 2, "threads: " + server.analysisThreads());
        }
    }

    private static CompletableFuture<HttpResponse<String>> async(Http http) {
        HttpRequest req = HttpRequest.newBuilder(http.base().resolve("/v1/analyze")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("The council met on Tuesday. The mayor said the plan was sound."))
                .timeout(Duration.ofSeconds(60)).build();
        return http.client().sendAsync(req, HttpResponse.BodyHandlers.ofString());
    }

    private static void waitFor(IntSupplier value, int expected) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int v;
        while ((v = value.getAsInt()) != expected) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 10 s for " + expected + ", still " + v);
            }
            Thread.sleep(10);
        }
    }

    /** A stage that takes {@code ms} and ignores interrupts while it works (as real stages do). */
    private record Slow(String name, long ms, AtomicInteger ran) implements Stage {
        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer> produces() {
            return Set.of();
        }

        @Override
        public Document apply(Document document) {
            ran.incrementAndGet();
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
            boolean interrupted = false;
            long left;
            while ((left = end - System.nanoTime()) > 0) {
                try {
                    Thread.sleep(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return document;
        }
    }

    /** A stage that waits until released. */
    private record Blocking(CountDownLatch release) implements Stage {
        @Override
        public String name() {
            return "blocking";
        }

        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer> produces() {
            return Set.of();
        }

        @Override
        public Document apply(Document document) {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return document;
        }
    }
}
