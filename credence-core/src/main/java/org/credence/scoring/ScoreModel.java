package org.credence.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.credence.ml.LinearModel;
import org.credence.ml.ModelFile;
import org.credence.ml.Platt;
import org.credence.ml.SparseVector;
import org.credence.model.ArticleScore;
import org.credence.model.Document;

/**
 * One calibrated article score: a binary logistic-regression model over {@link FeatureSpec}
 * vectors, whose raw log-odds {@link Platt} scaling turns into a probability fitted on held-out
 * articles, with the bands that turn it into low, mixed or high concern. Immutable and
 * thread-safe; scoring an article costs its feature extraction plus one sparse dot product.
 *
 * @param id         what is scored, e.g. {@code unreliable}
 * @param name       human name, e.g. "Unreliable"
 * @param meaning    what a high probability means, in plain words, for summaries
 * @param model      two classes (negative, positive); its rows may be folded (first row zero)
 * @param spec       how articles become vectors
 * @param platt      calibration of the raw log-odds
 * @param textOffset mean raw log-odds that the words add over the training articles: the words'
 *                   reason is measured from it, as the dense features are from their means
 * @param low        below this probability the band is low
 * @param high       at or above this probability the band is high
 * @param version    model identifier written into each score (file name and date)
 * @param provenance the model file's provenance JSON
 */
public record ScoreModel(String id, String name, String meaning, LinearModel model, FeatureSpec spec, Platt platt,
                         double textOffset, double low, double high, String version, String provenance) {

    public ScoreModel {
        if (id == null || name == null || meaning == null || version == null || provenance == null) {
            throw new IllegalArgumentException("id, name, meaning, version and provenance are required");
        }
        if (model.classes() != 2 || model.dimension() != spec.dimension()) {
            throw new IllegalArgumentException(id + ": model has " + model.classes() + " classes and dimension "
                    + model.dimension() + "; the spec needs 2 and " + spec.dimension());
        }
        if (!(low > 0 && low <= high && high < 1)) {
            throw new IllegalArgumentException(id + ": bands must satisfy 0 < low <= high < 1");
        }
    }

    /** The raw log-odds of the positive class (before calibration). */
    public double rawLogit(ArticleFeatures a) {
        double[] s = model.scores(spec.vector(a));
        return s[1] - s[0];
    }

    /** The calibrated probability of the positive class. */
    public double probability(ArticleFeatures a) {
        return platt.apply(rawLogit(a));
    }

    /** The weight of vector index {@code i} towards the positive class. */
    double weight(int i) {
        return model.weights()[1][i] - model.weights()[0][i];
    }

    /** Scores an analysed document, with reasons tied to its evidence. */
    public ArticleScore score(Document doc) {
        return score(ArticleFeatures.of(doc));
    }

    /** Scores features built with evidence ({@link ArticleFeatures#of}). */
    public ArticleScore score(ArticleFeatures a) {
        if (a.unscorable().isPresent()) {
            return ArticleScore.cannotScore(id, name, "cannot score: " + a.unscorable().get(), version);
        }
        SparseVector x = spec.vector(a);
        double[] s = model.scores(x);
        if (!Double.isFinite(s[1] - s[0])) {
            throw new IllegalStateException(id + ": the model gave a non-finite score (a broken model file?)");
        }
        double p = platt.apply(s[1] - s[0]);
        ArticleScore.Band band = ArticleScore.Band.of(p, low, high);
        var reasons = Reasons.of(this, a, x, Reasons.TOP);
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(2, reasons.size()); i++) {
            // ASCII only: one non-Latin-1 character in a report doubles the memory of its JSON string
            top.add(Reasons.label(reasons.get(i)) + (reasons.get(i).contribution() > 0 ? " (+)" : " (-)"));
        }
        String summary = String.format(java.util.Locale.ROOT, "%.2f: %s concern that %s%s", p,
                band.key(), meaning, top.isEmpty() ? "" : "; most weight: " + String.join(", ", top));
        return new ArticleScore(id, name, p, band, summary, reasons, version);
    }

    /** The model as a file (weights and this model's provenance). */
    public ModelFile toFile() {
        return new ModelFile(model, provenance);
    }

    /** A model from its file: id, spec, calibration and bands come from the provenance. */
    public static ScoreModel of(ModelFile file) {
        try {
            JsonNode p = new ObjectMapper().readTree(file.provenance());
            JsonNode f = p.path("features");
            List<String> names = new ArrayList<>();
            f.path("dense").forEach(n -> names.add(n.asText()));
            double[] mean = doubles(f.path("mean"));
            double[] std = doubles(f.path("std"));
            FeatureSpec spec = new FeatureSpec(names, mean, std, f.path("dense_weight").asDouble(),
                    f.path("bits").asInt(), f.path("text_weight").asDouble(), f.path("bigrams").asBoolean());
            JsonNode c = p.path("calibration");
            JsonNode bands = p.path("bands");
            return new ScoreModel(p.path("score").asText(), p.path("name").asText(), p.path("meaning").asText(),
                    file.model(), spec, new Platt(c.path("a").asDouble(), c.path("b").asDouble()),
                    c.path("text_offset").asDouble(),
                    bands.path("low").asDouble(), bands.path("high").asDouble(), p.path("model").asText(),
                    file.provenance());
        } catch (IOException e) {
            throw new UncheckedIOException("bad scoring model provenance", e);
        }
    }

    /** A shipped model by resource name, beside this class. */
    public static ScoreModel resource(String name) {
        return of(ModelFile.resource(ScoreModel.class, name));
    }

    private static double[] doubles(JsonNode a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.get(i).asDouble();
        }
        return d;
    }
}
