package org.credence.signals.propaganda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.credence.ml.FeatureHashing;
import org.credence.model.Span;

/**
 * The Propaganda Techniques Corpus as SemEval-2020 task 11 distributes it: a folder of
 * {@code article<ID>.txt} files (title, blank line, one sentence a line) and labels, read into
 * articles with their gold spans in UTF-16 offsets of the text.
 *
 * <p>Labels may be given as any of:
 * <ul>
 * <li>a technique-classification file ({@code id<TAB>technique<TAB>start<TAB>end}, 4 columns,
 *     e.g. {@code train-task2-TC.labels}): spans and techniques;</li>
 * <li>a span-identification file ({@code id<TAB>start<TAB>end}, 3 columns, e.g.
 *     {@code train-task1-SI.labels}): spans only;</li>
 * <li>a folder of per-article {@code *.labels} files in either layout.</li>
 * </ul>
 * Offsets in the files count Unicode code points (the corpus's scorer is Python); they are
 * turned into UTF-16 offsets here, and spans past the end of the text are clipped to it.
 * Articles without a label line have no gold spans. Label lines for articles missing from the
 * folder are counted in {@link #orphanLabels()} and otherwise ignored.
 *
 * @param articles      articles in id order
 * @param hasTechniques whether every label names its technique (4-column layout)
 * @param orphanLabels  label lines whose article is not in the folder
 */
public record PtcCorpus(List<Article> articles, boolean hasTechniques, int orphanLabels) {

    public PtcCorpus {
        articles = List.copyOf(articles);
    }

    /** One article and its gold labels, sorted by span then technique. */
    public record Article(String id, String text, List<Label> labels) {
        public Article {
            labels = labels.stream().sorted(Comparator.comparing(Label::span)
                    .thenComparing(l -> l.technique() == null ? "" : l.technique().label())).toList();
        }

        /** The labels grouped by identical span (the corpus has one line per technique of a fragment). */
        public List<List<Label>> sameSpan() {
            List<List<Label>> out = new ArrayList<>();
            List<Label> group = new ArrayList<>();
            for (Label l : labels) {
                if (!group.isEmpty() && !group.get(0).span().equals(l.span())) {
                    out.add(List.copyOf(group));
                    group.clear();
                }
                group.add(l);
            }
            if (!group.isEmpty()) {
                out.add(List.copyOf(group));
            }
            return List.copyOf(out);
        }

        /** The gold spans with overlapping ones merged, as the span-identification scorer sees them. */
        public List<Span> mergedSpans() {
            return org.credence.eval.SpanOverlapScore.merge(labels.stream().map(Label::span).toList());
        }
    }

    /**
     * A gold fragment.
     *
     * @param span      UTF-16 offsets in the article text
     * @param technique the technique, or null in the span-only layout
     */
    public record Label(Span span, Technique technique) {
    }

    /** The fixed three-way split of the corpus's articles. */
    public enum Part {
        TRAIN, DEV, TEST;

        /**
         * The part of an article id: bucket = {@code FeatureHashing.hash("ptc-article:" + id)}
         * mod 20; buckets 0–3 are TEST (held out, about 20 %), 4–6 DEV (tuning, about 15 %),
         * the rest TRAIN.
         */
        public static Part of(String articleId) {
            int b = Math.floorMod(FeatureHashing.hash("ptc-article:" + articleId), 20);
            return b < 4 ? TEST : b < 7 ? DEV : TRAIN;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Reads the articles under {@code articles} and the labels at {@code labels} (a file or a folder). */
    public static PtcCorpus read(Path articles, Path labels) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> s = Files.list(articles)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("article") && name.endsWith(".txt")) {
                    texts.put(name.substring(7, name.length() - 4), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no article<ID>.txt files in " + articles);
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(labels)) {
            try (Stream<Path> s = Files.list(labels)) {
                s.filter(p -> p.getFileName().toString().endsWith(".labels")).sorted().forEach(files::add);
            }
        } else {
            files.add(labels);
        }
        Map<String, List<Label>> byArticle = new HashMap<>();
        Map<String, int[]> cpIndex = new HashMap<>();
        int orphans = 0;
        int columns = 0;
        for (Path f : files) {
            int lineNo = 0;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.strip().split("\t");
                if (c.length != 3 && c.length != 4) {
                    throw new IllegalArgumentException(f + ":" + lineNo + ": expected 3 or 4 tab-separated columns, found " + c.length);
                }
                if (columns != 0 && c.length != columns) {
                    throw new IllegalArgumentException(f + ":" + lineNo + ": mixes " + columns + "- and " + c.length + "-column labels");
                }
                columns = c.length;
                String id = c[0].strip();
                Technique t = null;
                if (c.length == 4) {
                    t = Technique.ofLabel(c[1]).orElseThrow(() -> new IllegalArgumentException(
                            "unknown technique \"" + c[1] + "\" in " + f + " line " + line));
                }
                int start;
                int end;
                try {
                    start = Integer.parseInt(c[c.length - 2].strip());
                    end = Integer.parseInt(c[c.length - 1].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(f + ":" + lineNo + ": offsets are not numbers: " + line);
                }
                String text = texts.get(id);
                if (text == null) {
                    orphans++;
                    continue;
                }
                int[] idx = cpIndex.computeIfAbsent(id, k -> codePointOffsets(text));
                int s = toUtf16(idx, start, text.length());
                int e = toUtf16(idx, end, text.length());
                if (s < e) {
                    byArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(new Label(new Span(s, e), t));
                }
            }
        }
        List<Article> out = new ArrayList<>(texts.size());
        for (Map.Entry<String, String> e : texts.entrySet()) {
            out.add(new Article(e.getKey(), e.getValue(), byArticle.getOrDefault(e.getKey(), List.of())));
        }
        return new PtcCorpus(out, columns == 4, orphans);
    }

    /** The articles of one part of the split. */
    public List<Article> part(Part part) {
        return articles.stream().filter(a -> Part.of(a.id()) == part).toList();
    }

    /** UTF-16 offset of each code-point offset 0..n (inclusive); null when the text has no surrogates. */
    static int[] codePointOffsets(String text) {
        int n = text.codePointCount(0, text.length());
        if (n == text.length()) {
            return null;
        }
        int[] idx = new int[n + 1];
        int u = 0;
        for (int cp = 0; cp < n; cp++) {
            idx[cp] = u;
            u += Character.charCount(text.codePointAt(u));
        }
        idx[n] = u;
        return idx;
    }

    private static int toUtf16(int[] idx, int cp, int length) {
        if (idx == null) {
            return Math.max(0, Math.min(cp, length));
        }
        return idx[Math.max(0, Math.min(cp, idx.length - 1))];
    }
}
