package org.credence.repair;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.model.Repair;
import org.credence.pipeline.Stage;

/**
 * Repairs the working text: undoes mojibake run by run, then normalises (entities, NFC,
 * controls, whitespace). Every repair is recorded with its span in the new text and in the
 * source; the offset map back to the source is extended.
 */
public final class RepairStage implements Stage {

    public static final String NAME = "repair";

    private final Normalizer normalizer = new Normalizer();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.REPAIRED);
    }

    @Override
    public Document apply(Document doc) {
        Normalizer.Result norm = normalizer.normalize(doc.text());
        Document out = doc.withText(norm.text(), norm.map(), Layer.REPAIRED);
        List<Repair> repairs = new ArrayList<>(out.repairs());
        for (Repair r : norm.repairs()) {
            repairs.add(r.withSpans(r.span(), doc.toSource().toOriginal(r.originalSpan())));
        }
        repairs.sort((a, b) -> a.span().compareTo(b.span()));
        return out.withRepairs(repairs);
    }
}
