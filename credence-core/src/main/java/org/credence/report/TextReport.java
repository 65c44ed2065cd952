package org.credence.report;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.credence.Analysis;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.Document;
import org.credence.model.Problem;
import org.credence.model.Repair;

/** A readable terminal summary of one analysis. Plain text, no colours, lines under ~100 columns. */
public final class TextReport {

    private static final int EXCERPT = 90;

    private TextReport() {
    }

    public static String render(Analysis analysis) {
        StringBuilder sb = new StringBuilder();
        if (analysis instanceof Analysis.Failed f) {
            sb.append("ERROR ").append(f.origin().isEmpty() ? f.id() : f.origin()).append(": ")
                    .append(f.message()).append(" [").append(f.code()).append("]\n");
            return sb.toString();
        }
        Document doc = ((Analysis.Ok) analysis).document();
        String name = !doc.metadata().origin().isEmpty() ? doc.metadata().origin() : doc.metadata().id();
        sb.append("== Credence report").append(name.isEmpty() ? "" : ": " + name).append(" ==\n");
        line(sb, "Headline", doc.fields().headline());
        line(sb, "Dek", doc.fields().dek());
        line(sb, "Byline", doc.fields().byline());
        line(sb, "Dateline", doc.fields().dateline());
        line(sb, "Published", doc.fields().published());
        line(sb, "URL", doc.metadata().url());
        sb.append(String.format(Locale.ROOT, "%-10s %s %s, %d words%n", "Input",
                doc.format().key(), doc.encoding().describe(), JsonReport.words(doc.text())));
        if (!doc.language().sentences().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%-10s %d sentences, %d tokens%n", "Language",
                    doc.language().sentences().size(), doc.language().tokens().size()));
        }

        Map<BlockType, Integer> counts = new EnumMap<>(BlockType.class);
        doc.blocks().forEach(b -> counts.merge(b.type(), 1, Integer::sum));
        StringBuilder c = new StringBuilder();
        counts.forEach((t, n) -> c.append(c.length() == 0 ? "" : ", ").append(n).append(' ').append(t.key()));
        line(sb, "Blocks", c.toString());

        ScoresReport.text(sb, doc);
        signals(sb, doc);
        if (!doc.sourceRatings().isEmpty()) {
            sb.append("\nOutlet ratings (what public lists say of the outlet; beside the article's own findings, not part of them):\n");
            for (org.credence.model.SourceRating r : doc.sourceRatings()) {
                sb.append("  ").append(ScoresText.rating(r)).append('\n');
            }
        }

        long furniture = doc.blocks().stream().filter(b -> !b.type().isArticle()).count();
        if (furniture > 0) {
            sb.append("\nNot part of the article (").append(furniture).append("):\n");
            for (Block b : doc.blocks()) {
                if (!b.type().isArticle()) {
                    sb.append(String.format(Locale.ROOT, "  %-12s %.2f  %s%n               (%s)%n", b.type().key(),
                            b.confidence(), quote(doc.textOf(b.span())), b.reason()));
                }
            }
        }
        if (!doc.language().chains().isEmpty()) {
            String e = entities(doc);
            line(sb, "\nEntities", e);
            if (e.contains("?)") || e.contains("?,")) {
                sb.append(String.format(Locale.ROOT, "%-10s ? = the model is unsure: fewer than %d %% of such entities are right%n",
                        "", Math.round(UNSURE * 100)));
            }
        }
        if (!doc.language().quotes().isEmpty()) {
            sb.append("\nQuotes and sources (").append(doc.language().quotes().size()).append("):\n");
            int shown = 0;
            for (org.credence.model.Quote q : doc.language().quotes()) {
                if (shown++ == 12) {
                    sb.append("  … more in the JSON report\n");
                    break;
                }
                org.credence.model.Attribution a = q.source();
                String who = a.mention() == null ? "(no source)" : doc.textOf(a.mention())
                        + (a.name() != null && !a.name().isEmpty() && !a.name().equals(doc.textOf(a.mention())) ? " = " + a.name() : "");
                sb.append(String.format(Locale.ROOT, "  %-12s %-18s %s%n               %s%n",
                        LanguageJson.key(q.kind()), LanguageJson.key(a.kind()), who, quote(doc.textOf(q.content()))));
            }
        }
        if (!doc.language().times().isEmpty() || !doc.language().quantities().isEmpty()) {
            StringBuilder t = new StringBuilder();
            doc.language().times().stream().limit(8).forEach(x -> t.append(t.length() == 0 ? "" : "; ")
                    .append(doc.textOf(x.span())).append(" = ").append(x.value()));
            line(sb, "\nDates", t.toString());
            StringBuilder q = new StringBuilder();
            doc.language().quantities().stream().limit(8).forEach(x -> q.append(q.length() == 0 ? "" : "; ")
                    .append(doc.textOf(x.span())));
            line(sb, "Amounts", q.toString());
        }
        if (!doc.language().foreign().isEmpty()) {
            sb.append("\nNot in English (left out of the English models):\n");
            doc.language().foreign().forEach(f -> sb.append(String.format(Locale.ROOT, "  %-10s %s%n",
                    f.script(), quote(doc.textOf(f.span())))));
        }
        if (!doc.repairs().isEmpty()) {
            sb.append("\nRepairs (").append(doc.repairs().size()).append("):\n");
            int shown = 0;
            for (Repair r : doc.repairs()) {
                if (shown++ == 20) {
                    sb.append("  … ").append(doc.repairs().size() - 20).append(" more in the JSON report\n");
                    break;
                }
                String how = r.decodedAs().isEmpty() ? "" : " (" + r.encodedAs() + " read as " + r.decodedAs() + ")";
                sb.append(String.format(Locale.ROOT, "  %-9s %.2f  %s -> %s%s%n", r.kind().key(), r.confidence(),
                        quote(r.from()), quote(r.to()), how));
            }
        }
        if (!doc.problems().isEmpty()) {
            sb.append("\nProblems:\n");
            for (Problem p : doc.problems()) {
                sb.append("  ").append(p.severity().key()).append(' ').append(p.code()).append(": ")
                        .append(p.message()).append('\n');
            }
        }
        sb.append("\nArticle:\n");
        int shown = 0;
        for (Block b : doc.blocks()) {
            if (b.type() == BlockType.BODY) {
                if (shown++ == 3) {
                    long more = doc.blocks().stream().filter(x -> x.type() == BlockType.BODY).count() - 3;
                    sb.append("  … ").append(more).append(" more paragraph(s)\n");
                    break;
                }
                sb.append("  ").append(ellipsis(doc.textOf(b.span()).replace('\n', ' '), 300)).append('\n');
            }
        }
        return sb.toString();
    }

    /** One line per signal: a ten-cell bar, the outcome and reason, then up to three excerpts. */
    private static void signals(StringBuilder sb, Document doc) {
        if (doc.signals().isEmpty()) {
            return;
        }
        sb.append("\nSignals (bar = how much of it the article shows, not a verdict):\n");
        for (org.credence.model.SignalResult r : doc.signals()) {
            String bar;
            if (r.outcome() == org.credence.model.SignalResult.Outcome.CANNOT_JUDGE) {
                bar = "    n/a   ";
            } else {
                int filled = (int) Math.round(r.score() * 10);
                bar = "#".repeat(filled) + ".".repeat(10 - filled);
            }
            sb.append(String.format(Locale.ROOT, "  %s %-6s %-31s %s%n", bar,
                    r.fired() ? "FIRED" : r.outcome() == org.credence.model.SignalResult.Outcome.CLEAR ? "clear" : "n/a",
                    SignalsHtml.name(r.id()), r.reason()));
            int shown = 0;
            for (org.credence.model.Evidence e : r.evidence()) {
                if (shown++ == 3) {
                    sb.append("                    … ").append(r.evidence().size() - 3).append(" more\n");
                    break;
                }
                sb.append("                    ").append(quote(e.excerpt())).append(e.note().isEmpty() ? "" : " (" + e.note() + ")").append('\n');
            }
        }
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(String.format(Locale.ROOT, "%-10s %s%n", label, ellipsis(value.replace('\n', ' '), 200)));
        }
    }

    /** Below this calibrated confidence an entity's chain is marked "?" (the model is more likely wrong than right). */
    static final double UNSURE = 0.5;

    /**
     * The ten chains with the most mentions, "name (type, n×)"; a chain none of whose mentions
     * reaches {@link #UNSURE} is marked "(type?)".
     */
    private static String entities(Document doc) {
        double[] best = new double[doc.language().chains().stream().mapToInt(ch -> ch.id() + 1).max().orElse(0)];
        for (org.credence.model.Entity en : doc.language().entities()) {
            if (en.chain() >= 0 && en.chain() < best.length) {
                best[en.chain()] = Math.max(best[en.chain()], en.confidence());
            }
        }
        StringBuilder e = new StringBuilder();
        for (org.credence.model.EntityChain ch : doc.language().chains().stream()
                .sorted(java.util.Comparator.comparingInt((org.credence.model.EntityChain c) -> -c.mentions().size()))
                .limit(10).toList()) {
            boolean u = best[ch.id()] < UNSURE;
            e.append(e.length() == 0 ? "" : "; ").append(ch.name()).append(" (").append(LanguageJson.key(ch.type()))
                    .append(u ? "?" : "").append(ch.mentions().size() > 1 ? ", " + ch.mentions().size() + "×" : "").append(')');
        }
        return e.toString();
    }

    private static String quote(String s) {
        return "\"" + ellipsis(s.replace('\n', ' '), EXCERPT) + "\"";
    }

    static String ellipsis(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut) + "…";
    }
}
