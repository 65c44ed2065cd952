package org.credence.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.credence.Credence;
import org.credence.language.coref.NominalLinker;
import org.credence.model.Document;
import org.credence.model.Entity;
import org.credence.model.EntityChain;
import org.credence.model.EntityType;
import org.credence.model.NominalMention;
import org.credence.model.Sentence;
import org.credence.model.Span;

/**
 * Nominal mention links on plain-text articles, for judging by hand: there is no gold
 * coreference set for them. Runs the whole pipeline on every {@code .txt} file under the data
 * path (a PolNeAR compartment's {@code text/} when there is one), counts the definite role phrases
 * the linker considered and the links it made by reason, and draws a seeded random sample of links,
 * each printed with its sentence and its evidence, to be marked right or wrong by a reader.
 *
 * <p>Baseline, sampled the same way: every considered phrase linked to the chain of the nearest
 * named mention before it of the compatible type (person for roles, organisation otherwise),
 * however far back.
 */
public final class NominalEval {

    /** One link: where, what, to which chain, why, and the text a judge needs. */
    public record Link(String file, Span span, String mention, String chain, String reason, String evidence,
                       String context) {
    }

    private final String data;
    private final int articles;
    private final int considered;
    private final Map<String, Integer> byReason;
    private final List<Link> system;
    private final List<Link> baseline;
    private final int sampleSize;
    private final long seed;

    private NominalEval(String data, int articles, int considered, Map<String, Integer> byReason, List<Link> system,
                        List<Link> baseline, int sampleSize, long seed) {
        this.data = data;
        this.articles = articles;
        this.considered = considered;
        this.byReason = byReason;
        this.system = system;
        this.baseline = baseline;
        this.sampleSize = sampleSize;
        this.seed = seed;
    }

    /** Runs {@code credence} on every article under {@code data} and samples {@code sample} links of each system. */
    public static NominalEval evaluate(Path data, Credence credence, int sample, long seed) throws IOException {
        if (sample < 0) {
            throw new IllegalArgumentException("sample " + sample + " is negative");
        }
        Path dir = Files.isDirectory(data.resolve("text")) ? data.resolve("text") : data;
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        NominalLinker linker = new NominalLinker();
        int considered = 0;
        Map<String, Integer> byReason = new TreeMap<>();
        List<Link> system = new ArrayList<>();
        List<Link> baseline = new ArrayList<>();
        for (Path f : files) {
            String name = dir.relativize(f).toString();
            Document doc = credence.analyzeText(Files.readString(f, StandardCharsets.UTF_8));
            String text = doc.text();
            NominalLinker.Result r = linker.analyse(text, doc.language());
            considered += r.candidates().size();
            for (EntityChain c : r.chains()) {
                for (NominalMention n : c.nominals()) {
                    String reason = n.reason().name().toLowerCase(Locale.ROOT);
                    byReason.merge(reason, 1, Integer::sum);
                    system.add(new Link(name, n.span(), n.text(text), c.name(), reason, n.evidence().in(text),
                            context(doc, n.span(), n.evidence())));
                }
            }
            for (NominalLinker.Candidate k : r.candidates()) {
                Entity near = null;
                for (Entity e : doc.language().entities()) {
                    if (e.span().end() <= k.span().start() && e.chain() >= 0
                            && (k.person() ? e.type() == EntityType.PERSON : e.type() == EntityType.ORGANIZATION)) {
                        near = e;
                    }
                }
                if (near != null) {
                    baseline.add(new Link(name, k.span(), k.span().in(text), r.chains().get(near.chain()).name(), "nearest",
                            near.span().in(text), context(doc, k.span(), near.span())));
                }
            }
        }
        return new NominalEval(data.toString(), files.size(), considered, byReason, system, baseline, sample, seed);
    }

    /** The sentence of {@code span} with the mention in [brackets], and the evidence's sentence when another. */
    private static String context(Document doc, Span span, Span evidence) {
        String text = doc.text();
        Span s = sentenceOf(doc, span);
        String own = text.substring(s.start(), span.start()) + "[" + span.in(text) + "]" + text.substring(span.end(), s.end());
        Span e = sentenceOf(doc, evidence);
        if (e.equals(s)) {
            return flat(own);
        }
        return flat(own) + "  <<  " + flat(e.in(text));
    }

    private static Span sentenceOf(Document doc, Span span) {
        for (Sentence se : doc.language().sentences()) {
            if (se.span().contains(span.start())) {
                return se.span();
            }
        }
        return span;
    }

    private static String flat(String s) {
        String x = s.replaceAll("\\s+", " ");
        return x.length() > 400 ? x.substring(0, 400) + "…" : x;
    }

    /** A seeded random sample of {@code links}, in file and text order. */
    private List<Link> sample(List<Link> links) {
        List<Link> copy = new ArrayList<>(links);
        Collections.shuffle(copy, new Random(seed));
        List<Link> out = new ArrayList<>(copy.subList(0, Math.min(sampleSize, copy.size())));
        out.sort((a, b) -> a.file.equals(b.file) ? a.span.compareTo(b.span) : a.file.compareTo(b.file));
        return out;
    }

    public List<Link> systemSample() {
        return sample(system);
    }

    public List<Link> baselineSample() {
        return sample(baseline);
    }

    /** Counts, then the two samples, one link a block. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "nominal links on %d articles (%s)%n", articles, data));
        sb.append(String.format(Locale.ROOT, "definite role phrases considered: %d%n", considered));
        sb.append(String.format(Locale.ROOT, "%-10s %8s   %s%n", "system", "links", "by reason"));
        sb.append(String.format(Locale.ROOT, "%-10s %8d   %s%n", "credence", system.size(), byReason));
        sb.append(String.format(Locale.ROOT, "%-10s %8d   %s%n", "baseline", baseline.size(),
                "nearest earlier name of the compatible type"));
        sb.append("no gold set: judge the samples below by hand (right = the phrase refers to the chain's entity)\n");
        appendSample(sb, "credence", systemSample());
        appendSample(sb, "baseline", baselineSample());
        return sb.toString();
    }

    private void appendSample(StringBuilder sb, String who, List<Link> links) {
        sb.append(String.format(Locale.ROOT, "%nsample of %d %s links (seed %d):%n", links.size(), who, seed));
        int i = 0;
        for (Link l : links) {
            sb.append(String.format(Locale.ROOT, "%3d. %s @%d  \"%s\" -> %s  (%s: \"%s\")%n     %s%n", ++i, l.file,
                    l.span.start(), l.mention, l.chain, l.reason, l.evidence, l.context));
        }
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", data);
        m.put("articles", articles);
        m.put("considered", considered);
        m.put("links", system.size());
        m.put("byReason", byReason);
        m.put("baselineLinks", baseline.size());
        m.put("seed", seed);
        m.put("sample", systemSample());
        m.put("baselineSample", baselineSample());
        return m;
    }
}
