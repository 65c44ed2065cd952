package org.credence.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.credence.Credence;

/**
 * Runs Credence's pipeline and Stanford CoreNLP on the same articles (a PolNeAR compartment's
 * texts) and prints load time and articles/s side by side, on 1 and 2 threads. CoreNLP's quotes
 * with their speakers are kept for {@link AttributionComparison}.
 *
 * <pre>
 * mvn -Pbench -pl credence-bench -am package -DskipTests
 * java -Xmx6g -cp "$(cat credence-bench/target/classpath.txt):credence-bench/target/classes" \
 *     org.credence.bench.CoreNlpComparison ../shared/data/polnear/data/dev
 * </pre>
 */
public final class CoreNlpComparison {

    private CoreNlpComparison() {
    }

    /** A quote as CoreNLP found it: content span, speaker span (or -1) and speaker name. */
    public record CoreNlpQuote(int start, int end, int speakerStart, int speakerEnd, String speaker) {
    }

    static List<Path> texts(Path compartment, int max) throws IOException {
        try (Stream<Path> s = Files.list(compartment.resolve("text"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(max).toList();
        }
    }

    /** Articles per second of {@code work} over {@code texts} on {@code threads} threads. */
    static double rate(List<String> texts, int threads, Consumer<String> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (String t : texts) {
                fs.add(pool.submit(() -> work.accept(t)));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            return texts.size() / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    static StanfordCoreNLP quotesOnly() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,quote");
        p.setProperty("quote.attributeQuotes", "false");
        return new StanfordCoreNLP(p);
    }

    static StanfordCoreNLP coreNlp(boolean quotes) {
        Properties p = new Properties();
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("threads", "1");
        if (quotes) {
            p.setProperty("customAnnotatorClass.emptycoref", EmptyCoref.class.getName());
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,emptycoref,quote");
            p.setProperty("quote.attributeQuotes", "true");
            p.setProperty("quote.attribution.useCoref", "false");
        } else {
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        }
        return new StanfordCoreNLP(p);
    }

    /** Articles on which CoreNLP's quote attribution threw (it then runs without attribution). */
    static final java.util.concurrent.atomic.AtomicInteger FAILED = new java.util.concurrent.atomic.AtomicInteger();

    /** CoreNLP's quotes for one text; when attribution throws, the quotes without speakers. */
    static List<CoreNlpQuote> quotes(StanfordCoreNLP nlp, StanfordCoreNLP fallback, String text) {
        CoreDocument doc = new CoreDocument(text);
        try {
            nlp.annotate(doc);
        } catch (RuntimeException e) {
            FAILED.incrementAndGet();
            doc = new CoreDocument(text);
            fallback.annotate(doc);
        }
        List<CoreNlpQuote> out = new ArrayList<>();
        if (doc.quotes() == null) {
            return out;
        }
        for (CoreQuote q : doc.quotes()) {
            var span = q.quoteCharOffsets();
            int ss = -1;
            int se = -1;
            if (q.speakerCharOffsets().isPresent()) {
                ss = q.speakerCharOffsets().get().first;
                se = q.speakerCharOffsets().get().second;
            }
            out.add(new CoreNlpQuote(span.first, span.second, ss, se, q.speaker().orElse("")));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/polnear/data/dev");
        int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<String> texts = new ArrayList<>();
        for (Path p : texts(dir, max)) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        System.out.printf(Locale.ROOT, "%d articles from %s, mean %d words%n", texts.size(), dir, words / texts.size());
        Map<String, double[]> rows = new LinkedHashMap<>();

        long t0 = System.nanoTime();
        Credence credence = Credence.standard();
        credence.analyzeText(texts.get(0)); // loads the models
        double credenceLoad = (System.nanoTime() - t0) / 1e9;
        for (int warm = 0; warm < 3; warm++) {
            texts.forEach(credence::analyzeText); // JIT warm-up, as CoreNLP gets below
        }
        List<String> thrice = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            thrice.addAll(texts);
        }
        rows.put("credence (whole current pipeline)", new double[] {credenceLoad,
                rate(thrice, 1, credence::analyzeText), rate(thrice, 2, credence::analyzeText)});

        t0 = System.nanoTime();
        StanfordCoreNLP ner = coreNlp(false);
        double nerLoad = (System.nanoTime() - t0) / 1e9;
        rate(texts.subList(0, Math.min(5, texts.size())), 1, t -> ner.process(t));
        rows.put("corenlp tokenize,ssplit,pos,lemma,ner", new double[] {nerLoad,
                rate(texts, 1, t -> ner.process(t)), rate(texts, 2, t -> ner.process(t))});

        t0 = System.nanoTime();
        StanfordCoreNLP quote = coreNlp(true);
        double quoteLoad = (System.nanoTime() - t0) / 1e9;
        Map<String, List<CoreNlpQuote>> predicted = new java.util.concurrent.ConcurrentHashMap<>();
        StanfordCoreNLP fallback = quotesOnly();
        double quoteRate2 = rate(texts, 2, t -> predicted.put(t, quotes(quote, fallback, t)));
        rows.put("corenlp + depparse + quote attribution", new double[] {quoteLoad, Double.NaN, quoteRate2});

        System.out.printf(Locale.ROOT, "%-42s %10s %14s %14s%n", "system", "load s", "art/s 1 thr", "art/s 2 thr");
        rows.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-42s %10.1f %14.2f %14.2f%n", k, v[0], v[1], v[2]));
        double ratio = rows.get("credence (whole current pipeline)")[2] / rows.get("corenlp tokenize,ssplit,pos,lemma,ner")[2];
        System.out.printf(Locale.ROOT, "credence / corenlp-ner speed ratio on 2 threads: %.0fx%n", ratio);
        System.out.printf(Locale.ROOT, "machine: %d cores, java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "corenlp quote attribution threw on %d of %d articles (their quotes kept without speakers)%n",
                FAILED.get(), texts.size());
        AttributionComparison.report(dir, predicted, credence);
    }
}
