package org.credence.report;

import java.util.List;
import java.util.Locale;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.SignalResult;
import org.credence.signals.SignalInfo;
import org.credence.signals.Signals;

/** The signals section of the HTML report, and the marks their evidence adds to the article. */
final class SignalsHtml {

    private SignalsHtml() {
    }

    static String name(String id) {
        return Signals.info(id).map(SignalInfo::name).orElse(id);
    }

    static String family(String id) {
        return Signals.info(id).map(SignalInfo::family).orElse("other");
    }

    /** One mark per evidence span, classed by the signal's family, the reason on hover. */
    static void marks(Document doc, List<Highlighter.Mark> marks) {
        for (SignalResult r : doc.signals()) {
            String css = "sig sig-" + cssWord(family(r.id())) + (r.fired() ? " fired" : "");
            for (Evidence e : r.evidence()) {
                marks.add(new Highlighter.Mark(e.span(), css, name(r.id()) + ": " + e.note() + ". " + r.reason()));
            }
        }
    }

    /** A table of the signals: name, outcome, a bar for the score, the reason. */
    static void section(StringBuilder sb, Document doc) {
        if (doc.signals().isEmpty()) {
            return;
        }
        sb.append("<section><h2>Signals</h2><p class=\"legend\">Each signal looks for one thing; its bar shows how much of it")
                .append(" the article has (not a verdict). Evidence is marked in the article below; hover for the reason.</p>")
                .append("<table class=\"signals\"><thead><tr><th>signal</th><th>outcome</th><th>score</th><th>reason</th></tr></thead><tbody>");
        for (SignalResult r : doc.signals()) {
            boolean judged = r.outcome() != SignalResult.Outcome.CANNOT_JUDGE;
            int pct = judged ? (int) Math.round(r.score() * 100) : 0;
            sb.append("<tr class=\"").append(r.outcome().key()).append("\"><td><span class=\"swatch sig-")
                    .append(cssWord(family(r.id()))).append("\"></span>").append(HtmlReport.escape(name(r.id())))
                    .append("</td><td>").append(r.outcome().key().replace('-', ' ')).append("</td><td>");
            if (judged) {
                sb.append("<span class=\"bar\" role=\"meter\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"")
                        .append(pct).append("\" aria-label=\"score ").append(pct).append(" of 100\"><span style=\"width:")
                        .append(pct).append("%\"></span></span> ").append(String.format(Locale.ROOT, "%.2f", r.score()));
            } else {
                sb.append("–");
            }
            sb.append("</td><td>").append(HtmlReport.escape(r.reason()));
            if (!r.evidence().isEmpty()) {
                sb.append(" <span class=\"count\">(").append(r.evidence().size()).append(" evidence span")
                        .append(r.evidence().size() == 1 ? "" : "s").append(")</span>");
            }
            sb.append("</td></tr>");
        }
        sb.append("</tbody></table></section>\n");
    }

    /** Families are fixed words from the catalogue; anything else becomes "other". */
    private static String cssWord(String s) {
        return s.matches("[a-z]+") ? s : "other";
    }

    static final String CSS = """
            .signals td:nth-child(3){white-space:nowrap}.bar{display:inline-block;width:6em;height:.7em;background:#eee;border:1px solid #bbb;vertical-align:middle}
            .bar span{display:block;height:100%;background:#c55}.cannot-judge{color:#777}.count{color:#777;font-size:.85em}
            .swatch{display:inline-block;width:.8em;height:.8em;margin-right:.4em;vertical-align:baseline}
            mark.sig{background:none;border-bottom-width:2px;border-bottom-style:dashed}mark.sig.fired{border-bottom-style:solid;background:#fff3f0}
            mark.sig-headline{border-bottom-color:#d62}.swatch.sig-headline{background:#d62}mark.sig-sourcing{border-bottom-color:#27a}.swatch.sig-sourcing{background:#27a}mark.sig-wording{border-bottom-color:#a2a}.swatch.sig-wording{background:#a2a}mark.sig-appeals{border-bottom-color:#c80}.swatch.sig-appeals{background:#c80}
            mark.sig-sloppiness{border-bottom-color:#777}.swatch.sig-sloppiness{background:#777}mark.sig-claims{border-bottom-color:#2a6}.swatch.sig-claims{background:#2a6}mark.sig-propaganda{border-bottom-color:#b22}.swatch.sig-propaganda{background:#b22}mark.sig-other{border-bottom-color:#555}.swatch.sig-other{background:#555}
            """;
}
