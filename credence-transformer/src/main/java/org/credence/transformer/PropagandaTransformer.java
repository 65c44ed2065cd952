package org.credence.transformer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.credence.Credence;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.signals.propaganda.PropagandaModel;
import org.credence.signals.propaganda.PropagandaSignal;
import org.credence.signals.propaganda.TokenProbabilities;

/**
 * The shipped propaganda tagger: bge-small-en-v1.5 (a 12-layer BERT) fine-tuned on the Propaganda
 * Techniques Corpus as a wordpiece classifier with the token model's classes ({@code O},
 * {@code S}, {@code L}), quantised to int8 and run with ONNX Runtime ({@link TransformerTagger}).
 * A token's P(propaganda) is 1 − the mean P(O) of the wordpieces it overlaps, its P(L) their
 * mean P(L).
 *
 * <p>{@link #model()} mixes it into the standard {@link PropagandaModel} with the share and the
 * decoding thresholds its provenance ({@value #PROVENANCE}) records, which were chosen on the
 * development articles; {@link #apply(Credence)} puts that model's signal into a pipeline.
 * Thread-safe; the model loads once, on first use, from the classpath.
 */
public final class PropagandaTransformer implements TokenProbabilities {

    /** Classpath resources, beside this class. */
    public static final String MODEL = "propaganda-bge-small-q.onnx";
    public static final String VOCAB = "vocab.txt";
    public static final String PROVENANCE = "propaganda-bge-small.json";

    /** Window and overlap the model was fine-tuned and chosen with. */
    static final int WINDOW = 256;
    static final int OVERLAP = 64;
    /** Wordpieces tagged at most per document (about 30 windows, 20,000 words). */
    static final int MAX_PIECES = 32_768;

    private final TransformerTagger tagger;
    private final String provenance;
    private final double share;
    private final JsonNode decoding;
    private final Set<String> trainingArticles;

    PropagandaTransformer(TransformerTagger tagger, String provenance) {
        this.tagger = tagger;
        this.provenance = provenance;
        try {
            JsonNode prov = new ObjectMapper().readTree(provenance);
            JsonNode mix = prov.path("mix");
            if (mix.isMissingNode() || !mix.has("share")) {
                throw new IllegalArgumentException("the provenance has no mix.share");
            }
            this.share = mix.path("share").asDouble();
            this.decoding = mix;
            Set<String> ids = new TreeSet<>();
            prov.path("training-articles").forEach(n -> ids.add(n.asText()));
            this.trainingArticles = Collections.unmodifiableSet(ids);
        } catch (IOException e) {
            throw new UncheckedIOException("bad provenance of the propaganda transformer", e);
        }
    }

    /** The shipped tagger (loaded on first use). */
    public static PropagandaTransformer standard() {
        return Holder.STANDARD;
    }

    /** The wordpiece tagger underneath. */
    public TransformerTagger tagger() {
        return tagger;
    }

    /** The provenance JSON: base model, data, training parameters, mix and figures. */
    public String provenance() {
        return provenance;
    }

    @Override
    public String describe() {
        return "propaganda transformer (bge-small-en-v1.5 fine-tuned on PTC, int8)";
    }

    /** The PTC articles it was fine-tuned on, from its provenance. */
    @Override
    public Set<String> trainingArticles() {
        return trainingArticles;
    }

    @Override
    public float[][] of(String text, List<Token> tokens) {
        TransformerTagger.Tagged t = tagger.tag(text);
        List<Span> spans = new ArrayList<>(tokens.size());
        for (Token tok : tokens) {
            spans.add(tok.span());
        }
        float[][] means = t.spanMeans(spans);
        float[][] out = new float[2][tokens.size()];
        for (int i = 0; i < means.length; i++) {
            if (means[i] == null) {
                out[0][i] = Float.NaN;
                out[1][i] = Float.NaN;
            } else {
                out[0][i] = 1 - means[i][0];
                out[1][i] = means[i][2];
            }
        }
        return out;
    }

    /** The standard propaganda model with this tagger mixed in (share and decoding from the provenance). */
    public PropagandaModel model() {
        PropagandaModel base = PropagandaModel.standard();
        PropagandaModel.Params d = base.params().withDecoding(decoding.path("threshold").asDouble(),
                decoding.path("keep").asDouble(), decoding.path("gap").asInt(), decoding.path("gateThreshold").asDouble(),
                decoding.path("shortSplit").asDouble());
        return base.withContext(this, share, d);
    }

    /** {@code credence} with the propaganda signal over {@link #model()}. */
    public static Credence apply(Credence credence) {
        return credence.withSignal(new PropagandaSignal(standard().model()));
    }

    private static byte[] resource(String name) {
        try (InputStream in = PropagandaTransformer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath (credence-transformer)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final PropagandaTransformer STANDARD = load();

        private static PropagandaTransformer load() {
            try (InputStream vocab = PropagandaTransformer.class.getResourceAsStream(VOCAB)) {
                if (vocab == null) {
                    throw new IllegalStateException(VOCAB + " is missing from the classpath (credence-transformer)");
                }
                WordPieceTokenizer tok = WordPieceTokenizer.fromVocab(vocab);
                TransformerTagger tagger = new TransformerTagger(resource(MODEL), tok, WINDOW, OVERLAP, 1, MAX_PIECES);
                return new PropagandaTransformer(tagger, new String(resource(PROVENANCE), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
