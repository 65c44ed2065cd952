package org.credence.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.credence.Credence;
import org.credence.scoring.ScoreModel;
import org.credence.scoring.ScoreRecipes;
import org.credence.scoring.ScoreTrainer;

/**
 * Reproduces the shipped scoring models from the shared data ({@code credence train reliability},
 * {@code credence train hyperpartisan}); deterministic.
 *
 * <ul>
 *   <li>{@code unreliable}: BuzzFeed-Webis 2016 (veracity: mostly true is reliable, mostly false
 *       and mixture unreliable) plus the FakeNewsNet articles that do not repeat a
 *       BuzzFeed-Webis article (fake is unreliable); grouped by outlet.</li>
 *   <li>{@code hyperpartisan}: SemEval-2019 task 4 by-article training set; grouped by
 *       publisher (URL host).</li>
 * </ul>
 * Writes the model ({@code .bin.gz}) and its provenance ({@code .json}) beside it: the data
 * (file count, bytes and a SHA-256 over the files' names and digests), the split rule, the
 * candidates' cross-validated figures, the chosen parameters, the features and the calibration.
 */
public final class ScoreTraining {

    private ScoreTraining() {
    }

    /** Trains score {@code id} from the shared data folder and writes it to {@code out}. */
    public static ScoreModel train(String id, Path shared, Path out, PrintStream log) throws IOException {
        ScoreRecipes.Recipe recipe = ScoreRecipes.of(id);
        Map<String, Object> data = new LinkedHashMap<>();
        List<LabeledArticle> articles = new ArrayList<>();
        if (id.equals("unreliable")) {
            Path bwDir = shared.resolve("buzzfeed-webis-2016");
            Path fnnDir = shared.resolve("fakenewsnet-v1");
            ScoreData.Read bw = ScoreData.reliability(bwDir);
            ScoreData.Read fnn = ScoreData.reliability(fnnDir);
            NearDuplicates dups = new NearDuplicates(bw.articles());
            List<LabeledArticle> extra = fnn.articles().stream().filter(a -> !dups.repeats(a)).toList();
            articles.addAll(bw.articles());
            articles.addAll(extra);
            data.put("buzzfeed-webis-2016/articles", describe(bwDir.resolve("articles"), bw,
                    "veracity: mostly true = reliable; mostly false, mixture of true and false = unreliable; "
                            + "no factual content left out; outlet = portal"));
            Map<String, Object> f = describe(fnnDir.resolve("Data"), fnn,
                    "fake = unreliable, real = reliable; outlet = host of source, else of url");
            f.put("used", extra.size());
            f.put("left_out_repeating_buzzfeed_webis", fnn.articles().size() - extra.size());
            data.put("fakenewsnet-v1/Data", f);
        } else {
            Path dir = shared.resolve("semeval2019-hyperpartisan-byarticle");
            Path xml = dir.resolve("articles-training-byarticle-20181122.xml");
            Path truth = dir.resolve("ground-truth-training-byarticle-20181122.xml");
            ScoreData.Read se = ScoreData.hyperpartisan(xml, truth);
            articles.addAll(se.articles());
            Map<String, Object> d = describe(xml, se, "hyperpartisan true = hyperpartisan; outlet = host of the "
                    + "ground truth's url (publisher)");
            d.put("truth", describe(truth, null, ""));
            data.put("semeval2019-hyperpartisan-byarticle/articles-training-byarticle-20181122.xml", d);
        }
        log.printf(Locale.ROOT, "%s: %d labelled articles; analysing…%n", id, articles.size());
        List<ScoreEval.Item> items = ScoreEval.prepare(articles, Credence.withoutScores(), recipe.definition().positiveLabel());
        List<ScoreTrainer.Example> ex = items.stream().map(i -> new ScoreTrainer.Example(i.article().id(),
                i.article().outlet(), i.positive(), i.features())).toList();
        ScoreTrainer.Result r = ScoreTrainer.train(recipe.definition(), ex, recipe.grid(), recipe.folds(), data, log);
        ScoreModel m = r.model();
        m.toFile().write(out);
        Path prov = out.resolveSibling(out.getFileName().toString().replace(".bin.gz", "") + ".json");
        Files.writeString(prov, m.provenance() + "\n");
        log.printf(Locale.ROOT, "chosen %s; wrote %s (%d bytes) and %s%n", r.params(), out, Files.size(out), prov);
        return m;
    }

    /** Files, bytes and a SHA-256 over the sorted names and digests of a file or folder. */
    static Map<String, Object> describe(Path p, ScoreData.Read read, String labels) throws IOException {
        List<Path> files;
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(p);
        }
        MessageDigest all = sha256();
        long bytes = 0;
        for (Path f : files) {
            MessageDigest one = sha256();
            try (InputStream in = Files.newInputStream(f)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    one.update(buf, 0, n);
                    bytes += n;
                }
            }
            String rel = Files.isDirectory(p) ? p.relativize(f).toString() : f.getFileName().toString();
            all.update((rel + " " + HexFormat.of().formatHex(one.digest()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", files.size());
        m.put("bytes", bytes);
        m.put("sha256", HexFormat.of().formatHex(all.digest()));
        if (read != null) {
            m.put("articles", read.articles().size());
            m.put("labels", labels);
            if (!read.problems().isEmpty()) {
                m.put("left_out", read.problems().size() <= 5 ? read.problems() : read.problems().size() + " problems");
            }
        }
        return m;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
