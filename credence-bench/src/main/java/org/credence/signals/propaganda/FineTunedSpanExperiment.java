package org.credence.signals.propaganda;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.bench.MiniLmSession;
import org.credence.bench.MiniLmTokenEmbedder;
import org.credence.bench.MiniLmTokenEmbedder.Wordpieces;
import org.credence.ml.LinearModel;
import org.credence.model.Token;
import org.credence.transformer.TransformerTagger;
import org.credence.transformer.WordPieceTokenizer;

/**
 * Experiment (issue 4, not shipped): propaganda token probabilities from all-MiniLM-L6-v2
 * <em>fine-tuned</em> as a wordpiece classifier (O / S / L, the token model's classes) outside Java
 * ({@code credence-bench/finetune/finetune.py}, PyTorch), interpolated with the shipped token
 * model's and decoded as {@link EmbeddingSpanExperiment} does.
 *
 * <p>Modes (data folder {@code ../shared/data} unless {@code data=DIR}):
 * <ul>
 * <li>{@code wordpieces out=FILE}: one line per PTC article, tab-separated: id, part
 *     (train/dev/test), the wordpiece ids and each wordpiece's class (the highest class of the
 *     Credence tokens it shares a character with), space-separated.</li>
 * <li>{@code dev probs=FILE}: the base model trained on TRAIN; DEV scored with the fine-tuned
 *     probabilities in FILE (lines: id, tab, P(O) P(S) P(L) per wordpiece) over the alpha and
 *     decoding grids. The fragment gate is trained on the base model's out-of-fold
 *     probabilities (no out-of-fold fine-tuned ones exist).</li>
 * <li>{@code test probs=FILE alpha=A threshold=T gate=G split=S}: the base model trained on TRAIN +
 *     DEV, TEST scored once at the chosen setting and at alpha 1.</li>
 * </ul>
 */
public final class FineTunedSpanExperiment {

    private FineTunedSpanExperiment() {
    }

