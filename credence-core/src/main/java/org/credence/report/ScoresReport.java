package org.credence.report;

import java.util.Locale;
import org.credence.model.ArticleScore;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.ScoreReason;

/**
 * The article scores in the text and HTML reports: each score with its probability, its band
 * (never a bare verdict) and its top reasons, each reason with its signed contribution and the
 * evidence it points at. Every piece of text is escaped in HTML.
 */
final class ScoresReport {

    private ScoresReport() {
    }

    /** Text: one line per score, then its reasons and up to two excerpts each. */
    static void text(StringBuilder sb, Document doc) {
        if (doc.scores().isEmpty()) {
            return;
        }
        sb.append("\nScores (calibrated probability; band = how much concern; reasons = what moved it most):\n");
        for (ArticleScore s : doc.scores()) {
            if (s.band() == ArticleScore.Band.CANNOT_SCORE) {
                sb.append(String.format(Locale.ROOT, "  %-14s   n/a  %-12s %s%n", s.name(), s.band().key(), s.summary()));
                continue;
            }
            sb.append(String.format(Locale.ROOT, "  %-14s %5.2f  %-12s%n", s.name(), s.probability(), s.band().key() + " concern"));
            for (ScoreReason r : s.reasons()) {
                sb.append(String.format(Locale.ROOT, "      %+5.2f  %s%n", r.contribution(),
                        TextReport.ellipsis(r.description().replace('\n', ' '), 86)));
                int shown = 0;
                for (Evidence e : r.evidence()) {
                    if (shown++ == 2) {
                        break;
                    }
                    sb.append("             \"").append(TextReport.ellipsis(e.excerpt().replace('\n', ' '), 80)).append("\"\n");
                }
            }
        }
    }

    /** HTML: a table of the scores with a bar, the band and the reasons as a list. */
    static void html(StringBuilder sb, Document doc) {
        if (doc.scores().isEmpty()) {
            return;
        }
        sb.append("<section><h2>Scores</h2><p class=\"legend\">Calibrated probabilities from held-out data: a 0.8 is right")
                .append(" about 80 % of the time on articles like the training data. The band says how much concern it means;")
                .append(" the reasons are what moved the score most (+ raises it, − lowers it), with the text they point at.</p>")
                .append("<table class=\"scores\"><thead><tr><th>score</th><th>probability</th><th>band</th><th>reasons</th></tr></thead><tbody>");
        for (ArticleScore s : doc.scores()) {
            boolean scored = s.band() != ArticleScore.Band.CANNOT_SCORE;
            int pct = scored ? (int) Math.round(s.probability() * 100) : 0;
            sb.append("<tr class=\"band-").append(s.band().key()).append("\"><td>").append(HtmlReport.escape(s.name()))
                    .append("</td><td>");
            if (scored) {
                sb.append("<span class=\"bar\" role=\"meter\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"")
                        .append(pct).append("\" aria-label=\"probability ").append(pct).append(" of 100\"><span style=\"width:")
                        .append(pct).append("%\"></span></span> ").append(String.format(Locale.ROOT, "%.2f", s.probability()));
            } else {
                sb.append("–");
            }
            sb.append("</td><td><span class=\"band\">").append(s.band().key().replace('-', ' '))
                    .append(scored ? " concern" : "").append("</span></td><td>");
            if (!scored || s.reasons().isEmpty()) {
                sb.append(HtmlReport.escape(s.summary()));
            } else {
                sb.append("<ul class=\"reasons\">");
                for (ScoreReason r : s.reasons()) {
                    sb.append("<li><span class=\"contrib\">").append(String.format(Locale.ROOT, "%+.2f", r.contribution()))
                            .append("</span> ").append(HtmlReport.escape(r.description()));
                    int shown = 0;
                    for (Evidence e : r.evidence()) {
                        if (shown++ == 2) {
                            break;
                        }
                        sb.append(" <span class=\"excerpt\">“").append(HtmlReport.escape(TextReport.ellipsis(e.excerpt().replace('\n', ' '), 80)))
                                .append("”</span>");
                    }
                    sb.append("</li>");
                }
                sb.append("</ul>");
            }
            sb.append("</td></tr>");
        }
        sb.append("</tbody></table><p class=\"legend\">Model: ").append(HtmlReport.escape(String.join(", ",
                doc.scores().stream().map(ArticleScore::model).distinct().toList())))
                .append(". Outlet ratings, when shown, are never part of these scores.</p></section>\n");
    }

    static final String CSS = """
            .scores td:nth-child(2){white-space:nowrap}.reasons{margin:0;padding-left:1.1em}.contrib{font-family:monospace}
            .band{font-weight:600}.excerpt{color:#555}.band-high .band{color:#b22}.band-mixed .band{color:#a60}.band-low .band{color:#275}.band-cannot-score{color:#777}
            """;
}
