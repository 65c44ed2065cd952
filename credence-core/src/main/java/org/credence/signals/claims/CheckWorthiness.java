package org.credence.signals.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.credence.ml.LinearModel;
import org.credence.ml.ModelFile;
import org.credence.ml.SparseVector;

/**
 * The check-worthiness model: a logistic regression over {@link ClaimFeatures}, with the
 * feature parameters and the decision threshold read from its provenance. Immutable and
 * thread-safe; {@link #standard()} loads the shipped model once.
 *
 * @param features  the featurizer the model was trained with
 * @param model     the weights; class 1 is "check-worthy"
 * @param threshold probability at or above which a sentence counts as check-worthy
 * @param provenance the model file's provenance JSON
 */
public record CheckWorthiness(ClaimFeatures features, LinearModel model, double threshold, String provenance) {

    /** The shipped model's resource name, beside this class. */
    public static final String RESOURCE = "check-worthy.bin.gz";

    public CheckWorthiness {
        if (model.dimension() != features.dimension() || model.classes() != 2) {
            throw new IllegalArgumentException("model and features disagree: " + model.dimension()
                    + " weights for " + features.dimension() + " features, " + model.classes() + " classes");
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must lie in (0, 1): " + threshold);
        }
    }

    private static final class Holder {
        static final CheckWorthiness STANDARD = fromFile(ModelFile.resource(CheckWorthiness.class, RESOURCE));
    }

    /** The shipped model (loaded on first use). */
    public static CheckWorthiness standard() {
        return Holder.STANDARD;
    }

    /** A model from a model file whose provenance holds {@code features} and {@code threshold}. */
    public static CheckWorthiness fromFile(ModelFile file) {
        try {
            JsonNode p = new ObjectMapper().readTree(file.provenance());
            JsonNode f = p.path("features");
            ClaimFeatures.Params params = new ClaimFeatures.Params(f.path("bits").asInt(),
                    f.path("bigrams").asBoolean(), f.path("context").asInt());
            return new CheckWorthiness(new ClaimFeatures(params), file.model(), p.path("threshold").asDouble(),
                    file.provenance());
        } catch (IOException e) {
            throw new UncheckedIOException("bad provenance in check-worthiness model", e);
        }
    }

    /**
     * Names of the debates the model was trained or tuned on (the provenance's train and dev
     * lists); an evaluation on a file that holds any of them scores only the other debates.
     */
    public java.util.Set<String> trainingDebates() {
        try {
            JsonNode split = new ObjectMapper().readTree(provenance).path("split");
            java.util.Set<String> out = new java.util.TreeSet<>();
            for (String side : List.of("train", "dev")) {
                for (JsonNode n : split.path(side)) {
                    out.add(n.asText());
                }
            }
            return java.util.Collections.unmodifiableSet(out);
        } catch (IOException e) {
            throw new UncheckedIOException("bad provenance in check-worthiness model", e);
        }
    }

    /** The probability that {@code self} is check-worthy, with its neighbours (null: none) as context. */
    public double probability(SentenceCues self, SentenceCues prev, SentenceCues next) {
        return model.probabilities(features.vector(self, prev, next))[1];
    }

    /** Whether the features read the neighbouring sentences at all. */
    public boolean usesContext() {
        return features.params().context() > 0;
    }

    /** The probability that each sentence of a run (in text order, neighbours as context) is check-worthy. */
    public double[] probabilities(List<SentenceCues> run) {
        List<SparseVector> xs = Transcripts.vectors(features, run);
        double[] p = new double[xs.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.probabilities(xs.get(i))[1];
        }
        return p;
    }
}
