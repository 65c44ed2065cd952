package org.credence.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credence.model.ArticleScore;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.ScoreReason;
import org.credence.model.SourceRating;
import org.credence.model.Span;

/**
 * The {@code scores} and {@code sourceRatings} arrays of the JSON report, documented in
 * {@code docs/REPORT.md}.
 */
final class ScoresJson {

    private ScoresJson() {
    }

    static void writeScores(ArrayNode out, Document doc) {
        for (ArticleScore s : doc.scores()) {
            ObjectNode o = out.addObject();
            o.put("id", s.id());
            o.put("name", s.name());
            if (Double.isNaN(s.probability())) {
                o.putNull("probability");
            } else {
                o.put("probability", JsonReport.round(s.probability()));
            }
            o.put("band", s.band().key());
            o.put("summary", s.summary());
            o.put("model", s.model());
            ArrayNode reasons = o.putArray("reasons");
            for (ScoreReason r : s.reasons()) {
                ObjectNode ro = reasons.addObject();
                ro.put("feature", r.feature());
                ro.put("description", r.description());
                ro.put("contribution", JsonReport.round(r.contribution()));
                ro.put("signal", r.signalId());
                writeEvidence(ro.putArray("evidence"), r.evidence(), doc);
            }
        }
    }

    static void writeSourceRatings(ArrayNode out, Document doc) {
        for (SourceRating r : doc.sourceRatings()) {
            ObjectNode o = out.addObject();
            o.put("outlet", r.outlet());
            o.put("matchedFrom", r.matchedFrom());
            o.put("dataset", r.dataset());
            o.put("factuality", r.factuality());
            o.put("bias", r.bias());
            ArrayNode types = o.putArray("types");
            r.types().forEach(types::add);
            o.put("reference", r.reference());
        }
    }

    /** Evidence objects as in the {@code signals} array. */
    static void writeEvidence(ArrayNode out, Iterable<Evidence> evidence, Document doc) {
        for (Evidence e : evidence) {
            ObjectNode eo = out.addObject();
            eo.put("start", e.span().start());
            eo.put("end", e.span().end());
            Span src = doc.toSource().toOriginal(e.span());
            eo.put("sourceStart", src.start());
            eo.put("sourceEnd", src.end());
            eo.put("excerpt", e.excerpt());
            eo.put("note", e.note());
        }
    }
}
