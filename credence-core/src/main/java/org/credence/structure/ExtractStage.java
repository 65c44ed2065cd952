package org.credence.structure;

import java.util.EnumSet;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.pipeline.Stage;
import org.credence.structure.html.Extraction;
import org.credence.structure.html.HtmlExtractor;

/**
 * Makes the working text: plain text is taken as it is; an HTML page is reduced to its article
 * (headline, byline, captions, body and the non-article blocks around it), with the blocks typed
 * from the markup and a map from every character back to the page source.
 */
public final class ExtractStage implements Stage {

    public static final String NAME = "extract";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SOURCE);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.TEXT);
    }

    private final HtmlExtractor extractor;

    /** A stage with the standard extractor. */
    public ExtractStage() {
        this(HtmlExtractor.standard());
    }

    public ExtractStage(HtmlExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Document apply(Document doc) {
        if (doc.format() == Document.Format.TEXT) {
            return doc.withLayer(Layer.TEXT);
        }
        Extraction x = extractor.extract(doc.source(), doc.metadata().url());
        return doc.withText(x.text(), x.toHtml(), Layer.TEXT)
                .withBlocks(x.blocks(), Layer.TEXT)
                .withFields(x.fields())
                .withProblems(x.problems());
    }
}
