package org.credence.repair;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.model.Repair;
import org.credence.model.Span;
import org.credence.model.TextEdit;
import org.credence.model.TextEdits;
import org.credence.pipeline.Stage;
import org.credence.repair.mojibake.MojibakeFix;
import org.credence.repair.mojibake.MojibakeRepairer;

/**
 * Repairs the working text: undoes mojibake run by run, then normalises (entities, NFC,
 * controls, whitespace). Every repair is recorded with its span in the new text and in the
 * source; the offset map back to the source is extended.
 */
public final class RepairStage implements Stage {

    public static final String NAME = "repair";

    private final Normalizer normalizer = new Normalizer();
    private final MojibakeRepairer mojibake;

    /** A stage with the standard mojibake repairer. */
    public RepairStage() {
        this(MojibakeRepairer.standard());
    }

    public RepairStage(MojibakeRepairer mojibake) {
        this.mojibake = mojibake;
    }

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
        // 1. Mojibake, run by run, on the text as it came.
        List<MojibakeFix> fixes = mojibake.find(doc.text());
        Document fixed = doc;
        List<Repair> found = new ArrayList<>();
        if (!fixes.isEmpty()) {
            List<TextEdit> edits = new ArrayList<>(fixes.size());
            for (MojibakeFix f : fixes) {
                edits.add(new TextEdit(f.span(), f.replacement()));
            }
            TextEdits.Result r = TextEdits.apply(doc.text(), edits);
            fixed = doc.withText(r.text(), r.map(), Layer.TEXT);
            for (MojibakeFix f : fixes) {
                Span in = r.map().toDerived(f.span());
                found.add(new Repair(Repair.Kind.MOJIBAKE, in, doc.toSource().toOriginal(f.span()),
                        f.span().in(doc.text()), f.replacement(), f.decodedAs(), f.encodedAs(), f.confidence()));
            }
        }
        // 2. Normalisation of the repaired text.
        Normalizer.Result norm = normalizer.normalize(fixed.text());
        Document out = fixed.withText(norm.text(), norm.map(), Layer.REPAIRED);
        List<Repair> repairs = new ArrayList<>(out.repairs());
        for (Repair r : found) {
            repairs.add(r.withSpans(norm.map().toDerived(r.span()), r.originalSpan()));
        }
        for (Repair r : norm.repairs()) {
            repairs.add(r.withSpans(r.span(), fixed.toSource().toOriginal(r.originalSpan())));
        }
        repairs.sort((a, b) -> a.span().compareTo(b.span()));
        return out.withRepairs(repairs);
    }
}
