package org.credence.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.language.quotes.BaselineQuotes;
import org.credence.language.quotes.CapitalisedNames;
import org.credence.language.quotes.EntityHint;
import org.credence.language.quotes.QuoteExtractor;
import org.credence.ml.Metrics;
import org.credence.model.Attribution;
import org.credence.model.Quote;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * Quotes and sources of {@link QuoteExtractor} against a PolNeAR compartment ({@code text/} and
 * brat {@code attributions/}; code-point offsets converted to UTF-16; where several annotators
 * annotated an article, the first annotation file by name is used), beside a trivial baseline.
 *
 * <p>Matching is one to one, greedy in text order. A content or source span matches a gold one when
 * their overlap in characters is at least half of each (mutual 50 %; a discontinuous gold span counts
 * its pieces). A cue matches when it overlaps a gold cue at all. Speaker accuracy: among predicted
 * DIRECT quotes whose content matched a gold attribution with a source, the share whose source
 * mention overlaps the gold source or whose resolved name contains the gold source's text (or is
 * contained in it). Entities come from {@link CapitalisedNames} (capitalised runs), not from NER.
 * Baseline: every double-quoted stretch is a quote whose source is the nearest capitalised name
 * before it outside quotes; every "said", "says", "told" and "according to" is a cue.
 */
public final class AttributionEval {

    /** Gold attribution: content, cue and source pieces (source may be empty). */
    private record Gold(List<Span> content, List<Span> cue, List<Span> source, String sourceText, boolean direct) {
    }

    /** Figures of one system. */
    public record Figures(Prf content, Prf cue, Prf source, long directRecalled, long directGold,
                          long speakerRight, long speakerTotal) {
        public double speakerAccuracy() {
            return speakerTotal == 0 ? 0 : (double) speakerRight / speakerTotal;
        }
    }

    private static final boolean DEBUG = Boolean.getBoolean("credence.quotes.debug");

    private final int articles;
    private final Figures system;
    private final Figures baseline;
    private final Confidences confidences;
    private final double msPerArticle;

    private String description = "quote rules, entities from capitalised runs (no NER)";

    /** The same figures, described as coming from {@code description}. */
    public AttributionEval describedAs(String description) {
        AttributionEval e = new AttributionEval(articles, system(), baseline(), confidences, msPerArticle);
        e.description = description;
        return e;
    }

    private AttributionEval(int articles, Figures system, Figures baseline, Confidences confidences, double msPerArticle) {
        this.articles = articles;
        this.system = system;
        this.baseline = baseline;
        this.confidences = confidences;
        this.msPerArticle = msPerArticle;
    }

    /**
     * The system's quotes, each with its confidence, kind and whether it was right as a whole: its
     * content matched a gold attribution and its source is that attribution's (the source span
     * overlaps the gold source, or the resolved name contains it or is contained in it; no source
     * where the gold has none).
     */
    public record Confidences(double[] confidence, Quote.Kind[] kind, int[] right) {

