package org.credence.language.ner;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.credence.language.Tokenizer;
import org.credence.model.Token;

/**
 * Derives hierarchical word clusters from unlabelled text in the shared data, in seconds: each
 * frequent word gets counts of its left and right neighbours among the most frequent words,
 * weighted by positive PMI and randomly projected to a dense vector; the vectors are split
 * recursively by spherical 2-means into a binary tree {@link WordClusters#DEPTH} levels deep.
 * Text: the words of CoNLL-2003 eng.train, OntoNotes 5 train, WikiANN train, the FNC-1
 * article bodies, and the news articles of the PTC (SemEval-2020 task 11) train set, PolNeAr
 * (train and dev), the Webis BuzzFeed corpus and the FakeNewsCorpus sample (no labels are read).
 * Training-time only; deterministic for a seed.
 */
final class ClusterBuilder {

    static final List<String> FILES = List.of("ontonotes5-conll2012-ner/onto5.train.ner.conll.gz",
            "fnc1/train_bodies.csv", "ptc-semeval2020/train-articles", "polnear/data/train/text",
            "polnear/data/dev/text", "buzzfeed-webis-2016/articles", "fakenewscorpus-sample/news_sample.csv");
    private static final Pattern PARAGRAPH = Pattern.compile("<paragraph>(.*?)</paragraph>", Pattern.DOTALL);
    private static final int VOCAB = 60_000;
    private static final int MIN_COUNT = 3;
    private static final int CONTEXTS = 800;
    private static final int DIM = 96;

    private ClusterBuilder() {
    }

