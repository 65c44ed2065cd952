package org.credence.signals.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.credence.ml.LinearModel;
import org.credence.ml.ModelFile;

/**
 * The two-stage stance model: stage 1 says whether the body is about the headline at all
 * (related / unrelated); stage 2, for a related body, whether it agrees with the headline,
 * disagrees or discusses it without taking a side. Probabilities combine as
 * {@code P(unrelated) = 1 − r}, {@code P(c) = r · P2(c)}. Immutable and thread-safe.
 *
 * @param features the featurizer with its term weights
 * @param stage1   labels {@code unrelated, related}
 * @param stage2   labels {@code discuss, agree, disagree}
 * @param provenance how the model was made (JSON text)
 */
public record StanceModel(StanceFeatures features, LinearModel stage1, LinearModel stage2, String provenance) {

    /** Resource names of the shipped model. */
    public static final String STAGE1 = "stance-stage1.bin.gz";
    public static final String STAGE2 = "stance-stage2.bin.gz";
    public static final String TERMS = "stance-terms.tsv.gz";

    private static final class Holder {
        static final StanceModel STANDARD = load();
    }

    public StanceModel {
        if (!stage1.labels().equals(List.of("unrelated", "related"))) {
            throw new IllegalArgumentException("stage 1 labels must be [unrelated, related]: " + stage1.labels());
        }
        if (!stage2.labels().equals(FncData.LABELS.subList(1, 4))) {
            throw new IllegalArgumentException("stage 2 labels must be " + FncData.LABELS.subList(1, 4) + ": " + stage2.labels());
        }
    }

    /** The shipped model, loaded once. */
    public static StanceModel standard() {
        return Holder.STANDARD;
    }

    /**
     * A prediction.
     *
     * @param probabilities over {@link FncData#LABELS} (unrelated, discuss, agree, disagree)
     * @param pair          the features and per-sentence similarities behind it
     */
    public record Prediction(double[] probabilities, StanceFeatures.Pair pair) {

        /** The most probable stance under the two-stage rule: unrelated when stage 1 says so. */
        public int label() {
            double related = 1 - probabilities[0];
            if (related < 0.5) {
                return 0;
            }
            int best = 1;
            for (int c = 2; c < 4; c++) {
                if (probabilities[c] > probabilities[best]) {
                    best = c;
                }
            }
            return best;
        }

        public double probability(String label) {
            return probabilities[FncData.LABELS.indexOf(label)];
        }
    }

    /** Predicts the stance of a prepared body towards a prepared headline. */
    public Prediction predict(StanceFeatures.Headline h, StanceFeatures.Body b) {
        StanceFeatures.Pair pair = features.pair(h, b);
        double r = stage1.probabilities(pair.stage1())[1];
        double[] p2 = stage2.probabilities(pair.stage2());
        return new Prediction(new double[] {1 - r, r * p2[0], r * p2[1], r * p2[2]}, pair);
    }

    /** Predicts the stance of {@code body} towards {@code headline}. */
    public Prediction predict(StanceText headline, StanceText body) {
        return predict(features.headline(headline), features.body(body));
    }

    private static StanceModel load() {
        ModelFile s1 = ModelFile.resource(StanceModel.class, STAGE1);
        ModelFile s2 = ModelFile.resource(StanceModel.class, STAGE2);
        try (InputStream is = StanceModel.class.getResourceAsStream(TERMS)) {
            if (is == null) {
                throw new IllegalStateException("model resource missing: " + TERMS);
            }
            return new StanceModel(new StanceFeatures(TermWeights.read(is)), s1.model(), s2.model(), s1.provenance());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
