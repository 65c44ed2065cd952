package org.credence.signals.clickbait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.credence.ml.LinearModel;
import org.credence.ml.ModelFile;
import org.credence.ml.SparseVector;

/**
 * The clickbait headline classifier: {@link HeadlineFeatures} and a binary {@link LinearModel}
 * (labels {@code news}, {@code clickbait}), with the firing threshold stored beside the weights
 * in the model's provenance. Immutable and thread-safe; one prediction costs some tens of
 * microseconds.
 *
 * @param model     the weights
 * @param features  how headlines become vectors (read from the provenance, so a model is always
 *                  paired with the features it was trained on)
 * @param threshold probability at or above which the signal fires
 * @param provenance the model file's provenance JSON
 */
public record ClickbaitModel(LinearModel model, HeadlineFeatures features, double threshold, String provenance) {

    /** The shipped model's resource name, beside this class. */
    public static final String RESOURCE = "clickbait-headline.bin.gz";
    static final String CLICKBAIT = "clickbait";
    static final String NEWS = "news";

    public ClickbaitModel {
        if (model.classes() != 2 || model.labels().indexOf(CLICKBAIT) < 0) {
            throw new IllegalArgumentException("a clickbait model has the classes news and clickbait: " + model.labels());
        }
        if (model.dimension() != 1 << features.bits()) {
            throw new IllegalArgumentException("model dimension " + model.dimension() + " does not match "
                    + features.bits() + " feature bits");
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must lie in (0, 1): " + threshold);
        }
    }

    /** The shipped model, loaded once. */
    public static ClickbaitModel standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ClickbaitModel STANDARD = of(ModelFile.resource(ClickbaitModel.class, RESOURCE));
    }

    /** A model from its file: features and threshold come from the provenance. */
    public static ClickbaitModel of(ModelFile file) {
        try {
            JsonNode p = new ObjectMapper().readTree(file.provenance());
            JsonNode f = p.path("features");
            HeadlineFeatures features = new HeadlineFeatures(f.path("bits").asInt(), f.path("trigrams").asBoolean(),
                    f.path("char_min").asInt(), f.path("char_max").asInt(), f.path("char_weight").asDouble(),
                    f.path("cues").asBoolean(), f.path("quotes").asBoolean());
            return new ClickbaitModel(file.model(), features, p.path("threshold").asDouble(), file.provenance());
        } catch (IOException e) {
            throw new UncheckedIOException("bad clickbait model provenance", e);
        }
    }

    /**
     * What the model makes of one headline.
     *
     * @param probability   P(clickbait)
     * @param tokens        the headline's tokens
     * @param contributions per token, how far it pushed the log-odds towards clickbait (its
     *                      features' weights times values, a feature over several tokens shared
     *                      equally among them); whole-headline features are left out
     */
    public record Prediction(double probability, List<HeadlineTokens.Token> tokens, double[] contributions) {
    }

    /** P(clickbait) of a headline. */
    public double probability(String headline) {
        SparseVector x = features.encode(headline).vector();
        return model.probabilities(x)[model.labels().indexOf(CLICKBAIT)];
    }

    /** P(clickbait) of a headline with each token's share of the decision. */
    public Prediction predict(String headline) {
        HeadlineFeatures.Encoded e = features.encode(headline);
        int c = model.labels().indexOf(CLICKBAIT);
        int other = 1 - c;
        double p = model.probabilities(e.vector())[c];
        double[] contrib = new double[e.tokens().size()];
        float[] wc = model.weights()[c];
        float[] wo = model.weights()[other];
        for (int k = 0; k < e.index().length; k++) {
            int from = e.from()[k];
            int to = e.to()[k];
            if (from < 0 || to <= from) {
                continue;
            }
            double v = (wc[e.index()[k]] - wo[e.index()[k]]) * (double) e.value()[k] / (to - from);
            for (int t = from; t < to; t++) {
                contrib[t] += v;
            }
        }
        return new Prediction(p, e.tokens(), contrib);
    }
}
