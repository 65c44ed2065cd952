package org.credence.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.Credence;
import org.credence.eval.LabeledArticle;
import org.credence.eval.ScoreData;
import org.credence.eval.ScoreEval;
import org.credence.scoring.ArticleFeatures;
import org.credence.scoring.ScoreRecipes;
import org.credence.scoring.ScoreTrainer;

/**
 * Experiment for issue 5: do MiniLM sentence embeddings ({@link MiniLm}) make the article scores
 * transfer across collections? Evaluates, with the splits, near-duplicate removal, metrics and
 * baselines of {@code credence eval reliability|hyperpartisan} ({@link ScoreEval}), these
 * variants of the score's recipe, each trained by {@link ScoreTrainer} (candidate and Platt
 * scaling chosen by grouped cross-validation inside the training data only):
 * <ul>
 *   <li>{@code recipe}: the shipped recipe unchanged (signals, style, hashed words): reproduces
 *       the figures of {@code docs/EVALUATION.md};</li>
 *   <li>{@code dense}: signals and style only, no words;</li>
 *   <li>{@code emb}: the 384 embedding dimensions alone;</li>
 *   <li>{@code recipe+emb}: the recipe with the embedding dimensions as extra dense features;</li>
 *   <li>{@code dense+emb}: signals, style and embedding, no words.</li>
 * </ul>
 * Each embedding variant runs with each pooling: {@code head} (the first 256 wordpieces of
 * title + body) and {@code mean} (windows of 256 over the whole text, averaged).
 *
 * <pre>
 * mvn -o -q -Pbench -pl credence-bench -am package -DskipTests
 * java -Djava.util.concurrent.ForkJoinPool.common.parallelism=1 \
 *     -cp "$(cat credence-bench/target/classpath.txt):credence-bench/target/classes" \
 *     org.credence.bench.EmbeddingScores --task reliability \
 *     --cv ../shared/data/buzzfeed-webis-2016 \
 *     --pair ../shared/data/fakenewsnet-v1::../shared/data/buzzfeed-webis-2016
 * </pre>
 * Options: {@code --task reliability|hyperpartisan}; {@code --cv SPEC} and
 * {@code --pair TRAIN::TEST} (repeatable), where a SPEC is a data path as the eval command
 * takes it, or {@code ARTICLES.xml+TRUTH.xml} for SemEval; {@code --variants} and
 * {@code --pooling} (comma lists); {@code --cache FILE} (default
 * {@code /tmp/credence-emb5/minilm-q.bin}); {@code --folds N}.
 */
public final class EmbeddingScores {

    /** One way to build the score's features, with its candidates. */
    enum Variant {
        RECIPE("recipe", "recipe: signals + style + words (shipped)", false, true, true),
        DENSE("dense", "signals + style, no words", false, true, false),
        EMB("emb", "embedding alone", true, false, false),
        RECIPE_EMB("recipe+emb", "recipe + embedding", true, true, true),
        DENSE_EMB("dense+emb", "signals + style + embedding, no words", true, true, false);

        final String key;
        final String label;
        final boolean embedding;
        final boolean dense;
        final boolean words;

        Variant(String key, String label, boolean embedding, boolean dense, boolean words) {
            this.key = key;
            this.label = label;
            this.embedding = embedding;
            this.dense = dense;
            this.words = words;
        }

