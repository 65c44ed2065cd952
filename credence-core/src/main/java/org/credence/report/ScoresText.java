package org.credence.report;

import java.util.ArrayList;
import java.util.List;
import org.credence.model.Document;
import org.credence.model.SourceRating;

/** Plain-words renderings shared by the text and HTML reports. */
final class ScoresText {

    private ScoresText() {
    }

    /**
     * The outlet's ratings on one line, e.g. {@code example.com: mbfc-baly2018 factuality low,
     * bias right; opensources fake, conspiracy}.
     */
    static String ratings(Document doc) {
        List<String> parts = new ArrayList<>();
        for (SourceRating r : doc.sourceRatings()) {
            parts.add(rating(r));
        }
        return String.join("; ", parts);
    }

    /** One dataset's rating: {@code breitbart.com (from url), mbfc-baly2018: factuality mixed, bias right}. */
    static String rating(SourceRating r) {
        List<String> says = new ArrayList<>();
        if (!r.factuality().isEmpty()) {
            says.add("factuality " + r.factuality());
        }
        if (!r.bias().isEmpty()) {
            says.add("bias " + r.bias());
        }
        if (!r.types().isEmpty()) {
            says.add("listed as " + String.join(", ", r.types()));
        }
        return r.outlet() + " (from " + r.matchedFrom() + "), " + r.dataset() + ": "
                + (says.isEmpty() ? "listed" : String.join(", ", says));
    }
}
