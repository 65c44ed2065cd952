package org.credence.structure.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element(s) that hold the story, readability-style: every paragraph-like block
 * scores its ancestors (commas and length count, links count against), class and id names
 * weigh in, the best candidate may climb to a parent that scores nearly as well, and siblings
 * that look like more of the same story join it. Iterative and linear in the page size.
 */
final class ContentFinder {

    /** The content roots in source order and the best-scoring candidate among them. */
    record Content(List<Element> roots, Element top, double topScore) {
        Content {
            roots = List.copyOf(roots);
        }
    }

    /** Owners whose own text counts as one paragraph scoring their parent. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "h2", "h3",
            "h4", "h5", "h6", "dd", "figcaption", "address");
    private static final Set<String> UNSCORED = Set.of("li", "h1", "dt", "th", "caption",
            "figcaption", "legend", "summary", "address");
    private static final int MAX_LEVELS = 5;

    private final Map<Element, ElementStats> stats;
    private final Map<Element, Boolean> unlikelyMemo = new IdentityHashMap<>();

    private ContentFinder(Map<Element, ElementStats> stats) {
        this.stats = stats;
    }

    static Content find(List<RawBlock> blocks, Map<Element, ElementStats> stats, Element body) {
        ContentFinder f = new ContentFinder(stats);
        Content c = f.run(blocks, body, true);
        if (c.top() == body || f.chars(c) < 250) {
            Content loose = new ContentFinder(stats).run(blocks, body, false);
            if (f.chars(loose) > f.chars(c)) {
                return loose;
            }
        }
        return c;
    }

    private int chars(Content c) {
        int n = 0;
        for (Element e : c.roots()) {
            ElementStats s = stats.get(e);
            n += s == null ? 0 : s.chars;
        }
        return n;
    }

    private Content run(List<RawBlock> blocks, Element body, boolean stripUnlikely) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (RawBlock b : blocks) {
            if (b.chars() < 25 || b.linkDensity() > 0.6) {
                continue;
            }
            Element owner = b.owner();
            String tag = owner.normalName();
            if (UNSCORED.contains(tag) || (stripUnlikely && unlikelyInside(owner))) {
                continue;
            }
            double s = 1 + commas(b.text()) + Math.min(b.chars() / 100.0, 3);
            Element el = PARAGRAPH_TAGS.contains(tag) || tag.equals("td") ? owner.parent() : owner;
            for (int level = 0; level < MAX_LEVELS && el != null; level++) {
                String t = el.normalName();
                if (t.equals("html") || t.equals("#root")) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Double cur = scores.get(el);
                double base = cur == null ? initialScore(el) : cur;
                scores.put(el, base + s / divider);
                el = el.parent();
            }
        }
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double f = finalScore(e.getKey(), e.getValue());
            if (f > best || (f == best && top != null && order(e.getKey()) < order(top))) {
                best = f;
                top = e.getKey();
            }
        }
        if (top == null) {
            return new Content(List.of(body), body, 0);
        }
        // climb while a parent scores about as well
        double lastScore = best;
        double threshold = best / 3;
        Element parent = top.parent();
        while (parent != null && parent != body.parent()) {
            Double ps = scores.get(parent);
            if (ps == null) {
                parent = parent.parent();
                continue;
            }
            double f = finalScore(parent, ps);
            if (f < threshold) {
                break;
            }
            if (f > lastScore) {
                top = parent;
                best = f;
                break;
            }
            lastScore = f;
            parent = parent.parent();
        }
        while (top != body && top.parent() != null && top.parent() != body.parent()
                && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return new Content(siblings(top, best, scores, stripUnlikely), top, best);
    }

    private List<Element> siblings(Element top, double best, Map<Element, Double> scores,
                                   boolean stripUnlikely) {
        Element parent = top.parent();
        List<Element> roots = new ArrayList<>();
        if (parent == null || top.normalName().equals("body")) {
            roots.add(top);
            return roots;
        }
        double threshold = Math.max(10, best * 0.2);
        String cls = top.className();
        for (Element sib : parent.children()) {
            if (sib == top) {
                roots.add(sib);
                continue;
            }
            ElementStats st = stats.get(sib);
            if (st == null || st.chars == 0 || (stripUnlikely && Cues.unlikely(sib))
                    || Cues.of(sib) != null) {
                continue;
            }
            double bonus = !cls.isEmpty() && cls.equals(sib.className()) ? best * 0.2 : 0;
            Double s = scores.get(sib);
            if (s != null && finalScore(sib, s) + bonus >= threshold) {
                roots.add(sib);
            } else if (sib.normalName().equals("p") || sib.normalName().equals("blockquote")) {
                double ld = st.linkDensity();
                if (st.chars > 80 && ld < 0.25) {
                    roots.add(sib);
                } else if (st.chars < 80 && ld == 0 && sentenceLike(sib.text())) {
                    roots.add(sib);
                }
            }
        }
        return roots;
    }

    private static boolean sentenceLike(String t) {
        return t.contains(". ") || t.endsWith(".");
    }

    private double finalScore(Element el, double score) {
        ElementStats s = stats.get(el);
        double ld = s == null ? 0 : s.linkDensity();
        return score * (1 - ld);
    }

    private int order(Element el) {
        ElementStats s = stats.get(el);
        return s == null ? Integer.MAX_VALUE : s.order;
    }

    private static double initialScore(Element el) {
        double s;
        switch (el.normalName()) {
            case "div", "article", "main", "section" -> s = 5;
            case "pre", "td", "blockquote" -> s = 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> s = -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> s = -5;
            default -> s = 0;
        }
        return s + Cues.classWeight(el);
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u060C' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }

    /** True when the element or an ancestor below body is marked unlikely; memoised, iterative. */
    private boolean unlikelyInside(Element el) {
        List<Element> path = new ArrayList<>();
        Element cur = el;
        Boolean known = null;
        while (cur != null) {
            known = unlikelyMemo.get(cur);
            if (known != null) {
                break;
            }
            String t = cur.normalName();
            if (t.equals("body") || t.equals("html")) {
                known = Boolean.FALSE;
                break;
            }
            path.add(cur);
            cur = cur.parent();
        }
        boolean v = known != null && known;
        for (int i = path.size() - 1; i >= 0; i--) {
            v = v || Cues.unlikely(path.get(i));
            unlikelyMemo.put(path.get(i), v);
        }
        return v;
    }
}