        static Variant of(String key) {
            for (Variant v : values()) {
                if (v.key.equals(key)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown variant '" + key + "'");
        }

        /**
         * Candidates: the shipped grid for {@code recipe}; with the embedding beside the words,
         * word weight 1 or 2 and dense weight 0.05, 0.15 or 0.3 (384 more standardised dense
         * features need a smaller scale); without words, dense weight 0.05 to 1.
         */
        List<ScoreTrainer.Params> grid(ScoreRecipes.Recipe recipe) {
            if (this == RECIPE) {
                return recipe.grid();
            }
            ScoreTrainer.Params base = recipe.grid().get(0);
            List<ScoreTrainer.Params> g = new ArrayList<>();
            if (words) {
                for (double t : new double[] {1, 2}) {
                    for (double d : new double[] {0.05, 0.15, 0.3}) {
                        g.add(new ScoreTrainer.Params(t, false, base.bits(), d, base.l2(), base.epochs(), base.rate(), base.seed()));
                    }
                }
            } else {
                for (double d : new double[] {0.05, 0.15, 0.3, 1}) {
                    g.add(new ScoreTrainer.Params(0, false, 4, d, base.l2(), base.epochs(), base.rate(), base.seed()));
                }
            }
            return g;
        }
    }

    /** Which part of the embedding a variant reads. */
    enum Pooling {
        HEAD, MEAN;

        float[] of(MiniLm.Embedding e) {
            return this == HEAD ? e.head() : e.mean();
        }
    }

    private EmbeddingScores() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> opts = options(args);
        String task = one(opts, "task", "reliability");
        ScoreRecipes.Recipe recipe = ScoreRecipes.of(task.equals("reliability") ? "unreliable" : task);
        boolean disjoint = Boolean.parseBoolean(one(opts, "disjoint-outlets", String.valueOf(task.equals("hyperpartisan"))));
        int folds = Integer.parseInt(one(opts, "folds", "5"));
        List<Variant> variants = Arrays.stream(one(opts, "variants", "recipe,dense,emb,recipe+emb,dense+emb").split(","))
                .map(Variant::of).toList();
        List<Pooling> poolings = Arrays.stream(one(opts, "pooling", "head,mean").split(","))
                .map(p -> Pooling.valueOf(p.toUpperCase(Locale.ROOT))).toList();
        Path cacheFile = Path.of(one(opts, "cache", "/tmp/credence-emb5/minilm-q.bin"));
        List<String> cvs = opts.getOrDefault("cv", List.of());
        List<String> pairs = opts.getOrDefault("pair", List.of());
        if (cvs.isEmpty() && pairs.isEmpty()) {
            throw new IllegalArgumentException("give --cv SPEC or --pair TRAIN::TEST");
        }

        Prepared prepared = new Prepared(task, recipe.definition().positiveLabel(), Credence.withoutScores());
        Map<String, Map<String, MiniLm.Embedding>> embeddings = new HashMap<>();
        List<String> specs = new ArrayList<>(cvs);
        for (String p : pairs) {
            specs.addAll(List.of(split(p)));
        }
        boolean anyEmbedding = variants.stream().anyMatch(v -> v.embedding);
        try (EmbeddingCache cache = new EmbeddingCache(cacheFile); Lazy model = new Lazy()) {
            for (String spec : specs) {
                List<ScoreEval.Item> items = prepared.items(spec);
                if (!anyEmbedding || embeddings.containsKey(spec)) {
                    continue;
                }
                Map<String, MiniLm.Embedding> byText = new HashMap<>();
                for (ScoreEval.Item it : items) {
                    String text = it.article().fullText();
                    byText.put(EmbeddingCache.key(text), cache.get(text, t -> model.get().embed(t)));
                }
                embeddings.put(spec, byText);
                System.err.printf(Locale.ROOT, "%s: %d articles embedded (%d computed so far this run)%n", spec,
                        items.size(), cache.computed());
                cost(spec, byText.values());
            }
        }

        // pairs first: one training per variant; cross-validation trains five times
        for (String pair : pairs) {
            String[] tt = split(pair);
            List<Row> rows = new ArrayList<>();
            for (Variant v : variants) {
                for (Pooling p : v.embedding ? poolings : List.of(Pooling.HEAD)) {
                    long t0 = System.nanoTime();
                    List<ScoreEval.Item> train = features(prepared.items(tt[0]), embeddings.get(tt[0]), v, p);
                    List<ScoreEval.Item> test = features(prepared.items(tt[1]), embeddings.get(tt[1]), v, p);
                    ScoreEval.Result r = ScoreEval.trainTest(variantRecipe(recipe, v, folds), tt[0], train, tt[1], test, disjoint);
                    rows.add(progress(pair, new Row(label(v, p), r), t0));
                }
            }
            print(rows);
        }
        for (String cv : cvs) {
            List<Row> rows = new ArrayList<>();
            for (Variant v : variants) {
                for (Pooling p : v.embedding ? poolings : List.of(Pooling.HEAD)) {
                    long t0 = System.nanoTime();
                    List<ScoreEval.Item> items = features(prepared.items(cv), embeddings.get(cv), v, p);
                    ScoreEval.Result r = ScoreEval.crossValidate(variantRecipe(recipe, v, folds), cv, items, folds);
                    rows.add(progress("cv " + cv, new Row(label(v, p), r), t0));
                }
            }
            print(rows);
        }
    }

