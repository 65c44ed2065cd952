package org.credence.scoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credence.model.ArticleScore;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.model.Problem;
import org.credence.pipeline.Stage;

/**
 * The scoring stage: runs each {@link ScoreModel} over the document and adds its calibrated
 * {@link ArticleScore} with reasons (layer {@link Layer#SCORES}). Features are read once and
 * shared by the models. A model that fails does not take the others down: its score becomes
 * cannot-score and the failure a problem. Outlet ratings ({@link Layer#SOURCE_RATINGS}) are never
 * read here: an article is scored on its own content.
 */
public final class ScoringStage implements Stage {

    /** Stable name of the stage. */
    public static final String NAME = "scoring";
    /** The shipped models' resource names, beside {@link ScoreModel}. */
    public static final List<String> STANDARD = List.of("unreliable.bin.gz", "hyperpartisan.bin.gz");

    private final List<ScoreModel> models;
    private final boolean bigrams;

    public ScoringStage(List<ScoreModel> models) {
        this.models = List.copyOf(models);
        this.bigrams = this.models.stream().anyMatch(m -> m.spec().bigrams() && m.spec().textWeight() > 0);
        Set<String> ids = new HashSet<>();
        for (ScoreModel m : this.models) {
            if (!ids.add(m.id())) {
                throw new IllegalArgumentException("two scoring models share the id " + m.id());
            }
        }
    }

    /** The stage with the shipped models, loaded once. */
    public static ScoringStage standard() {
        return new ScoringStage(Holder.STANDARD);
    }

    private static final class Holder {
        static final List<ScoreModel> STANDARD = load();

        private static List<ScoreModel> load() {
            return ScoringStage.STANDARD.stream().map(ScoreModel::resource).toList();
        }
    }

    public List<ScoreModel> models() {
        return models;
    }

    @Override public String name() { return NAME; }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.STRUCTURE, Layer.SENTENCES, Layer.ENTITIES, Layer.QUOTES, Layer.SIGNALS);
    }

    @Override public Set<Layer> produces() { return EnumSet.of(Layer.SCORES); }

    @Override
    public Document apply(Document doc) {
        if (models.isEmpty()) {
            return doc.withScores(List.of());
        }
        List<ArticleScore> scores = new ArrayList<>(models.size());
        List<Problem> problems = new ArrayList<>();
        ArticleFeatures features = null;
        try {
            features = ArticleFeatures.of(doc, bigrams);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new Problem("scoring.failed", Problem.Severity.WARNING,
                    "scoring features failed: " + e, null));
        }
        for (ScoreModel m : models) {
            if (features == null) {
                scores.add(ArticleScore.cannotScore(m.id(), m.name(), "cannot score: the features failed (see problems)", m.version()));
                continue;
            }
            try {
                scores.add(m.score(features));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new Problem("scoring.failed", Problem.Severity.WARNING,
                        "score " + m.id() + " failed: " + e, null));
                scores.add(ArticleScore.cannotScore(m.id(), m.name(), "cannot score: the model failed (see problems)", m.version()));
            }
        }
        return doc.withScores(scores).withProblems(problems);
    }
}
