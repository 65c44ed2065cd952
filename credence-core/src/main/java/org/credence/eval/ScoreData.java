package org.credence.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.credence.ingest.FieldMapping;
import org.credence.ingest.IngestItem;
import org.credence.ingest.Inputs;
import org.credence.model.Metadata;

/**
 * Reads labelled articles for the article scores from any supported layout, with labels mapped
 * to the task's two classes.
 *
 * <p>Reliability ({@code reliable} / {@code unreliable}):
 * <ul>
 *   <li>a JSON lines (or JSON, CSV) file of records with {@code title}, {@code text}, {@code label}
 *       ({@code reliable} or {@code unreliable}) and optional {@code source} / {@code url};</li>
 *   <li>a BuzzFeed-Webis 2016 folder ({@code articles/*.xml}): {@code mostly true} is reliable,
 *       {@code mostly false} and {@code mixture of true and false} unreliable, {@code no factual
 *       content} left out; the outlet is the {@code portal}; paragraphs rebuilt from the file's
 *       offsets;</li>
 *   <li>a FakeNewsNet folder ({@link FakeNewsNet}).</li>
 * </ul>
 * Hyperpartisan ({@code mainstream} / {@code hyperpartisan}): the SemEval-2019 articles and
 * ground-truth files ({@link SemEvalHyperpartisan}); a BuzzFeed-Webis folder (orientation
 * {@code left} or {@code right} is hyperpartisan, {@code mainstream} is not: a label of the
 * outlet, not the article); a records file with labels {@code hyperpartisan} / {@code mainstream}
 * (or {@code true} / {@code false}).
 *
 * <p>Records with other labels, no text, or that cannot be read are counted in the problems.
 */
public final class ScoreData {

    /**
     * What was read.
     *
     * @param name     the path read
     * @param articles the usable articles, in the set's order
     * @param problems one line per record or file left out, or a count per kind
     */
    public record Read(String name, List<LabeledArticle> articles, List<String> problems) {
        public Read {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private ScoreData() {
    }

    /** Reliability data from a records file, a BuzzFeed-Webis folder or a FakeNewsNet folder. */
    public static Read reliability(Path p) throws IOException {
        if (Files.isDirectory(p.resolve("articles"))) {
            return buzzfeed(p, BuzzfeedWebis.Label.VERACITY, Map.of("mostly true", "reliable",
                    "mostly false", "unreliable", "mixture of true and false", "unreliable"));
        }
        if (Files.isDirectory(p)) {
            if (FakeNewsNet.isLayout(p)) {
                return FakeNewsNet.read(p);
            }
            throw new IOException(p + " is neither a BuzzFeed-Webis folder (articles/*.xml) nor a FakeNewsNet folder "
                    + "(FakeNewsContent/, RealNewsContent/); give a .jsonl file or one of those");
        }
        return records(p, Map.of("reliable", "reliable", "unreliable", "unreliable"));
    }

    /** Hyperpartisan data from a BuzzFeed-Webis folder or a records file. */
    public static Read hyperpartisan(Path p) throws IOException {
        if (Files.isDirectory(p.resolve("articles"))) {
            return buzzfeed(p, BuzzfeedWebis.Label.ORIENTATION, Map.of("left", "hyperpartisan", "right", "hyperpartisan",
                    "mainstream", "mainstream"));
        }
        if (Files.isDirectory(p)) {
            throw new IOException(p + " is not a BuzzFeed-Webis folder (articles/*.xml); give a records file, or "
                    + "SemEval articles and ground-truth files");
        }
        return records(p, Map.of("hyperpartisan", "hyperpartisan", "mainstream", "mainstream", "true", "hyperpartisan",
                "false", "mainstream"));
    }

    /** Hyperpartisan data in the SemEval-2019 layout. */
    public static Read hyperpartisan(Path articles, Path truth) throws IOException {
        return SemEvalHyperpartisan.read(articles, truth);
    }

    private static Read buzzfeed(Path dir, BuzzfeedWebis.Label field, Map<String, String> labels) throws IOException {
        List<LabeledArticle> out = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (IngestItem item : BuzzfeedWebis.read(dir, field, true)) {
            if (item instanceof IngestItem.Failed f) {
                problems.add(f.origin() + ": " + f.message());
                continue;
            }
            var rec = ((IngestItem.Ok) item).record();
            Metadata m = rec.metadata();
            String label = labels.get(m.label().strip().toLowerCase(Locale.ROOT));
            String text = ((org.credence.ingest.InputRecord.Chars) rec.content()).text();
            if (label == null) {
                skipped.merge("label '" + m.label() + "'", 1, Integer::sum);
            } else if (text.isBlank()) {
                skipped.merge("no text", 1, Integer::sum);
            } else {
                out.add(new LabeledArticle(m.id(), m.title(), text, m.url(), m.source().toLowerCase(Locale.ROOT), label,
                        m.origin()));
            }
        }
        skipped.forEach((k, n) -> problems.add(n + " article(s) left out: " + k));
        return new Read(dir.toString(), out, problems);
    }

    private static Read records(Path file, Map<String, String> labels) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no data file at " + file);
        }
        List<LabeledArticle> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        Inputs inputs = new Inputs(FieldMapping.defaults(), problems::add, java.io.InputStream.nullInputStream());
        int n = 0;
        try (Stream<IngestItem> items = inputs.read(List.of(file.toString()))) {
            for (IngestItem item : (Iterable<IngestItem>) items::iterator) {
                n++;
                if (item instanceof IngestItem.Failed f) {
                    problems.add(f.origin() + ": " + f.message() + " [" + f.code() + "]");
                    continue;
                }
                var rec = ((IngestItem.Ok) item).record();
                Metadata m = rec.metadata();
                String label = labels.get(m.label().strip().toLowerCase(Locale.ROOT));
                if (!(rec.content() instanceof org.credence.ingest.InputRecord.Chars c) || c.html()) {
                    skipped.merge("not a plain-text record", 1, Integer::sum);
                } else if (label == null) {
                    skipped.merge("label '" + m.label() + "' (expected " + String.join(" or ", new TreeMap<>(labels).keySet())
                            + ")", 1, Integer::sum);
                } else if (c.text().isBlank()) {
                    skipped.merge("no text", 1, Integer::sum);
                } else {
                    String id = m.id().isEmpty() ? "r" + n : m.id();
                    String outlet = LabeledArticle.outletOf(m.source());
                    if (outlet.isEmpty()) {
                        outlet = LabeledArticle.outletOf(m.url());
                    }
                    out.add(new LabeledArticle(id, m.title(), c.text(), m.url(), outlet, label, m.origin()));
                }
            }
        }
        skipped.forEach((k, c) -> problems.add(c + " record(s) left out: " + k));
        return new Read(file.toString(), out, problems);
    }
}
