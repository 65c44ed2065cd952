package org.credence.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores an {@link Extractor} on the trafilatura evaluation layout: {@code evaldata.json}
 * ({@code url -> {file, with: [...], without: [...]}}) and {@code html/<file>.gz}. As in
 * trafilatura's own evaluation, texts and snippets are whitespace-normalised and matched as
 * substrings: a found "with" snippet is a true positive, a missing one a false negative, a
 * found "without" snippet a false positive, an absent one a true negative; precision, recall,
 * accuracy and F1 come from the summed counts. The {@link Baselines#bodyText()} baseline is
 * scored beside.
 */
public final class TrafilaturaEval {

    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");

    private TrafilaturaEval() {
    }

    /** Summed confusion counts. */
    public record Counts(int tp, int fp, int fn, int tn) {

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double accuracy() {
            int total = tp + fp + fn + tn;
            return total == 0 ? 0 : (double) (tp + tn) / total;
        }

        public double f1() {
            int d = 2 * tp + fp + fn;
            return d == 0 ? 0 : 2.0 * tp / d;
        }

        /** Share of "with" snippets found. */
        public double withFound() {
            return recall();
        }

        /** Share of "without" snippets absent. */
        public double withoutAbsent() {
            return tn + fp == 0 ? 0 : (double) tn / (tn + fp);
        }

        String row() {
            return String.format(Locale.ROOT, "%.3f  %.3f  %.3f  %.3f  %.3f  %.3f",
                    f1(), precision(), recall(), accuracy(), withFound(), withoutAbsent());
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tp", tp);
            m.put("fp", fp);
            m.put("fn", fn);
            m.put("tn", tn);
            m.put("precision", precision());
            m.put("recall", recall());
            m.put("accuracy", accuracy());
            m.put("f1", f1());
            m.put("with_found", withFound());
            m.put("without_absent", withoutAbsent());
            return m;
        }
    }

    /** The figures of one run. */
    public record Result(int documents, Counts ours, Counts baseline, double msPerPage) {

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "trafilatura-eval documents=%d  ms/page=%.2f%n",
                    documents, msPerPage));
            sb.append(String.format(Locale.ROOT, "%-12s %s%n", "",
                    "F1     prec.  recall accur. with   without-absent"));
            sb.append(String.format(Locale.ROOT, "%-12s %s%n", "credence", ours.row()));
            sb.append(String.format(Locale.ROOT, "%-12s %s%n", "body-text", baseline.row()));
            return sb.toString();
        }

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark", "trafilatura-eval");
            m.put("documents", documents);
            m.put("ms_per_page", msPerPage);
            m.put("ours", ours.asMap());
            m.put("baseline_body_text", baseline.asMap());
            return m;
        }
    }

    static String norm(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
    }

    static Counts count(JsonNode item, String result) {
        String r = norm(result);
        int tp = 0;
        int fp = 0;
        int with = 0;
        int without = 0;
        for (JsonNode w : item.path("with")) {
            with++;
            if (r.contains(norm(w.asText()))) {
                tp++;
            }
        }
        for (JsonNode w : item.path("without")) {
            without++;
            if (r.contains(norm(w.asText()))) {
                fp++;
            }
        }
        return new Counts(tp, fp, with - tp, without - fp);
    }

    /** Scores {@code extractor} on every annotated document whose file is present. */
    public static Result evaluate(Path dir, Extractor extractor) {
        Extractor baseline = Baselines.bodyText();
        JsonNode data;
        try {
            data = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evaldata.json in " + dir, e);
        }
        Counts ours = new Counts(0, 0, 0, 0);
        Counts base = new Counts(0, 0, 0, 0);
        int docs = 0;
        long nanos = 0;
        Iterator<Map.Entry<String, JsonNode>> it = data.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String url = e.getKey();
            JsonNode item = e.getValue();
            Path file = dir.resolve("html").resolve(item.path("file").asText() + ".gz");
            if (!Files.exists(file)) {
                continue;
            }
            String html = HtmlPages.read(file);
            long t0 = System.nanoTime();
            String pred;
            try {
                pred = extractor.mainText(html, url);
            } catch (RuntimeException ex) {
                pred = null;
            }
            nanos += System.nanoTime() - t0;
            ours = ours.plus(count(item, pred));
            base = base.plus(count(item, baseline.mainText(html, url)));
            docs++;
        }
        return new Result(docs, ours, base, docs == 0 ? 0 : nanos / 1e6 / docs);
    }
}
