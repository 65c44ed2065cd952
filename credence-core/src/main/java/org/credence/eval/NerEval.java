package org.credence.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.language.ner.BioChunks;
import org.credence.language.ner.EntityRecognizer;
import org.credence.language.ner.NerCorpus;
import org.credence.language.ner.NerMention;
import org.credence.language.ner.NerScore;
import org.credence.ml.Metrics;

/**
 * Entity-level exact-match evaluation of an {@link EntityRecognizer} on a labelled file, with
 * conlleval semantics (an entity counts only when its first token, last token and type all
 * match), overall and per type, beside a trivial baseline: every maximal run of capitalised
 * tokens (a lone sentence-initial word left out) is a person.
 *
 * <p>Tokens come from the file, one document at a time ({@link EntityRecognizer#tag}).
 * <ul>
 *   <li>{@link NerCorpus.Format#CONLL2003}: the model's own labels (PER, ORG, LOC, MISC) are
 *       compared with the file's.</li>
 *   <li>{@link NerCorpus.Format#CONLL2012} (OntoNotes): gold types are mapped to Credence's
 *       {@link org.credence.model.EntityType} as documented there (numeric types dropped) and
 *       compared with the recognizer's refined types, so GPE vs LOCATION and NATIONALITY are
 *       measured too.</li>
 * </ul>
 */
public final class NerEval {

    private final String source;
    private final NerCorpus.Format format;
    private final int documents;
    private final long tokens;
    private final NerScore model;
    private final NerScore baseline;
    private final double[] confidences;
    private final int[] correct;
    private final double seconds;

    private NerEval(String source, NerCorpus.Format format, int documents, long tokens, NerScore model,
                    NerScore baseline, double[] confidences, int[] correct, double seconds) {
        this.source = source;
        this.format = format;
        this.documents = documents;
        this.tokens = tokens;
        this.model = model;
        this.baseline = baseline;
        this.confidences = confidences;
        this.correct = correct;
        this.seconds = seconds;
    }

    /** Evaluates {@code recognizer} on {@code file} (plain or .gz). */
    public static NerEval evaluate(Path file, NerCorpus.Format format, EntityRecognizer recognizer) throws IOException {
        if (file == null || format == null || recognizer == null) {
            throw new IllegalArgumentException("file, format and recognizer are required");
        }
        List<NerCorpus.Document> docs = NerCorpus.read(file, format);
        NerScore model = new NerScore();
        NerScore base = new NerScore();
        List<Double> confidences = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        long tokens = 0;
        long t0 = System.nanoTime();
        boolean onto = format == NerCorpus.Format.CONLL2012;
        for (NerCorpus.Document d : docs) {
            List<List<String>> words = new ArrayList<>();
            for (NerCorpus.Sentence s : d.sentences()) {
                words.add(s.words());
                tokens += s.size();
            }
            List<List<NerMention>> found = recognizer.tag(words);
            for (int k = 0; k < words.size(); k++) {
                List<BioChunks.Chunk> gold = new ArrayList<>();
                for (BioChunks.Chunk c : BioChunks.of(d.sentences().get(k).tags())) {
                    String t = onto ? ontoType(c.type()) : c.type();
                    if (t != null) {
                        gold.add(new BioChunks.Chunk(c.start(), c.end(), t));
                    }
                }
                List<BioChunks.Chunk> pred = new ArrayList<>();
                Set<BioChunks.Chunk> goldSet = new HashSet<>(gold);
                for (NerMention m : found.get(k)) {
                    BioChunks.Chunk c = new BioChunks.Chunk(m.start(), m.end(), onto ? m.type().name() : m.label());
                    pred.add(c);
                    confidences.add(m.confidence());
                    correct.add(goldSet.contains(c) ? 1 : 0);
                }
                model.add(gold, pred);
                base.add(gold, capitalisedRuns(words.get(k), onto ? "PERSON" : "PER"));
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        return new NerEval(file.getFileName().toString(), format, docs.size(), tokens, model, base,
                confidences.stream().mapToDouble(Double::doubleValue).toArray(),
                correct.stream().mapToInt(Integer::intValue).toArray(), secs);
    }

    /** An OntoNotes type as an {@link org.credence.model.EntityType} name, or null for numeric types. */
    static String ontoType(String t) {
        return switch (t) {
            case "PERSON" -> "PERSON";
            case "ORG" -> "ORGANIZATION";
            case "GPE" -> "GPE";
            case "LOC", "FAC" -> "LOCATION";
            case "NORP" -> "NATIONALITY";
            case "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE" -> "MISC";
            default -> null;
        };
    }

    static List<BioChunks.Chunk> capitalisedRuns(List<String> words, String type) {
        List<BioChunks.Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!capitalised(words.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < words.size() && capitalised(words.get(j))) {
                j++;
            }
            if (!(i == 0 && j == 1)) {
                out.add(new BioChunks.Chunk(i, j, type));
            }
            i = j;
        }
        return out;
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    public NerScore model() {
        return model;
    }

    public NerScore baseline() {
        return baseline;
    }

    /**
     * How well the found entities' confidences say how often they are right (an entity is right
     * when a gold entity has its tokens and type): entities, mean confidence, share right, expected
     * calibration error over 10 equal-width bins, Brier score.
     */
    public Map<String, Object> confidence() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entities", correct.length);
        m.putAll(Metrics.calibration(correct, confidences));
        return m;
    }

    /** Tokens per second of the recognizer's tagging (wall clock, this thread). */
    public double tokensPerSecond() {
        return seconds > 0 ? tokens / seconds : 0;
    }

    /** A plain-text table: overall and per type for the model, then the baseline. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("NER %s (%s): %d documents, %,d tokens, %,.0f tokens/s%n", source, format,
                documents, tokens, tokensPerSecond()));
        sb.append(String.format("%-22s %9s %9s %9s %7s%n", "", "precision", "recall", "F1", "gold"));
        row(sb, "model", model.overall());
        model.perType().forEach((k, v) -> row(sb, "  " + k, v));
        row(sb, "baseline (caps = " + (format == NerCorpus.Format.CONLL2012 ? "PERSON" : "PER") + ")",
                baseline.overall());
        Map<String, Object> c = confidence();
        sb.append(String.format("confidence of the %s entities found: mean %.3f, right %.3f, ECE %.3f, Brier %.3f%n",
                c.get("entities"), c.get("meanConfidence"), c.get("shareRight"), c.get("ece"), c.get("brier")));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Prf p) {
        sb.append(String.format("%-22s %9.2f %9.2f %9.2f %7d%n", name, 100 * p.precision(), 100 * p.recall(),
                100 * p.f1(), p.tp() + p.fn()));
    }

    /** The figures as a JSON-friendly map. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("format", format.name());
        m.put("documents", documents);
        m.put("tokens", tokens);
        m.put("tokensPerSecond", Math.round(tokensPerSecond()));
        m.put("model", model.asMap());
        m.put("baseline", baseline.asMap());
        m.put("confidence", confidence());
        return m;
    }
}