    static WordClusters build(Path data, long seed) throws IOException {
        List<String[]> sentences = new ArrayList<>();
        addCorpus(sentences, NerCorpus.read(data.resolve("conll2003-en/eng.train"), NerCorpus.Format.CONLL2003));
        addCorpus(sentences, NerCorpus.read(data.resolve(FILES.get(0)), NerCorpus.Format.CONLL2012));
        addCorpus(sentences, NerCorpus.read(data.resolve("wikiann-en/train"), NerCorpus.Format.WIKIANN));
        Tokenizer tok = new Tokenizer();
        try (Reader r = Files.newBufferedReader(data.resolve(FILES.get(1)), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                String body = rec.get(1);
                for (String para : body.split("\n+")) {
                    List<Token> ts = tok.tokenize(para);
                    if (!ts.isEmpty()) {
                        sentences.add(ts.stream().map(t -> t.text(para)).toArray(String[]::new));
                    }
                }
            }
        }
        for (String dir : FILES.subList(2, 5)) {
            for (Path f : files(data.resolve(dir))) {
                addText(sentences, tok, Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        for (Path f : files(data.resolve(FILES.get(5)))) {
            Matcher m = PARAGRAPH.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                addText(sentences, tok, m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&apos;", "'").replace("&amp;", "&"));
            }
        }
        try (Reader r = Files.newBufferedReader(data.resolve(FILES.get(6)), StandardCharsets.UTF_8)) {
            // columns: (row number), id, domain, type, url, content, ...
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setSkipHeaderRecord(false).build().parse(r)) {
                if (rec.getRecordNumber() > 1 && rec.size() > 5) {
                    addText(sentences, tok, rec.get(5));
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> vocab = new ArrayList<>(counts.keySet());
        vocab.removeIf(w -> counts.get(w) < MIN_COUNT);
        vocab.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
        if (vocab.size() > VOCAB) {
            vocab = new ArrayList<>(vocab.subList(0, VOCAB));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            index.put(vocab.get(i), i);
        }
        int v = vocab.size();
        int ctx = Math.min(CONTEXTS, v);
        float[][] cooc = new float[v][2 * ctx];
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer wi = index.get(s[i]);
                if (wi == null) {
                    continue;
                }
                Integer l = i > 0 ? index.get(s[i - 1]) : null;
                Integer r = i + 1 < s.length ? index.get(s[i + 1]) : null;
                if (l != null && l < ctx) {
                    cooc[wi][l]++;
                }
                if (r != null && r < ctx) {
                    cooc[wi][ctx + r]++;
                }
            }
        }
        float[][] vec = project(ppmi(cooc), seed);
        int[] path = new int[v];
        int[] all = new int[v];
        Arrays.setAll(all, i -> i);
        split(vec, all, 0, 0, path, new Random(seed));
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < v; i++) {
            out.put(vocab.get(i), path[i]);
        }
        return WordClusters.of(out);
    }

    /** The regular files under {@code dir}, sorted by name. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void addText(List<String[]> out, Tokenizer tok, String text) {
        for (String para : text.split("\n+")) {
            List<Token> ts = tok.tokenize(para);
            if (!ts.isEmpty()) {
                out.add(ts.stream().map(t -> t.text(para)).toArray(String[]::new));
            }
        }
    }

    private static void addCorpus(List<String[]> out, List<NerCorpus.Document> docs) {
        for (NerCorpus.Document d : docs) {
            for (NerCorpus.Sentence s : d.sentences()) {
                out.add(s.words().toArray(String[]::new));
            }
        }
    }

    private static float[][] ppmi(float[][] c) {
        int d = c[0].length;
        double[] col = new double[d];
        double total = 0;
        double[] row = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < d; j++) {
                col[j] += c[i][j];
                row[i] += c[i][j];
            }
            total += row[i];
        }
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < d; j++) {
                if (c[i][j] > 0) {
                    double pmi = Math.log(c[i][j] * total / (row[i] * Math.pow(col[j], 0.75)
                            * Math.pow(total, 0.25)));
                    c[i][j] = (float) Math.max(0, pmi);
                }
            }
        }
        return c;
    }

    private static float[][] project(float[][] x, long seed) {
        int d = x[0].length;
        Random rnd = new Random(seed);
        float[][] proj = new float[d][DIM];
        for (float[] p : proj) {
            for (int k = 0; k < DIM; k++) {
                p[k] = (float) rnd.nextGaussian();
            }
        }
        float[][] out = new float[x.length][DIM];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                float a = x[i][j];
                if (a != 0) {
                    float[] p = proj[j];
                    for (int k = 0; k < DIM; k++) {
                        out[i][k] += a * p[k];
                    }
                }
            }
            normalize(out[i]);
        }
        return out;
    }

    private static void normalize(float[] a) {
        double n = 0;
        for (float f : a) {
            n += f * f;
        }
        n = Math.sqrt(n);
        if (n > 0) {
            for (int k = 0; k < a.length; k++) {
                a[k] /= n;
            }
        }
    }

    private static void split(float[][] vec, int[] members, int depth, int prefix, int[] path, Random rnd) {
        if (depth == WordClusters.DEPTH || members.length < 2) {
            for (int m : members) {
                path[m] = prefix << (WordClusters.DEPTH - depth);
            }
            return;
        }
        float[] c0 = vec[members[0]].clone();
        float[] c1 = vec[members[members.length - 1 - rnd.nextInt(Math.max(1, members.length / 2))]].clone();
        boolean[] side = new boolean[members.length];
        for (int iter = 0; iter < 6; iter++) {
            float[] s0 = new float[DIM];
            float[] s1 = new float[DIM];
            for (int i = 0; i < members.length; i++) {
                float[] x = vec[members[i]];
                side[i] = dot(x, c1) > dot(x, c0);
                float[] s = side[i] ? s1 : s0;
                for (int k = 0; k < DIM; k++) {
                    s[k] += x[k];
                }
            }
            normalize(s0);
            normalize(s1);
            c0 = s0;
            c1 = s1;
        }
        int n1 = 0;
        for (boolean b : side) {
            n1 += b ? 1 : 0;
        }
        int[] a = new int[members.length - n1];
        int[] b = new int[n1];
        int ia = 0;
        int ib = 0;
        for (int i = 0; i < members.length; i++) {
            if (side[i]) {
                b[ib++] = members[i];
            } else {
                a[ia++] = members[i];
            }
        }
        split(vec, a, depth + 1, prefix << 1, path, rnd);
        split(vec, b, depth + 1, (prefix << 1) | 1, path, rnd);
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
