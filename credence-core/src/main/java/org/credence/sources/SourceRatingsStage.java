package org.credence.sources;

import java.util.EnumSet;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.pipeline.Stage;

/**
 * Looks the record's outlet up in {@link OutletRatings} and puts what the datasets say beside
 * the article ({@link Document#sourceRatings()}). Never feeds the article's own scores: an
 * article is judged on its content. Needs only the record's metadata.
 */
public final class SourceRatingsStage implements Stage {

    private final OutletRatings ratings;

    public SourceRatingsStage(OutletRatings ratings) {
        this.ratings = ratings;
    }

    @Override
    public String name() {
        return "source-ratings";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SOURCE);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.SOURCE_RATINGS);
    }

    @Override
    public Document apply(Document document) {
        return document.withSourceRatings(ratings.lookup(document.metadata()));
    }
}
