package org.credence.language;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.credence.language.quantity.Quantities;
import org.credence.model.Document;
import org.credence.model.Language;
import org.credence.model.Layer;
import org.credence.model.Quantity;
import org.credence.pipeline.Stage;

/** Money, percentages, counts, durations and measures; a duration already read as a time is not repeated. */
public final class QuantitiesStage implements Stage {
    public static final String NAME = "quantities";
    private final Quantities finder = new Quantities();

    @Override public String name() { return NAME; }
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.SENTENCES, Layer.TIMES); }
    @Override public Set<Layer> produces() { return EnumSet.of(Layer.QUANTITIES); }

    @Override
    public Document apply(Document doc) {
        Language l = doc.language();
        List<Quantity> found = new ArrayList<>();
        for (Quantity q : LanguageStages.english(l, finder.find(doc.text(), l.tokens(), l.sentences()), Quantity::span)) {
            boolean asTime = q.kind() == Quantity.Kind.DURATION
                    && l.times().stream().anyMatch(t -> t.span().overlaps(q.span()));
            if (!asTime) {
                found.add(q);
            }
        }
        return doc.withLanguage(l.withQuantities(found), Layer.QUANTITIES);
    }
}
