package org.credence.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.credence.eval.LabeledArticle;
import org.credence.eval.ScoreData;

/**
 * Prints what the MiniLM document embedding ({@link MiniLm}) costs on one thread: model load
 * time, then wall-clock and CPU milliseconds an article for the first window (title + first
 * ~190 words) and for the whole text, over the first {@code N} articles of a reliability data
 * set, after a warm-up. CPU time is the steadier figure on a shared machine.
 *
 * <pre>
 * java -cp "$(cat credence-bench/target/classpath.txt):credence-bench/target/classes" \
 *     org.credence.bench.EmbeddingCost ../shared/data/buzzfeed-webis-2016 300 50
 * </pre>
 */
public final class EmbeddingCost {

    private EmbeddingCost() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: EmbeddingCost DATA [ARTICLES [WARMUP]]");
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        List<LabeledArticle> articles = ScoreData.reliability(Path.of(args[0])).articles();
        if (articles.size() < warm + 1) {
            throw new IllegalArgumentException("need more than " + warm + " articles, got " + articles.size());
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        try (MiniLm m = new MiniLm()) {
            System.out.printf(Locale.ROOT, "load: %.2f s%n", (System.nanoTime() - t0) / 1e9);
            for (int i = 0; i < warm; i++) {
                m.embed(articles.get(i).fullText());
            }
            int count = Math.min(n, articles.size() - warm);
            long wallHead = 0;
            long wallAll = 0;
            long cpu = 0;
            long cpuHead = 0;
            long pieces = 0;
            long windows = 0;
            long chars = 0;
            for (int i = warm; i < warm + count; i++) {
                String text = articles.get(i).fullText();
                long c0 = mx.getCurrentThreadCpuTime();
                MiniLm.Embedding e = m.embed(text);
                cpu += mx.getCurrentThreadCpuTime() - c0;
                // the head alone, timed on its own: the first window of the text
                String head = text.substring(0, Math.min(text.length(), 2_000));
                long c1 = mx.getCurrentThreadCpuTime();
                m.embedHead(head);
                cpuHead += mx.getCurrentThreadCpuTime() - c1;
                wallHead += e.headNanos();
                wallAll += e.allNanos();
                pieces += e.wordpieces();
                windows += e.windows();
                chars += text.length();
            }
            System.out.printf(Locale.ROOT, "%d articles of %s (mean %d characters, %d wordpieces, %.2f windows of %d), "
                            + "1 thread:%n", count, args[0], chars / count, pieces / count, (double) windows / count,
                    MiniLm.WINDOW);
            System.out.printf(Locale.ROOT, "  first window (head): %.1f ms wall (inside the whole-text run), %.1f ms CPU alone%n",
                    wallHead / 1e6 / count, cpuHead / 1e6 / count);
            System.out.printf(Locale.ROOT, "  whole text (mean):   %.1f ms wall, %.1f ms CPU%n", wallAll / 1e6 / count,
                    cpu / 1e6 / count);
        }
    }
}
