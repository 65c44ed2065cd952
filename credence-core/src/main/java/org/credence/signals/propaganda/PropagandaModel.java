package org.credence.signals.propaganda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.credence.ml.LinearModel;
import org.credence.ml.ModelFile;
import org.credence.ml.PackedWeights;
import org.credence.model.Document;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.pipeline.Pipeline;
import org.credence.language.TokenizeStage;
import org.credence.repair.RepairStage;
import org.credence.structure.ExtractStage;
import org.credence.structure.StructureStage;

/**
 * The propaganda model: a token classifier that marks the tokens inside propaganda fragments
 * (span identification) and a fragment classifier that names the technique (technique
 * classification), both multinomial logistic regression over hashed features. Immutable and
 * thread-safe; {@link #standard()} loads the shipped files once.
 *
 * <p>Decoding: a token is marked when its probability reaches {@link Params#threshold()}; runs
 * of marked tokens in one sentence separated by at most {@link Params#gap()} unmarked tokens
 * become one fragment, without punctuation at either end; a fragment needs a word and a token
 * whose probability reaches {@link Params#keep()}.
 *
 * <p>The token model's classes are {@code O} (outside), {@code S} (inside a fragment of a short
 * technique: loaded language, name calling, repetition, exaggeration) and {@code L} (inside
 * another fragment only); a token's probability of propaganda is 1 − P(O). The technique model's
 * classes are the {@link Technique#label()}s. Weights are held feature-major
 * ({@link PackedWeights}) for speed.
 */
public final class PropagandaModel {

    /** Resource names of the shipped model. */
    public static final String SI_FILE = "propaganda-si.bin.gz";
    public static final String TC_FILE = "propaganda-tc.bin.gz";

    /**
     * Feature and decoding parameters (stored in the model files' provenance).
     *
     * @param siBits        hashing bits of the token features
     * @param bagWeight     value of the sentence-bag features of a token
     * @param tcBits        hashing bits of the fragment features
     * @param contextWeight value of the sentence-context features of a fragment
     * @param threshold     token probability from which a token is marked
     * @param keep          highest token probability a fragment needs to be kept (at least the threshold)
     * @param gap           most unmarked tokens bridged inside a fragment
     */
    public record Params(int siBits, double bagWeight, int tcBits, double contextWeight, double threshold,
                         double keep, int gap) {
        public Params {
            if (threshold <= 0 || threshold >= 1 || keep < threshold || keep >= 1 || gap < 0) {
                throw new IllegalArgumentException("need 0 < threshold <= keep < 1 and gap >= 0");
            }
        }
    }

    private final PackedWeights si;
    private final PackedWeights tc;
    private final List<Technique> techniques;
    private final Params params;
    private final String provenance;

    /**
     * @param si         the token model (first class {@code O})
     * @param tc         the technique model
     * @param params     features and decoding
     * @param provenance JSON text saying how the model was made ("{}" when unknown)
     */
    public PropagandaModel(LinearModel si, LinearModel tc, Params params, String provenance) {
        if (!si.labels().get(0).equals("O")) {
            throw new IllegalArgumentException("the token model's first class must be O: " + si.labels());
        }
        List<Technique> ts = new ArrayList<>();
        for (String l : tc.labels()) {
            ts.add(Technique.ofLabel(l).orElseThrow(() -> new IllegalArgumentException("unknown technique class " + l)));
        }
        this.si = PackedWeights.of(si);
        this.tc = PackedWeights.of(tc);
        this.techniques = List.copyOf(ts);
        this.params = params;
        this.provenance = provenance;
    }

    public Params params() {
        return params;
    }

    /** JSON text saying how the model was made. */
    public String provenance() {
        return provenance;
    }

    /** The technique model's class labels, in the order of {@link #classify} probabilities. */
    public List<String> techniqueLabels() {
        return tc.labels();
    }

    /** The shipped model. */
    public static PropagandaModel standard() {
        return Holder.STANDARD;
    }

    /** Reads a model from its two files' contents. */
    public static PropagandaModel of(ModelFile siFile, ModelFile tcFile) {
        try {
            JsonNode p = new ObjectMapper().readTree(siFile.provenance()).path("params");
            if (p.isMissingNode()) {
                throw new IllegalArgumentException("the token model's provenance has no params");
            }
            Params params = new Params(p.path("siBits").asInt(), p.path("bagWeight").asDouble(),
                    p.path("tcBits").asInt(), p.path("contextWeight").asDouble(), p.path("threshold").asDouble(),
                    p.path("keep").asDouble(), p.path("gap").asInt());
            return new PropagandaModel(siFile.model(), tcFile.model(), params, siFile.provenance());
        } catch (IOException e) {
            throw new UncheckedIOException("bad provenance in the propaganda model", e);
        }
    }

