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
 * become one candidate fragment, without punctuation at either end; a candidate needs a word and
 * a token whose probability reaches {@link Params#keep()}. When the model has a
 * {@linkplain FragmentGate fragment gate}, a candidate is kept only when the gate gives it at
 * least {@link Params#gateThreshold()}. A kept candidate whose probability mass lies mostly in
 * the short techniques (the share of class {@code L} in it below {@link Params#shortSplit()})
 * is split into its runs of marked tokens (no gap bridged): loaded words and labels are
 * reported one by one, not with the unmarked words between them.
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
    public static final String GATE_FILE = "propaganda-gate.bin.gz";

    /**
     * Feature and decoding parameters (stored in the model files' provenance).
     *
     * @param siBits        hashing bits of the token features
     * @param bagWeight     value of the sentence-bag features of a token
     * @param tcBits        hashing bits of the fragment features
     * @param contextWeight value of the sentence-context features of a fragment
     * @param threshold     token probability from which a token is marked
     * @param keep          highest token probability a candidate fragment needs (at least the threshold)
     * @param gap           most unmarked tokens bridged inside a fragment
     * @param gateThreshold fragment-gate probability a candidate needs to be kept (0: no gate)
     * @param shortSplit    share of long-technique probability below which a candidate is split
     *                      into its runs of marked tokens (0: never)
     */
    public record Params(int siBits, double bagWeight, int tcBits, double contextWeight, double threshold,
                         double keep, int gap, double gateThreshold, double shortSplit) {
        public Params {
            if (threshold <= 0 || threshold >= 1 || keep < threshold || keep >= 1 || gap < 0) {
                throw new IllegalArgumentException("need 0 < threshold <= keep < 1 and gap >= 0");
            }
            if (gateThreshold < 0 || gateThreshold >= 1) {
                throw new IllegalArgumentException("need 0 <= gateThreshold < 1, got " + gateThreshold);
            }
            if (shortSplit < 0 || shortSplit > 1) {
                throw new IllegalArgumentException("need 0 <= shortSplit <= 1, got " + shortSplit);
            }
        }

        /** The same parameters with other decoding values. */
        public Params withDecoding(double threshold, double keep, int gap, double gateThreshold, double shortSplit) {
            return new Params(siBits, bagWeight, tcBits, contextWeight, threshold, keep, gap, gateThreshold, shortSplit);
        }
    }

    private final PackedWeights si;
    private final PackedWeights tc;
    private final PackedWeights gate;
    private final List<Technique> techniques;
    private final Params params;
    private final String provenance;
    /** Mixed into the token model's probabilities with weight {@link #contextShare}; null for none. */
    private final TokenProbabilities context;
    private final double contextShare;

    /**
     * @param si         the token model (first class {@code O})
     * @param tc         the technique model
     * @param params     features and decoding
     * @param provenance JSON text saying how the model was made ("{}" when unknown)
     */
    public PropagandaModel(LinearModel si, LinearModel tc, Params params, String provenance) {
        this(si, tc, null, params, provenance);
    }

    /**
     * @param si         the token model (first class {@code O})
     * @param tc         the technique model
     * @param gate       the fragment gate (classes {@link FragmentGate#CLASSES}), or null for none
     * @param params     features and decoding
     * @param provenance JSON text saying how the model was made ("{}" when unknown)
     */
    public PropagandaModel(LinearModel si, LinearModel tc, LinearModel gate, Params params, String provenance) {
        if (gate != null && !gate.labels().equals(FragmentGate.CLASSES)) {
            throw new IllegalArgumentException("the fragment gate's classes must be " + FragmentGate.CLASSES + ": " + gate.labels());
        }
        if (gate == null && params.gateThreshold() > 0) {
            throw new IllegalArgumentException("a gate threshold needs a fragment gate");
        }
        if (!si.labels().get(0).equals("O")) {
            throw new IllegalArgumentException("the token model's first class must be O: " + si.labels());
        }
        List<Technique> ts = new ArrayList<>();
        for (String l : tc.labels()) {
            ts.add(Technique.ofLabel(l).orElseThrow(() -> new IllegalArgumentException("unknown technique class " + l)));
        }
        this.si = PackedWeights.of(si);
        this.tc = PackedWeights.of(tc);
        this.gate = gate == null ? null : PackedWeights.of(gate);
        this.techniques = List.copyOf(ts);
        this.params = params;
        this.provenance = provenance;
        this.context = null;
        this.contextShare = 0;
    }

    private PropagandaModel(PropagandaModel base, TokenProbabilities context, double share, Params params) {
        this.si = base.si;
        this.tc = base.tc;
        this.gate = base.gate;
        this.techniques = base.techniques;
        this.params = params;
        this.provenance = base.provenance;
        this.context = context;
        this.contextShare = share;
    }

    /**
     * This model with a second source of token probabilities mixed in: a read token's
     * P(propaganda) and P(L) become {@code (1 − share) × own + share × context's}; the fragments
     * are decoded with {@code decoding}'s thresholds, and the fragment gate and the technique model
     * stay this model's.
     *
     * @throws IllegalArgumentException when share is not in (0, 1], or decoding asks for a gate
     *                                  this model lacks
     */
    public PropagandaModel withContext(TokenProbabilities context, double share, Params decoding) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("need 0 < share <= 1, got " + share);
        }
        if (gate == null && decoding.gateThreshold() > 0) {
            throw new IllegalArgumentException("a gate threshold needs a fragment gate");
        }
        return new PropagandaModel(this, java.util.Objects.requireNonNull(context), share, decoding);
    }

    /** The mixed-in token probabilities ({@link #withContext}), if any. */
    public java.util.Optional<TokenProbabilities> context() {
        return java.util.Optional.ofNullable(context);
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

    /** Reads a model without a fragment gate from its two files' contents. */
    public static PropagandaModel of(ModelFile siFile, ModelFile tcFile) {
        return of(siFile, tcFile, null);
    }

    /** Reads a model from its files' contents; {@code gateFile} may be null (no gate). */
    public static PropagandaModel of(ModelFile siFile, ModelFile tcFile, ModelFile gateFile) {
        try {
            JsonNode p = new ObjectMapper().readTree(siFile.provenance()).path("params");
            if (p.isMissingNode()) {
                throw new IllegalArgumentException("the token model's provenance has no params");
            }
            Params params = new Params(p.path("siBits").asInt(), p.path("bagWeight").asDouble(),
                    p.path("tcBits").asInt(), p.path("contextWeight").asDouble(), p.path("threshold").asDouble(),
                    p.path("keep").asDouble(), p.path("gap").asInt(), p.path("gateThreshold").asDouble(0),
                    p.path("shortSplit").asDouble(0));
            return new PropagandaModel(siFile.model(), tcFile.model(), gateFile == null ? null : gateFile.model(), params,
                    siFile.provenance());
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
     * Ids of the corpus articles the model was trained on (from its provenance), with those of
     * its {@link #context()} source when one is mixed in, so that an evaluation can leave them
     * all out; empty when neither says.
     */
    public Set<String> trainingArticles() {
        Set<String> ids = new TreeSet<>();
        try {
            new ObjectMapper().readTree(provenance).path("training-articles").forEach(n -> ids.add(n.asText()));
        } catch (IOException e) {
            // the provenance names none
        }
        if (context != null) {
            ids.addAll(context.trainingArticles());
        }
        return ids;
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
        TokenScores ts = tokenScores(a);
        float[] p = ts.propaganda();
        List<Detection> out = new ArrayList<>();
        for (Span s : fragments(a, ts)) {
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
        return tokenScores(a).propaganda();
    }

    /**
     * Per token of the document (0 outside the sentences read): the probability of propaganda and
     * the probability of class {@code L} (inside a fragment of a long technique only; all 0 when
     * the token model has no such class).
     */
    record TokenScores(float[] propaganda, float[] longTechnique) {
    }

    TokenScores tokenScores(ArticleTokens a) {
        TokenFeatures f = tokenFeatures();
        float[] p = new float[a.tokens.size()];
        float[] l = new float[a.tokens.size()];
        int cls = si.labels().indexOf("L");
        for (int s = 0; s < a.sentences.size(); s++) {
            f.probabilities(a, s, si, p, l, cls);
        }
        if (context != null) {
            mix(a, p, l);
        }
        return new TokenScores(p, l);
    }

    /**
     * Mixes the context's probabilities into the read tokens' {@code p} and {@code l}; a token the
     * context gives NaN keeps its own.
     */
    private void mix(ArticleTokens a, float[] p, float[] l) {
        float[][] c = context.of(a.text, a.tokens);
        if (c.length != 2 || c[0].length != p.length || c[1].length != p.length) {
            throw new IllegalStateException(context.describe() + " gave probabilities of the wrong shape");
        }
        float own = (float) (1 - contextShare);
        float other = (float) contextShare;
        for (Sentence s : a.sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (!Float.isNaN(c[0][i]) && !Float.isNaN(c[1][i])) {
                    p[i] = own * p[i] + other * c[0][i];
                    l[i] = own * l[i] + other * c[1][i];
                }
            }
        }
    }

    /** Per token: the probability under token model {@code si} with features {@code f}. */
    static float[] tokenProbabilities(ArticleTokens a, PackedWeights si, TokenFeatures f) {
        float[] p = new float[a.tokens.size()];
        for (int s = 0; s < a.sentences.size(); s++) {
            f.probabilities(a, s, si, p);
        }
        return p;
    }

    /** Fragments from token scores with this model's decoding and gate. */
    List<Span> fragments(ArticleTokens a, TokenScores scores) {
        return fragments(a, scores, params);
    }

    /**
     * Fragments from token scores with decoding {@code d}: candidates, those the gate keeps (when
     * the model has a gate and d a gate threshold), short-technique ones split (see the class comment).
     */
    List<Span> fragments(ArticleTokens a, TokenScores scores, Params d) {
        float[] p = scores.propaganda();
        List<Span> candidates = decode(a, p, d.threshold(), d.keep(), d.gap());
        if (candidates.isEmpty()) {
            return candidates;
        }
        boolean gated = gate != null && d.gateThreshold() > 0;
        double[] sm = gated ? FragmentGate.sentenceMax(a, p) : null;
        double[] facts = gated ? FragmentGate.articleFacts(sm) : null;
        List<Span> out = new ArrayList<>(candidates.size());
        for (Span s : candidates) {
            if (gated && FragmentGate.probability(gate, a, p, s, sm, facts) < d.gateThreshold()) {
                continue;
            }
            int[] r = a.tokensIn(s);
            if (d.shortSplit() > 0 && longShare(scores, r[0], r[1]) < d.shortSplit()) {
                int before = out.size();
                decodeRuns(a, p, d.threshold(), d.threshold(), 0, r[0], r[1], out);
                if (out.size() > before) {
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Σ P(L) ÷ Σ P(propaganda) over tokens {@code [from, to)} (0 when there is no mass). */
    static double longShare(TokenScores scores, int from, int to) {
        double all = 0;
        double longer = 0;
        for (int i = from; i < to; i++) {
            all += scores.propaganda()[i];
            longer += scores.longTechnique()[i];
        }
        return all <= 0 ? 0 : longer / all;
    }

    /** Whether the model has a fragment gate. */
    public boolean hasGate() {
        return gate != null;
    }

    /** Fragments from token probabilities: see the class comment. */
    static List<Span> decode(ArticleTokens a, float[] p, double threshold, double keep, int gap) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : a.sentences) {
            decodeRuns(a, p, threshold, keep, gap, s.firstToken(), s.endToken(), out);
        }
        return out;
    }

    /** The fragments of tokens {@code [from, to)} (within one sentence), added to {@code out}. */
    private static void decodeRuns(ArticleTokens a, float[] p, double threshold, double keep, int gap, int from, int to,
                                   List<Span> out) {
        int runStart = -1;
        int runEnd = -1;
        for (int i = from; i < to; i++) {
            if (p[i] >= threshold) {
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
                ModelFile.resource(PropagandaModel.class, TC_FILE), ModelFile.resource(PropagandaModel.class, GATE_FILE));
    }
}