        /** The figures as a map: quotes, mean confidence, share right, ECE (10 bins), Brier, and per level. */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("quotes", right.length);
            m.putAll(Metrics.calibration(right, confidence));
            Map<String, long[]> levels = new TreeMap<>(Comparator.reverseOrder());
            for (int i = 0; i < right.length; i++) {
                long[] c = levels.computeIfAbsent(String.format(Locale.ROOT, "%.2f %s", confidence[i],
                        kind[i].name().toLowerCase(Locale.ROOT)), k -> new long[2]);
                c[0]++;
                c[1] += right[i];
            }
            Map<String, Object> per = new LinkedHashMap<>();
            levels.forEach((k, c) -> per.put(k, Map.of("quotes", c[0], "right", c[1])));
            m.put("levels", per);
            return m;
        }
    }

    /** The system's quotes with their confidences and whether each was right ({@link Confidences}). */
    public Confidences confidences() {
        return confidences;
    }

    public Figures system() {
        return system;
    }

    public Figures baseline() {
        return baseline;
    }

    /** Evaluates {@code extractor} on the PolNeAR compartment {@code dir} (holding text/ and attributions/). */
    public static AttributionEval evaluate(Path dir, QuoteExtractor extractor) throws IOException {
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        return evaluate(dir, text -> {
            List<Token> tokens = tokenizer.tokenize(text);
            List<Sentence> sentences = splitter.split(text, tokens);
            return extractor.extract(text, tokens, sentences, CapitalisedNames.find(text, tokens, sentences));
        });
    }

    /**
     * Evaluates any system that reads an article's raw text and returns its quotes with spans into
     * that same text (for example the whole pipeline, its spans mapped back to the source).
     */
    public static AttributionEval evaluate(Path dir, java.util.function.Function<String, List<Quote>> system) throws IOException {
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        Map<String, Path> annotations = new HashMap<>();
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            s.map(Path::getFileName).map(Path::toString).filter(n -> n.endsWith(".ann")).sorted().forEach(n -> {
                String article = n.substring(0, n.lastIndexOf('_'));
                annotations.putIfAbsent(article, dir.resolve("attributions").resolve(n));
            });
        }
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Counter sys = new Counter(DEBUG);
        Counter base = new Counter(false);
        long nanos = 0;
        int n = 0;
        for (Path t : texts) {
            String name = t.getFileName().toString().replaceAll("\\.txt$", "");
            Path ann = annotations.get(name);
            if (ann == null) {
                continue;
            }
            String text = Files.readString(t, StandardCharsets.UTF_8);
            List<Gold> gold = readGold(text, Files.readAllLines(ann, StandardCharsets.UTF_8));
            long t0 = System.nanoTime();
            List<Quote> quotes = system.apply(text);
            nanos += System.nanoTime() - t0;
            n++;
            sys.add(text, gold, quotes);
            List<Token> tokens = tokenizer.tokenize(text);
            List<EntityHint> hints = CapitalisedNames.find(text, tokens, splitter.split(text, tokens));
            base.add(text, gold, BaselineQuotes.quotes(text, tokens, hints));
        }
        return new AttributionEval(n, sys.figures(), base.figures(), sys.confidences(), n == 0 ? 0 : nanos / 1e6 / n);
    }

    static List<Gold> readGold(String text, List<String> lines) {
        int[] cp = new int[text.codePointCount(0, text.length()) + 1];
        for (int i = 0, c = 0; i <= text.length(); c++) {
            cp[c] = i;
            if (i == text.length()) {
                break;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        Map<String, List<Span>> spans = new HashMap<>();
        for (String l : lines) {
            if (!l.startsWith("T")) {
                continue;
            }
            String[] f = l.split("\t");
            if (f.length < 2 || !f[0].matches("T\\d+") || f[1].indexOf(' ') < 0) {
                continue; // a continuation line of a surface text holding a line break
            }
            String[] head = f[1].split(" ", 2);
            List<Span> pieces = new ArrayList<>();
            for (String piece : head[1].split(";")) {
                String[] se = piece.trim().split(" ");
                int a = Integer.parseInt(se[0]);
                int b = Integer.parseInt(se[1]);
                if (b <= cp.length - 1 && a <= b) {
                    pieces.add(new Span(cp[a], cp[b]));
                }
            }
            spans.put(f[0], pieces);
        }
        List<Gold> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.matches("E\\d+\t.*")) {
                continue;
            }
            Map<String, List<Span>> roles = new HashMap<>();
            for (String arg : l.split("\t")[1].trim().split(" ")) {
                String[] kv = arg.split(":");
                roles.computeIfAbsent(kv[0], k -> new ArrayList<>()).addAll(spans.getOrDefault(kv[1], List.of()));
            }
            List<Span> content = roles.getOrDefault("Content", List.of());
            if (content.isEmpty()) {
                continue;
            }
            List<Span> source = roles.getOrDefault("Source", List.of());
            String sourceText = source.isEmpty() ? "" : source.get(0).in(text);
            char first = text.charAt(content.get(0).start());
            boolean direct = "“\"«„‘'".indexOf(first) >= 0;
            out.add(new Gold(content, roles.getOrDefault("Cue", List.of()), source, sourceText, direct));
        }
        return out;
    }

    static long overlap(Span s, List<Span> pieces) {
        long o = 0;
        for (Span p : pieces) {
            o += Math.max(0, Math.min(s.end(), p.end()) - Math.max(s.start(), p.start()));
        }
        return o;
    }

    static boolean mutual(Span s, List<Span> pieces) {
        long o = overlap(s, pieces);
        long len = pieces.stream().mapToLong(Span::length).sum();
        return o * 2 >= s.length() && o * 2 >= len && o > 0;
    }

    /** Counts over articles. */
    private static final class Counter {
        final boolean debug;
        long[] content = new long[3];
        long[] cue = new long[3];
        long[] source = new long[3];
        long directRecalled;
        long directGold;
        long speakerRight;
        long speakerTotal;
        final List<Double> confidence = new ArrayList<>();
        final List<Quote.Kind> kinds = new ArrayList<>();
        final List<Integer> right = new ArrayList<>();

        Counter(boolean debug) {
            this.debug = debug;
        }

        void add(String text, List<Gold> gold, List<Quote> quotes) {
            boolean[] used = new boolean[gold.size()];
            for (Quote q : quotes) {
                if (q.cue() != null && q.content().equals(q.cue())) {
                    continue; // a baseline's bare cue
                }
                int g = -1;
                for (int k = 0; k < gold.size() && g < 0; k++) {
                    if (!used[k] && mutual(q.content(), gold.get(k).content())) {
                        g = k;
                    }
                }
                confidence.add(q.confidence());
                kinds.add(q.kind());
                if (g < 0) {
                    content[1]++;
                    right.add(0);
                    continue;
                }
                used[g] = true;
                content[0]++;
                Gold gd = gold.get(g);
                right.add((gd.source().isEmpty() ? q.source().mention() == null : speakerRight(q.source(), gd)) ? 1 : 0);
                if (gd.direct()) {
                    directRecalled++;
                }
                if (q.kind() == Quote.Kind.DIRECT && !gd.source().isEmpty()) {
                    speakerTotal++;
                    Attribution a = q.source();
                    boolean right = speakerRight(a, gd);
                    speakerRight += right ? 1 : 0;
                    if (debug) {
                        System.out.println((right ? "SPEAKER-OK " : "SPEAKER ") + a.kind() + " [" + (a.mention() == null ? "" : a.mention().in(text))
                                + "|" + a.name() + "] gold [" + gd.sourceText() + "] cue=" + (q.cue() == null ? "" : q.cue().in(text))
                                + " :: " + (text.substring(Math.max(0, q.content().start() - 60), q.content().start()) + " <<Q>> " + text.substring(q.content().end(), Math.min(text.length(), q.content().end() + 80))).replace('\n', ' '));
                    }
                }
            }
            for (int k = 0; k < gold.size(); k++) {
                content[2] += used[k] ? 0 : 1;
                directGold += gold.get(k).direct() ? 1 : 0;
            }
            match(quotes.stream().map(Quote::cue).filter(c -> c != null).distinct().toList(),
                    gold.stream().map(Gold::cue).filter(c -> !c.isEmpty()).toList(), cue, false);
            match(quotes.stream().map(q -> q.source().mention()).filter(c -> c != null).distinct().toList(),
                    gold.stream().map(Gold::source).filter(c -> !c.isEmpty()).distinct().toList(), source, true);
        }

        /** Whether {@code a} is {@code gd}'s source: its span overlaps it, or its name holds it or is held in it. */
        private static boolean speakerRight(Attribution a, Gold gd) {
            if (a.mention() != null && overlap(a.mention(), gd.source()) > 0) {
                return true;
            }
            String gs = gd.sourceText().toLowerCase(Locale.ROOT);
            if (a.name() == null || gs.isBlank()) {
                return false;
            }
            String nm = a.name().toLowerCase(Locale.ROOT);
            return nm.contains(gs) || gs.contains(nm);
        }

        Confidences confidences() {
            return new Confidences(confidence.stream().mapToDouble(Double::doubleValue).toArray(),
                    kinds.toArray(Quote.Kind[]::new), right.stream().mapToInt(Integer::intValue).toArray());
        }

        private static void match(List<Span> pred, List<List<Span>> gold, long[] counts, boolean strict) {
            boolean[] used = new boolean[gold.size()];
            for (Span p : pred) {
                boolean hit = false;
                for (int k = 0; k < gold.size() && !hit; k++) {
                    if (!used[k] && (strict ? mutual(p, gold.get(k)) : overlap(p, gold.get(k)) > 0)) {
                        used[k] = true;
                        hit = true;
                    }
                }
                counts[hit ? 0 : 1]++;
            }
            for (boolean u : used) {
                counts[2] += u ? 0 : 1;
            }
        }

        Figures figures() {
            return new Figures(prf(content), prf(cue), prf(source), directRecalled, directGold, speakerRight, speakerTotal);
        }

        private static Prf prf(long[] c) {
            return new Prf(c[0], c[1], c[2]);
        }
    }

    /** A plain-text table of both systems. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "PolNeAR attributions, %d articles (system: %s); %.3f ms/article%n",
                articles, description, msPerArticle));
        sb.append(String.format(Locale.ROOT, "%-10s %-9s %7s %7s %7s %7s %7s %7s%n", "system", "what", "P", "R", "F1", "tp", "fp", "fn"));
        row(sb, "system", system);
        row(sb, "baseline", baseline);
        for (Object[] r : new Object[][] {{"system", system}, {"baseline", baseline}}) {
            Figures f = (Figures) r[1];
            sb.append(String.format(Locale.ROOT, "%-10s gold direct quotes recalled %d/%d (%.3f); direct-quote speaker match %d/%d = %.3f%n",
                    r[0], f.directRecalled(), f.directGold(), f.directGold() == 0 ? 0 : (double) f.directRecalled() / f.directGold(),
                    f.speakerRight(), f.speakerTotal(), f.speakerAccuracy()));
        }
        Map<String, Object> c = confidences.asMap();
        sb.append(String.format(Locale.ROOT, "system confidence of %s quotes: mean %.3f, right as a whole %.3f, ECE %.3f, Brier %.3f%n",
                c.get("quotes"), c.get("meanConfidence"), c.get("shareRight"), c.get("ece"), c.get("brier")));
        ((Map<?, ?>) c.get("levels")).forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-22s %s%n", k, v)));
        sb.append("match: content and source spans overlap >= 50% of each (mutual); cues any overlap; one to one\n");
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Figures f) {
        for (Object[] r : new Object[][] {{"content", f.content()}, {"cue", f.cue()}, {"source", f.source()}}) {
            Prf p = (Prf) r[1];
            sb.append(String.format(Locale.ROOT, "%-10s %-9s %7.3f %7.3f %7.3f %7d %7d %7d%n", name, r[0],
                    p.precision(), p.recall(), p.f1(), p.tp(), p.fp(), p.fn()));
        }
    }

    /** The figures as a map for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", articles);
        m.put("msPerArticle", msPerArticle);
        m.put("entities", "capitalised runs (no NER)");
        m.put("match", "content/source mutual overlap >= 50%; cue any overlap; one to one");
        m.put("description", description);
        m.put("system", figures(system));
        m.put("baseline", figures(baseline));
        m.put("systemConfidence", confidences.asMap());
        return m;
    }

    private static Map<String, Object> figures(Figures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Object[] r : new Object[][] {{"content", f.content()}, {"cue", f.cue()}, {"source", f.source()}}) {
            Prf p = (Prf) r[1];
            m.put((String) r[0], Map.of("precision", p.precision(), "recall", p.recall(), "f1", p.f1(),
                    "tp", p.tp(), "fp", p.fp(), "fn", p.fn()));
        }
        m.put("directQuotesRecalled", f.directRecalled());
        m.put("directQuotesGold", f.directGold());
        m.put("directSpeakerAccuracy", f.speakerAccuracy());
        m.put("directSpeakerCount", f.speakerTotal());
        return m;
    }
}