    /**
     * The stages the model reads (extract, repair, structure, tokens and sentences): the
     * evaluation and the trainer run these instead of the whole pipeline; the signal gives the
     * same results on the whole pipeline's documents.
     */
    public static Pipeline readingPipeline() {
        return Pipeline.builder().add(new ExtractStage()).add(new RepairStage()).add(new StructureStage())
                .add(new TokenizeStage()).build();
    }

    /**
     * Ids of the corpus articles the model was trained on (from its provenance), so that an
     * evaluation can leave them out; empty when the provenance does not say.
     */
    public Set<String> trainingArticles() {
        try {
            Set<String> ids = new TreeSet<>();
            new ObjectMapper().readTree(provenance).path("training-articles").forEach(n -> ids.add(n.asText()));
            return ids;
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** The sentences the model reads (headline, dek, dateline, body, captions; English), in text order. */
    public static List<Span> sentencesRead(Document doc) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : new ArticleTokens(doc, Lexicon.standard()).sentences) {
            out.add(s.span());
        }
        return out;
    }

    /** Fragments found in the document's headline, dek, dateline, body and captions, in text order. */
    public List<Detection> detect(Document doc) {
        ArticleTokens a = new ArticleTokens(doc, Lexicon.standard());
        float[] p = tokenProbabilities(a);
        List<Detection> out = new ArrayList<>();
        for (Span s : decode(a, p)) {
            double conf = 0;
            int[] r = a.tokensIn(s);
            for (int i = r[0]; i < r[1]; i++) {
                conf = Math.max(conf, p[i]);
            }
            double[] probs = tc.probabilities(spanFeatures().of(a, s));
            int best = argmax(probs);
            out.add(new Detection(s, techniques.get(best), conf, probs[best]));
        }
        return out;
    }

    /** Technique probabilities of a given fragment of the document, in {@link #techniqueLabels()} order. */
    public double[] classify(Document doc, Span span) {
        return classify(new ArticleTokens(doc, Lexicon.standard()), span);
    }

    double[] classify(ArticleTokens a, Span span) {
        return tc.probabilities(spanFeatures().of(a, span));
    }

    /** Per token of the document: the probability that it is inside a fragment (0 outside the sentences read). */
    float[] tokenProbabilities(ArticleTokens a) {
        TokenFeatures f = tokenFeatures();
        float[] p = new float[a.tokens.size()];
        for (int si = 0; si < a.sentences.size(); si++) {
            f.probabilities(a, si, this.si, p);
        }
        return p;
    }

    /** Fragments from token probabilities, with this model's threshold and gap. */
    List<Span> decode(ArticleTokens a, float[] p) {
        return decode(a, p, params.threshold(), params.keep(), params.gap());
    }

    /** Fragments from token probabilities: see the class comment. */
    static List<Span> decode(ArticleTokens a, float[] p, double threshold, double keep, int gap) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : a.sentences) {
            int runStart = -1;
            int runEnd = -1;
            for (int i = s.firstToken(); i <= s.endToken(); i++) {
                boolean on = i < s.endToken() && p[i] >= threshold;
                if (on) {
                    if (runStart >= 0 && i - runEnd - 1 > gap) {
                        emit(a, p, keep, runStart, runEnd + 1, out);
                        runStart = -1;
                    }
                    if (runStart < 0) {
                        runStart = i;
                    }
                    runEnd = i;
                }
            }
            if (runStart >= 0) {
                emit(a, p, keep, runStart, runEnd + 1, out);
            }
        }
        return out;
    }

    private static void emit(ArticleTokens a, float[] p, double keep, int from, int to, List<Span> out) {
        while (from < to && a.tokens.get(from).kind() == Token.Kind.PUNCT) {
            from++;
        }
        while (to > from && a.tokens.get(to - 1).kind() == Token.Kind.PUNCT) {
            to--;
        }
        boolean hasWord = false;
        float max = 0;
        for (int i = from; i < to; i++) {
            hasWord |= a.word[i];
            max = Math.max(max, p[i]);
        }
        if (hasWord && max >= keep) {
            out.add(new Span(a.tokens.get(from).start(), a.tokens.get(to - 1).end()));
        }
    }

    TokenFeatures tokenFeatures() {
        return new TokenFeatures(params.siBits(), params.bagWeight());
    }

    SpanFeatures spanFeatures() {
        return new SpanFeatures(params.tcBits(), params.contextWeight());
    }

    /** Labels ordered by probability, most probable first. */
    public static List<String> ranked(List<String> labels, double[] probs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < probs.length; i++) {
            order.add(i);
        }
        order.sort((x, y) -> Double.compare(probs[y], probs[x]));
        return order.stream().map(labels::get).toList();
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static final class Holder {
        static final PropagandaModel STANDARD = of(ModelFile.resource(PropagandaModel.class, SI_FILE),
                ModelFile.resource(PropagandaModel.class, TC_FILE));
    }
}
