package org.credence.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.credence.model.Span;

/**
 * Renders a stretch of text as HTML with highlighted spans that may nest or overlap: the text is
 * cut at every span boundary and each piece is wrapped in the marks of the spans that cover it
 * (an overlap becomes two adjacent marks, never broken markup). All text is escaped.
 */
final class Highlighter {

    /**
     * One highlight.
     *
     * @param span     where, in the full text
     * @param cssClass the mark's class (a fixed word, never from the input)
     * @param title    the hover text (escaped)
     */
    record Mark(Span span, String cssClass, String title) {
    }

    private Highlighter() {
    }

    /** Sorts marks by start, as {@link #render} expects. */
    static List<Mark> sorted(List<Mark> marks) {
        List<Mark> s = new ArrayList<>(marks);
        s.sort(Comparator.comparingInt((Mark m) -> m.span().start()));
        return s;
    }

    /**
     * Appends {@code text[within]} with {@code marks} (sorted by start, see {@link #sorted}; only
     * those inside {@code within} count) to {@code sb}. Cost: a binary search plus the marks inside.
     */
    static void render(StringBuilder sb, String text, Span within, List<Mark> marks) {
        List<Mark> inside = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(within.start());
        cuts.add(within.end());
        int lo = 0;
        int hi = marks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (marks.get(mid).span().start() < within.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < marks.size() && marks.get(k).span().start() < within.end(); k++) {
            Mark m = marks.get(k);
            if (!m.span().isEmpty() && within.contains(m.span())) {
                inside.add(m);
                cuts.add(m.span().start());
                cuts.add(m.span().end());
            }
        }
        inside.sort(Comparator.comparingInt((Mark m) -> m.span().start()).thenComparing(m -> -m.span().length()));
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                String piece = HtmlReport.escape(text.substring(prev, cut)).replace("\n", "<br>");
                StringBuilder open = new StringBuilder();
                StringBuilder close = new StringBuilder();
                for (Mark m : inside) {
                    if (m.span().start() <= prev && cut <= m.span().end()) {
                        open.append("<mark class=\"").append(m.cssClass()).append("\" title=\"")
                                .append(HtmlReport.escape(m.title())).append("\">");
                        close.append("</mark>");
                    }
                }
                sb.append(open).append(piece).append(close);
            }
            prev = cut;
        }
    }
}
