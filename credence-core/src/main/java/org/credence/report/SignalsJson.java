package org.credence.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.credence.model.Document;
import org.credence.model.SignalResult;
import org.credence.signals.SignalInfo;
import org.credence.signals.Signals;

/** The {@code signals} array of the JSON report, documented in {@code docs/REPORT.md}. */
final class SignalsJson {

    private SignalsJson() {
    }

    static void write(ArrayNode out, Document doc) {
        for (SignalResult r : doc.signals()) {
            ObjectNode o = out.addObject();
            o.put("id", r.id());
            SignalInfo info = Signals.info(r.id()).orElse(null);
            o.put("name", info == null ? r.id() : info.name());
            o.put("family", info == null ? "" : info.family());
            o.put("outcome", r.outcome().key());
            if (Double.isNaN(r.score())) {
                o.putNull("score");
            } else {
                o.put("score", JsonReport.round(r.score()));
            }
            o.put("reason", r.reason());
            ScoresJson.writeEvidence(o.putArray("evidence"), r.evidence(), doc);
            ObjectNode m = o.putObject("measures");
            r.measures().forEach((k, v) -> m.put(k, JsonReport.round(v)));
        }
    }
}
