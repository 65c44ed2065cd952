package org.credence.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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
import org.credence.signals.stance.FncData;
import org.credence.signals.stance.StanceModel;
import org.credence.signals.stance.StanceTrainer;

/**
 * {@code credence eval stance}: the headline-support signal's stance model on FNC-1 files
 * (bodies and stances CSV), scored with the FNC score, macro-F1, per-class F1 and the
 * confusion matrix, beside the majority baseline (always "unrelated") and the simple baseline
 * ({@link StanceBaseline}), both fit on the same training pairs as the model.
 *
 * <p>Which pairs: with split {@code auto}, the held-out TEST bodies ({@link FncData#side}) when
 * the stances file is the one the shipped model was trained from (same SHA-256 as in its
 * provenance), otherwise every pair (the competition test set, say). {@code test}, {@code dev},
 * {@code train} and {@code all} force a choice.
 *
 * @param data  what was evaluated, in words
 * @param split the pairs scored
 * @param rows  one score per system
 */
public record StanceEval(String data, String split, List<Row> rows) {

    /** Which pairs to score. */
    public enum Mode { AUTO, TEST, DEV, TRAIN, ALL }

    /** One system's score. */
    public record Row(String system, StanceScore score) {
    }

    public StanceEval {
        rows = List.copyOf(rows);
    }

    /**
     * Evaluates {@code model} on the pairs of {@code bodies}/{@code stances} that {@code mode}
     * picks; baselines are fit on the TRAIN and DEV pairs of the training files
     * ({@code trainBodies}/{@code trainStances}), or only the majority baseline is shown when
     * those are absent.
     */
    public static StanceEval evaluate(Path bodies, Path stances, Mode mode, StanceModel model,
                                      Path trainBodies, Path trainStances) throws IOException {
        FncData data = FncData.read(bodies, stances);
        boolean training = sha256(stances).equals(trainedOn(model));
        Mode m = mode == Mode.AUTO ? (training ? Mode.TEST : Mode.ALL) : mode;
        List<FncData.Pair> pairs = switch (m) {
            case TEST -> data.on(FncData.Side.TEST);
            case DEV -> data.on(FncData.Side.DEV);
            case TRAIN -> data.on(FncData.Side.TRAIN);
            default -> data.pairs();
        };
        String split = switch (m) {
            case TEST -> "test (held-out bodies, never tuned on)";
            case DEV -> "dev (tuned on)";
            case TRAIN -> "train (fit on)";
            default -> "all pairs of the file";
        };
        int[] gold = pairs.stream().mapToInt(FncData.Pair::stance).toArray();
        StanceTrainer.Texts texts = StanceTrainer.texts(data, pairs);
        StanceTrainer.Prepared prep = texts.prepare(model.features());
        int[] pred = new int[pairs.size()];
        for (int i = 0; i < pred.length; i++) {
            FncData.Pair p = pairs.get(i);
            pred[i] = model.predict(prep.headline(p.headline()), prep.body(p.bodyId())).label();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("credence", StanceScore.of(gold, pred)));
        rows.add(new Row("majority (always unrelated)", StanceScore.of(gold, new int[gold.length])));
        FncData train = training ? data
                : Files.exists(trainBodies) && Files.exists(trainStances) ? FncData.read(trainBodies, trainStances) : null;
        if (train != null) {
            List<FncData.Pair> fit = train.on(FncData.Side.TRAIN, FncData.Side.DEV);
            StanceTrainer.Texts ft = StanceTrainer.texts(train, fit);
            StanceBaseline b = StanceBaseline.fit(fit, ft.bodies(), ft.headlines());
            int[] bp = new int[pairs.size()];
            for (int i = 0; i < bp.length; i++) {
                FncData.Pair p = pairs.get(i);
                bp[i] = b.predict(texts.headlines().get(p.headline()), texts.bodies().get(p.bodyId()));
            }
            rows.add(new Row(String.format(Locale.ROOT, "TF-IDF cosine >= %.2f + overlap LR (baseline)", b.threshold()),
                    StanceScore.of(gold, bp)));
        }
        return new StanceEval(stances.getFileName() + " with " + bodies.getFileName(), split, rows);
    }

    /** The SHA-256 of the stances file the model was trained from, or "" when not recorded. */
    static String trainedOn(StanceModel model) {
        try {
            JsonNode n = new ObjectMapper().readTree(model.provenance());
            return n.path("data").path("fnc1/train_stances.csv").path("sha256").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** The hex SHA-256 of a file. */
    public static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table: one row per system, then each system's confusion matrix. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append("FNC-1 stance: ").append(data).append(", ").append(split).append(", ")
                .append(rows.get(0).score().total()).append(" pairs\n\n");
        b.append("| system | FNC score | % of max | macro-F1 | accuracy | F1 unrelated | F1 discuss | F1 agree | F1 disagree |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            StanceScore s = r.score();
            b.append(String.format(Locale.ROOT, "| %s | %.2f / %.2f | %.2f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |%n",
                    r.system(), s.fnc(), s.fncMax(), s.fncPercent(), s.macroF1(), s.accuracy(),
                    s.prf(0).f1(), s.prf(1).f1(), s.prf(2).f1(), s.prf(3).f1()));
        }
        for (Row r : rows) {
            b.append("\nConfusion, ").append(r.system()).append(" (rows gold, columns predicted):\n\n");
            b.append("| gold \\ predicted | unrelated | discuss | agree | disagree |\n|---|---|---|---|---|\n");
            for (int g = 0; g < 4; g++) {
                b.append("| ").append(StanceScore.LABELS.get(g));
                for (int p = 0; p < 4; p++) {
                    b.append(" | ").append(r.score().confusion()[g][p]);
                }
                b.append(" |\n");
            }
        }
        return b.toString();
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", data);
        m.put("split", split);
        Map<String, Object> systems = new LinkedHashMap<>();
        for (Row r : rows) {
            systems.put(r.system(), r.score().asMap());
        }
        m.put("systems", systems);
        return m;
    }
}
