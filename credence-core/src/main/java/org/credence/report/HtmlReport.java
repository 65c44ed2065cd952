package org.credence.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.Analysis;
import org.credence.model.Block;
import org.credence.model.Document;
import org.credence.model.Problem;
import org.credence.model.Repair;
import org.credence.model.Span;

/**
 * A standalone HTML report: one file, no scripts, no network requests, with the article, its
 * blocks coloured by type and its repairs highlighted (details on hover and in a table). Every
 * piece of text taken from the input is escaped.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    public static String render(Analysis analysis) {
        StringBuilder sb = new StringBuilder(8192);
        String title = analysis instanceof Analysis.Ok ok && !ok.document().fields().headline().isEmpty()
                ? ok.document().fields().headline() : analysis.origin();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Credence report: ").append(escape(title)).append("</title><style>").append(CSS).append(SignalsHtml.CSS).append(ScoresReport.CSS)
                .append("</style></head><body>\n");
        if (analysis instanceof Analysis.Failed f) {
            sb.append("<h1>Credence report</h1><p class=\"error\">Could not analyse ").append(escape(f.origin()))
                    .append(": ").append(escape(f.message())).append(" <code>").append(escape(f.code())).append("</code></p>");
            return sb.append("</body></html>\n").toString();
        }
        Document doc = ((Analysis.Ok) analysis).document();
        sb.append("<header><h1>Credence report</h1><dl>");
        dl(sb, "Headline", doc.fields().headline());
        dl(sb, "Byline", doc.fields().byline());
        dl(sb, "Dateline", doc.fields().dateline());
        dl(sb, "Published", doc.fields().published());
        dl(sb, "URL", doc.metadata().url());
        if (!doc.sourceRatings().isEmpty()) {
            dl(sb, "Outlet ratings", ScoresText.ratings(doc) + " (public lists about the outlet;"
                    + " beside the article's own findings, not part of them)");
        }
        dl(sb, "Input", doc.format().key() + ", " + doc.encoding().describe());
        sb.append("</dl></header>\n");
        ScoresReport.html(sb, doc);
        SignalsHtml.section(sb, doc);
        sb.append("<main><h2>Article</h2><p class=\"legend\">Blocks are outlined by type; "
                + "non-article blocks are shaded. <mark class=\"repair\">Repaired text</mark>, <mark class=\"quote\">quotes</mark> with their <mark class=\"source\">sources</mark>, <mark class=\"ent\">names</mark>, <mark class=\"time\">dates</mark> and <mark class=\"qty\">amounts</mark> are marked, and the evidence of each <mark class=\"sig sig-other fired\">signal</mark>. Hover for details.</p>\n");
        article(sb, doc);
        sb.append("</main>\n");
        if (!doc.repairs().isEmpty()) {
            sb.append("<section><h2>Repairs</h2><table><thead><tr><th>kind</th><th>from</th><th>to</th><th>encodings</th><th>confidence</th></tr></thead><tbody>");
            for (Repair r : doc.repairs()) {
                sb.append("<tr><td>").append(r.kind().key()).append("</td><td>").append(escape(r.from()))
                        .append("</td><td>").append(escape(r.to())).append("</td><td>")
                        .append(escape(r.decodedAs().isEmpty() ? "" : r.encodedAs() + " read as " + r.decodedAs()))
                        .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", r.confidence())).append("</td></tr>");
            }
            sb.append("</tbody></table></section>\n");
        }
        if (!doc.problems().isEmpty()) {
            sb.append("<section><h2>Problems</h2><ul>");
            for (Problem p : doc.problems()) {
                sb.append("<li class=\"").append(p.severity().key()).append("\"><code>").append(escape(p.code()))
                        .append("</code> ").append(escape(p.message())).append("</li>");
            }
            sb.append("</ul></section>\n");
        }
        return sb.append("<footer>Credence ").append(escape(org.credence.Version.get()))
                .append(", report schema ").append(JsonReport.SCHEMA_VERSION).append("</footer></body></html>\n").toString();
    }

    private static void dl(StringBuilder sb, String k, String v) {
        if (!v.isBlank()) {
            sb.append("<dt>").append(k).append("</dt><dd>").append(escape(v)).append("</dd>");
        }
    }

    private static void article(StringBuilder sb, Document doc) {
        String text = doc.text();
        List<Highlighter.Mark> marks = Highlighter.sorted(marks(doc));
        for (Block b : doc.blocks()) {
            String tip = b.type().key() + String.format(Locale.ROOT, " (%.2f): ", b.confidence()) + b.reason();
            boolean foreign = doc.language().isForeign(b.span());
            if (foreign) {
                tip += "; not English: left out of the English models";
            }
            sb.append("<div class=\"block b-").append(b.type().key()).append(b.type().isArticle() ? "" : " furniture")
                    .append(foreign ? " foreign" : "")
                    .append("\" title=\"").append(escape(tip)).append("\"><span class=\"tag\">").append(b.type().key())
                    .append("</span>");
            withRepairs(sb, text, b.span(), marks);
            sb.append("</div>\n");
        }
    }

    /** Writes the text of {@code span}, with the document's highlights inside it. */
    private static void withRepairs(StringBuilder sb, String text, Span span, List<Highlighter.Mark> marks) {
        Highlighter.render(sb, text, span, marks);
    }

    /** Every highlight of the document: repairs, quotes and sources, entities, dates, amounts, signal evidence. */
    static List<Highlighter.Mark> marks(Document doc) {
        List<Highlighter.Mark> marks = new ArrayList<>();
        for (Repair r : doc.repairs()) {
            String tip = r.kind().key() + ": \"" + r.from() + "\" -> \"" + r.to() + "\""
                    + (r.decodedAs().isEmpty() ? "" : " (" + r.encodedAs() + " read as " + r.decodedAs() + ")");
            marks.add(new Highlighter.Mark(r.span(), "repair", tip));
        }
        for (org.credence.model.Quote q : doc.language().quotes()) {
            org.credence.model.Attribution a = q.source();
            String who = a.mention() == null ? "no source" : (a.name() != null && !a.name().isEmpty() ? a.name() : doc.textOf(a.mention()));
            marks.add(new Highlighter.Mark(q.content(), "quote", LanguageJson.key(q.kind()) + " quote; source: " + who
                    + " (" + LanguageJson.key(a.kind()) + ")"));
            if (a.mention() != null) {
                marks.add(new Highlighter.Mark(a.mention(), "source", "source (" + LanguageJson.key(a.kind()) + ")"));
            }
        }
        for (org.credence.model.Entity e : doc.language().entities()) {
            String chain = doc.language().chains().stream().filter(c -> c.id() == e.chain())
                    .findFirst().map(c -> " = " + c.name()).orElse("");
            marks.add(new Highlighter.Mark(e.span(), "ent", LanguageJson.key(e.type()) + chain
                    + String.format(java.util.Locale.ROOT, " (confidence %.2f%s)", e.confidence(),
                    e.confidence() < TextReport.UNSURE ? ": the model is unsure" : "")));
        }
        for (org.credence.model.TimeExpression t : doc.language().times()) {
            marks.add(new Highlighter.Mark(t.span(), "time", LanguageJson.key(t.kind()) + " " + t.value()));
        }
        for (org.credence.model.Quantity q : doc.language().quantities()) {
            marks.add(new Highlighter.Mark(q.span(), "qty", LanguageJson.key(q.kind()) + " " + q.value()
                    + (q.unit() == null ? "" : " " + q.unit())));
        }
        SignalsHtml.marks(doc, marks);
        return marks;
    }

    private static final String CSS = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:1em auto;padding:0 1em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}
            dt{font-weight:600}dd{margin:0}.block{border-left:4px solid #ccc;padding:.3em .6em;margin:.5em 0;position:relative}
            .tag{float:right;font-size:.7em;color:#666;text-transform:uppercase;margin-left:.5em}
            .b-headline{border-color:#333;font-size:1.3em;font-weight:600}.b-dek{border-color:#555;font-style:italic}
            .b-byline,.b-date,.b-dateline{border-color:#4a7;color:#355}.b-caption,.b-credit{border-color:#79c;font-size:.9em;color:#345}
            .b-body{border-color:#ddd}.furniture{background:#fff4e5;border-color:#e8a33d}.b-fundraising{background:#fde8e8;border-color:#d33}
            mark{background:none;color:inherit}mark.repair{background:#ffe066;border-bottom:2px dotted #b80}
            mark.quote{background:#eef6ff}mark.source{font-weight:600;text-decoration:underline}
            mark.ent{border-bottom:2px solid #48c}mark.time{border-bottom:2px solid #6a6}mark.qty{border-bottom:2px solid #a6a}table{border-collapse:collapse;width:100%}
            td,th{border:1px solid #ddd;padding:.2em .4em;text-align:left;font-size:.9em}.error{color:#b00}
            .foreign{font-style:italic;border-left-style:dashed}.legend{font-size:.85em;color:#555}footer{margin-top:2em;font-size:.8em;color:#777}
            @media (max-width:500px){body{font-size:15px}dl{grid-template-columns:1fr}}
            """;
}