    private static Row progress(String run, Row row, long t0) {
        System.err.printf(Locale.ROOT, "%s: %s (%.0f s)%n  %s", run, row.label(), (System.nanoTime() - t0) / 1e9,
                row(row.label(), row.result().credenceFigures()));
        return row;
    }

    private record Row(String label, ScoreEval.Result result) {
    }

    /** The model, loaded on first use only (a run whose embeddings are all cached never loads it). */
    private static final class Lazy implements AutoCloseable {
        private MiniLm model;

        MiniLm get() {
            if (model == null) {
                long t0 = System.nanoTime();
                model = new MiniLm();
                System.err.printf(Locale.ROOT, "MiniLM loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
            }
            return model;
        }

        @Override
        public void close() {
            if (model != null) {
                model.close();
            }
        }
    }

    private static String label(Variant v, Pooling p) {
        return v.embedding ? v.label + " [" + p.name().toLowerCase(Locale.ROOT) + "]" : v.label;
    }

    private static ScoreRecipes.Recipe variantRecipe(ScoreRecipes.Recipe recipe, Variant v, int folds) {
        return new ScoreRecipes.Recipe(recipe.definition(), v.grid(recipe), folds);
    }

    /**
     * The items with the variant's features: the analysed article's signal and style features
     * and words as the variant keeps them, and the embedding's dimensions as dense features
     * {@code emb:000}…{@code emb:383}. Whether an article can be scored is the pipeline's
     * verdict, whatever the variant reads, so every variant scores the same articles.
     */
    static List<ScoreEval.Item> features(List<ScoreEval.Item> items, Map<String, MiniLm.Embedding> emb, Variant v,
                                         Pooling p) {
        if (v == Variant.RECIPE) {
            return items;
        }
        List<ScoreEval.Item> out = new ArrayList<>(items.size());
        for (ScoreEval.Item it : items) {
            ArticleFeatures f = it.features();
            Map<String, Double> dense = v.dense ? new HashMap<>(f.dense()) : new HashMap<>();
            if (v.embedding) {
                MiniLm.Embedding e = emb.get(EmbeddingCache.key(it.article().fullText()));
                if (e == null) {
                    throw new IllegalStateException("no embedding for " + it.article().id());
                }
                float[] x = p.of(e);
                for (int i = 0; i < x.length; i++) {
                    dense.put(String.format(Locale.ROOT, "emb:%03d", i), (double) x[i]);
                }
            }
            ArticleFeatures g = v.words
                    ? ArticleFeatures.of(dense, f.unigrams(), f.unigramCounts(), f.bigrams(), f.bigramCounts(),
                            f.unscorable().orElse(null))
                    : ArticleFeatures.of(dense, new int[0], new float[0], new int[0], new float[0], f.unscorable().orElse(null));
            out.add(new ScoreEval.Item(it.article(), it.positive(), g));
        }
        return out;
    }

    /** Prints one table: each variant's figures, then the majority and TF-IDF baselines. */
    private static void print(List<Row> rows) {
        ScoreEval.Result first = rows.get(0).result();
        for (Row r : rows) {
            if (!Arrays.equals(r.result().y(), first.y())) {
                throw new IllegalStateException("variants scored different test articles: " + r.label());
            }
        }
        String table = first.table();
        int header = table.indexOf("system ");
        StringBuilder sb = new StringBuilder(table.substring(0, header));
        sb.append(String.format(Locale.ROOT, "%-52s %8s %8s %8s %7s %7s%n", "system", "accuracy", "macro-F1",
                "ROC-AUC", "Brier", "ECE"));
        for (Row r : rows) {
            sb.append(row(r.label(), r.result().credenceFigures()));
        }
        sb.append(row(first.rows().get(1).system(), first.rows().get(1)));
        sb.append(row(first.rows().get(2).system(), first.rows().get(2)));
        sb.append("Accuracy and macro-F1 at P >= 0.5; ECE over 10 equal-width bins.\n");
        System.out.println(sb);
        System.out.flush();
    }

