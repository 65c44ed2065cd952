package org.credence.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores an {@link Extractor} on the scrapinghub article extraction benchmark layout:
 * {@code html/<id>.html.gz} and {@code ground-truth.json} ({@code {id: {articleBody, url}}}),
 * with {@link ShingleMetric} and {@link Scores}, beside the {@link Baselines#bodyText()}
 * baseline. Pages are read with {@link HtmlPages}.
 */
public final class ExtractionEval {

    private ExtractionEval() {
    }

    /** One page's outcome. */
    public record Page(String id, String url, Split side, ShingleMetric.PageScore ours,
                       ShingleMetric.PageScore baseline) {
    }

    /** The figures of one run. */
    public record Result(Split split, Scores ours, Scores baseline, double msPerPage,
                         List<Page> pages) {

        public Result {
            pages = List.copyOf(pages);
        }

        /** A small text table: ours and the baseline. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "split=%s pages=%d  ms/page=%.2f%n",
                    split.key(), ours.pages(), msPerPage));
            sb.append(String.format(Locale.ROOT, "%-12s %-14s %-14s %-14s %-14s%n",
                    "", "F1", "precision", "recall", "accuracy"));
            sb.append(String.format(Locale.ROOT, "%-12s %s%n", "credence", ours.row()));
            sb.append(String.format(Locale.ROOT, "%-12s %s%n", "body-text", baseline.row()));
            return sb.toString();
        }

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark", "scrapinghub-article-extraction");
            m.put("split", split.key());
            m.put("ms_per_page", msPerPage);
            m.put("ours", ours.asMap());
            m.put("baseline_body_text", baseline.asMap());
            return m;
        }
    }

    /** Scores {@code extractor} on all pages. */
    public static Result evaluate(Path dir, Extractor extractor) {
        return evaluate(dir, extractor, Split.ALL);
    }

    /** Scores {@code extractor} on the pages of one split (see {@link Split} for the rule). */
    public static Result evaluate(Path dir, Extractor extractor, Split split) {
        Extractor baseline = Baselines.bodyText();
        JsonNode truth;
        try {
            truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ground-truth.json in " + dir, e);
        }
        List<Page> pages = new ArrayList<>();
        List<ShingleMetric.PageScore> ours = new ArrayList<>();
        List<ShingleMetric.PageScore> base = new ArrayList<>();
        long nanos = 0;
        Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String url = e.getValue().path("url").asText("");
            if (!split.includes(url)) {
                continue;
            }
            Path file = dir.resolve("html").resolve(id + ".html.gz");
            if (!Files.exists(file)) {
                continue;
            }
            String html = HtmlPages.read(file);
            String body = e.getValue().path("articleBody").asText("");
            long t0 = System.nanoTime();
            String pred = extractor.mainText(html, url);
            nanos += System.nanoTime() - t0;
            ShingleMetric.PageScore o = ShingleMetric.score(body, pred);
            ShingleMetric.PageScore b = ShingleMetric.score(body, baseline.mainText(html, url));
            ours.add(o);
            base.add(b);
            pages.add(new Page(id, url, Split.of(url), o, b));
        }
        double ms = pages.isEmpty() ? 0 : nanos / 1e6 / pages.size();
        return new Result(split, Scores.of(ours), Scores.of(base), ms, pages);
    }
}