    /** Writes the wordpieces and their classes of every article (see the class comment). */
    static void wordpieces(Map<String, List<Prepared>> parts, Path out) throws IOException {
        try (HuggingFaceTokenizer tok = MiniLmSession.newTokenizer();
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<Prepared>> e : parts.entrySet()) {
                for (Prepared a : e.getValue()) {
                    Wordpieces p = MiniLmTokenEmbedder.wordpieces(tok, a.doc().text());
                    int[] y = pieceClasses(p, a.tokens().tokens, a.tokenClasses());
                    StringBuilder ids = new StringBuilder();
                    StringBuilder ys = new StringBuilder();
                    for (int i = 0; i < p.size(); i++) {
                        ids.append(i == 0 ? "" : " ").append(p.ids()[i]);
                        ys.append(i == 0 ? "" : " ").append(y[i]);
                    }
                    w.write(a.article().id() + "\t" + e.getKey() + "\t" + ids + "\t" + ys + "\n");
                }
            }
        }
    }

    /** Per wordpiece, the highest class of the tokens sharing a character with it (0 for none). */
    static int[] pieceClasses(Wordpieces p, List<Token> tokens, int[] classes) {
        int[] y = new int[p.size()];
        int t = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.start()[i] < 0) {
                continue;
            }
            while (t < tokens.size() && tokens.get(t).span().end() <= p.start()[i]) {
                t++;
            }
            for (int k = t; k < tokens.size() && tokens.get(k).span().start() < p.end()[i]; k++) {
                y[i] = Math.max(y[i], classes[k]);
            }
        }
        return y;
    }

    /**
     * The fine-tuned probabilities of {@code probs} mapped onto each article's tokens: a token's
     * P(O) and P(L) are the means over the wordpieces sharing a character with it.
     */
    static List<DenseTokenModel.Scores> read(Path probs, List<Prepared> articles) throws IOException {
        Map<String, float[]> byId = new HashMap<>();
        for (String line : Files.readAllLines(probs, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            String[] f = line.substring(tab + 1).trim().split(" ");
            float[] v = new float[f.length];
            for (int i = 0; i < f.length; i++) {
                v[i] = Float.parseFloat(f[i]);
            }
            byId.put(line.substring(0, tab), v);
        }
        List<DenseTokenModel.Scores> out = new ArrayList<>();
        try (HuggingFaceTokenizer tok = MiniLmSession.newTokenizer()) {
            for (Prepared a : articles) {
                float[] v = byId.get(a.article().id());
                Wordpieces p = MiniLmTokenEmbedder.wordpieces(tok, a.doc().text());
                if (v == null || v.length != 3 * p.size()) {
                    throw new IOException("article " + a.article().id() + ": expected " + 3 * p.size()
                            + " probabilities, got " + (v == null ? "none" : v.length));
                }
                float[][] rows = new float[p.size()][];
                for (int i = 0; i < p.size(); i++) {
                    rows[i] = new float[] {v[3 * i], v[3 * i + 1], v[3 * i + 2]};
                }
                out.add(toScores(p.start(), p.end(), rows, a.tokens().tokens));
            }
        }
        return out;
    }

    /** The probabilities the fine-tuned model run in Java (ONNX Runtime) gives, mapped as {@link #read} does. */
    static List<DenseTokenModel.Scores> tag(TransformerTagger tagger, List<Prepared> articles) {
        List<DenseTokenModel.Scores> out = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Prepared a : articles) {
            TransformerTagger.Tagged t = tagger.tag(a.doc().text());
            out.add(toScores(t.pieces().start(), t.pieces().end(), t.probs(), a.tokens().tokens));
        }
        System.err.printf(Locale.ROOT, "[ft] tagged %d articles in Java, %.0f ms an article%n", articles.size(),
                (System.nanoTime() - t0) / 1e6 / articles.size());
        return out;
    }

    /** A token's P(O) and P(L): means over the wordpieces sharing a character with it. */
    static DenseTokenModel.Scores toScores(int[] start, int[] end, float[][] rows, List<Token> tokens) {
        float[][] mean = MiniLmTokenEmbedder.map(new MiniLmTokenEmbedder.Pieces(start, end, rows),
                tokens.stream().map(Token::span).toList(), 3);
        float[] prop = new float[tokens.size()];
        float[] lng = new float[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            boolean none = mean[i][0] == 0 && mean[i][1] == 0 && mean[i][2] == 0;
            prop[i] = none ? 0 : 1 - mean[i][0];
            lng[i] = mean[i][2];
        }
        return new DenseTokenModel.Scores(prop, lng);
    }

    /** The held-out scores: from {@code probs=FILE} or, with {@code model=FILE vocab=FILE}, run in Java. */
    static List<DenseTokenModel.Scores> tuned(Map<String, String> o, List<Prepared> held) throws IOException {
        if (o.containsKey("probs")) {
            return read(Path.of(o.get("probs")), held);
        }
        WordPieceTokenizer tok;
        try (InputStream in = Files.newInputStream(Path.of(o.get("vocab")))) {
            tok = WordPieceTokenizer.fromVocab(in);
        }
        try (TransformerTagger t = new TransformerTagger(Files.readAllBytes(Path.of(o.get("model"))), tok,
                Integer.parseInt(o.getOrDefault("window", "256")), Integer.parseInt(o.getOrDefault("overlap", "64")),
                Integer.parseInt(o.getOrDefault("threads", "1")), Integer.MAX_VALUE)) {
            return tag(t, held);
        }
    }

    /** Base models trained on {@code fit}; the fine-tuned scores stand in for the embedding model. */
    static EmbeddingSpanExperiment.Run run(List<Prepared> fit, List<Prepared> held, List<DenseTokenModel.Scores> tuned,
                                           PropagandaTrainer.Params p) {
        LinearModel si = PropagandaTrainer.prune(PropagandaTrainer.trainSi(fit, p), 1e-4f);
        LinearModel tc = PropagandaTrainer.prune(PropagandaTrainer.trainTc(fit, p), 1e-4f);
        PropagandaModel m = new PropagandaModel(si, tc, null, EmbeddingSpanExperiment.noGate(p.model()), "{}");
        List<PropagandaModel.TokenScores> base = new ArrayList<>();
        for (Prepared a : held) {
            base.add(m.tokenScores(a.tokens()));
        }
        List<float[]> oof = new ArrayList<>(Collections.nCopies(fit.size(), (float[]) null));
        for (int fold = 0; fold < PropagandaTrainer.GATE_FOLDS; fold++) {
            List<Prepared> f = new ArrayList<>();
            for (int i = 0; i < fit.size(); i++) {
                if (i % PropagandaTrainer.GATE_FOLDS != fold) {
                    f.add(fit.get(i));
                }
            }
            LinearModel fsi = PropagandaTrainer.prune(PropagandaTrainer.trainSi(f, p), 1e-4f);
            PropagandaModel fm = new PropagandaModel(fsi, tc, null, EmbeddingSpanExperiment.noGate(p.model()), "{}");
            for (int i = fold; i < fit.size(); i += PropagandaTrainer.GATE_FOLDS) {
                oof.set(i, fm.tokenScores(fit.get(i).tokens()).propaganda());
            }
        }
        return new EmbeddingSpanExperiment.Run(si, tc, base, tuned, oof, oof);
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = EmbeddingSpanExperiment.options(args);
        String mode = args.length > 0 ? args[0] : "dev";
        Path data = Path.of(o.getOrDefault("data", "../shared/data"));
        PropagandaTrainer.Params p = PropagandaTrainer.Params.defaults();
        PtcCorpus corpus = PtcCorpus.read(data.resolve(PropagandaTrainer.ARTICLES), data.resolve(PropagandaTrainer.LABELS));
        List<Prepared> train = Prepared.of(corpus.part(PtcCorpus.Part.TRAIN));
        List<Prepared> dev = Prepared.of(corpus.part(PtcCorpus.Part.DEV));
        List<Prepared> test = Prepared.of(corpus.part(PtcCorpus.Part.TEST));
        switch (mode) {
            case "wordpieces" -> {
                Map<String, List<Prepared>> parts = new LinkedHashMap<>();
                parts.put("train", train);
                parts.put("dev", dev);
                parts.put("test", test);
                wordpieces(parts, Path.of(o.get("out")));
            }
            case "dev" -> {
                EmbeddingSpanExperiment.Tally t = new EmbeddingSpanExperiment.Tally();
                List<DenseTokenModel.Scores> tuned = tuned(o, dev);
                EmbeddingSpanExperiment.score(run(train, dev, tuned, p), train, dev, p, EmbeddingSpanExperiment.ALPHAS,
                        EmbeddingSpanExperiment.THRESHOLDS, EmbeddingSpanExperiment.GATES, EmbeddingSpanExperiment.SPLITS, t);
                EmbeddingSpanExperiment.report("ft-dev", t);
            }
            case "test" -> {
                List<Prepared> fit = new ArrayList<>(train);
                fit.addAll(dev);
                List<DenseTokenModel.Scores> tuned = tuned(o, test);
                EmbeddingSpanExperiment.Run r = run(fit, test, tuned, p);
                EmbeddingSpanExperiment.Tally t = new EmbeddingSpanExperiment.Tally();
                PropagandaModel.Params d = p.model();
                EmbeddingSpanExperiment.score(r, fit, test, p, new double[] {1}, new double[] {d.threshold()},
                        new double[] {d.gateThreshold()}, new double[] {d.shortSplit()}, t);
                EmbeddingSpanExperiment.score(r, fit, test, p, new double[] {Double.parseDouble(o.get("alpha"))},
                        new double[] {Double.parseDouble(o.get("threshold"))}, new double[] {Double.parseDouble(o.get("gate"))},
                        new double[] {Double.parseDouble(o.get("split"))}, t);
                EmbeddingSpanExperiment.report("ft-test", t);
            }
            case "cost" -> {
                tuned(o, dev);
                tuned(o, dev);
            }
            default -> throw new IllegalArgumentException("mode: wordpieces, dev, test or cost; got " + mode);
        }
        System.err.println(String.format(Locale.ROOT, "[ft] %s done", mode));
    }
}