    private static String row(String label, ScoreEval.Figures f) {
        return String.format(Locale.ROOT, "%-52s %8.4f %8.4f %8.4f %7.4f %7.4f%n", label, f.accuracy(), f.macroF1(),
                f.rocAuc(), f.brier(), f.ece());
    }

    /** Prints the embedding's cost over these articles, as measured when each was embedded. */
    private static void cost(String spec, java.util.Collection<MiniLm.Embedding> es) {
        double head = 0;
        double all = 0;
        double wp = 0;
        double win = 0;
        for (MiniLm.Embedding e : es) {
            head += e.headNanos();
            all += e.allNanos();
            wp += e.wordpieces();
            win += e.windows();
        }
        int n = Math.max(1, es.size());
        System.out.printf(Locale.ROOT, "Embedding cost over %s (%d articles, 1 thread, timed when embedded): "
                        + "first window %.1f ms, whole text %.1f ms an article; %.0f wordpieces, %.2f windows on average%n",
                spec, es.size(), head / n / 1e6, all / n / 1e6, wp / n, win / n);
    }

    /** Reads and analyses each data set once; articles read twice are analysed once. */
    private static final class Prepared {
        private final String task;
        private final String positive;
        private final Credence credence;
        private final Map<String, List<ScoreEval.Item>> bySpec = new HashMap<>();
        private final Map<String, ArticleFeatures> byArticle = new HashMap<>();

        Prepared(String task, String positive, Credence credence) {
            this.task = task;
            this.positive = positive;
            this.credence = credence;
        }

        List<ScoreEval.Item> items(String spec) {
            List<ScoreEval.Item> done = bySpec.get(spec);
            if (done != null) {
                return done;
            }
            ScoreData.Read read = read(spec);
            List<LabeledArticle> missing = read.articles().stream().filter(a -> !byArticle.containsKey(key(a))).toList();
            long t0 = System.nanoTime();
            for (ScoreEval.Item it : ScoreEval.prepare(missing, credence, positive)) {
                byArticle.put(key(it.article()), it.features());
            }
            List<ScoreEval.Item> items = new ArrayList<>();
            for (LabeledArticle a : read.articles()) {
                ArticleFeatures f = byArticle.get(key(a));
                if (f != null) {
                    items.add(new ScoreEval.Item(a, a.label().equals(positive), f));
                }
            }
            System.err.printf(Locale.ROOT, "%s: %d articles read (%d problems), %d analysed in %.1f s%n", spec,
                    read.articles().size(), read.problems().size(), missing.size(), (System.nanoTime() - t0) / 1e9);
            bySpec.put(spec, items);
            return items;
        }

        private ScoreData.Read read(String spec) {
            try {
                if (spec.contains("+")) {
                    String[] f = spec.split("\\+", 2);
                    return ScoreData.hyperpartisan(Path.of(f[0]), Path.of(f[1]));
                }
                return task.equals("reliability") ? ScoreData.reliability(Path.of(spec)) : ScoreData.hyperpartisan(Path.of(spec));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String key(LabeledArticle a) {
            return EmbeddingCache.key(a.id() + "\n" + a.url() + "\n" + a.outlet() + "\n" + a.title() + "\n" + a.text());
        }
    }

    private static String[] split(String pair) {
        String[] tt = pair.split("::", 2);
        if (tt.length != 2) {
            throw new IllegalArgumentException("a pair is TRAIN::TEST, got " + pair);
        }
        return tt;
    }

    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("options are --name value; got " + args[i]);
            }
            m.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
        }
        return m;
    }

    private static String one(Map<String, List<String>> opts, String name, String dflt) {
        List<String> v = opts.get(name);
        return v == null ? dflt : v.get(v.size() - 1);
    }
}
