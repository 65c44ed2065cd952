package org.credence.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a {@link SummaryRow} back from a JSON report ({@link JsonReport}, one line of a JSON
 * lines output), so that a corpus written as reports can be summarised like one written as CSV
 * or Parquet. Scores in the report are rounded to three decimals, so the row's numbers are too.
 */
public final class ReportRows {

    private ReportRows() {
    }

    /**
     * The row of one report.
     *
     * @throws IllegalArgumentException when the node is not a Credence report
     */
    public static SummaryRow fromReport(JsonNode r) {
        if (r == null || !r.isObject() || !r.hasNonNull("status") || !r.hasNonNull("origin")) {
            throw new IllegalArgumentException("not a Credence report (no status and origin)");
        }
        String status = r.get("status").asText();
        if (status.equals("error")) {
            return new SummaryRow(text(r, "id"), text(r, "origin"), "", "", "error", r.at("/error/code").asText(""),
                    r.at("/error/message").asText(""), "", Map.of(), Map.of(), List.of(), Map.of(), List.of(), 0, 0, 0, 0, 0, 0);
        }
        String code = "";
        String message = "";
        for (JsonNode p : r.path("problems")) {
            if (p.path("severity").asText().equals("error")) {
                code = p.path("code").asText();
                message = p.path("message").asText();
                break;
            }
        }
        Map<String, Double> scores = new TreeMap<>();
        Map<String, String> bands = new TreeMap<>();
        List<String> reasons = new ArrayList<>();
        for (JsonNode s : r.path("scores")) {
            String id = s.path("id").asText();
            scores.put(id, number(s.get("probability")));
            bands.put(id, s.path("band").asText());
            int n = 0;
            for (JsonNode reason : s.path("reasons")) {
                if (n++ == SummaryRow.TOP_REASONS) {
                    break;
                }
                reasons.add(id + ": " + reason.path("description").asText());
            }
        }
        Map<String, Double> signals = new TreeMap<>();
        List<String> fired = new ArrayList<>();
        for (JsonNode s : r.path("signals")) {
            String id = s.path("id").asText();
            signals.put(id, number(s.get("score")));
            if (s.path("outcome").asText().equals("fired")) {
                fired.add(id);
            }
        }
        return new SummaryRow(text(r, "id"), text(r, "origin"), r.at("/metadata/url").asText(""),
                r.at("/metadata/source").asText(""), status, code, message, r.at("/fields/headline").asText(""),
                scores, bands, reasons, signals, fired, r.at("/stats/words").asInt(), r.at("/stats/sentences").asInt(),
                r.at("/language/entities").size(), r.at("/language/quotes").size(), r.path("repairs").size(),
                r.path("problems").size());
    }

    private static String text(JsonNode r, String field) {
        return r.path(field).asText("");
    }

    private static double number(JsonNode n) {
        return n == null || n.isNull() || !n.isNumber() ? Double.NaN : n.asDouble();
    }
}
