package org.credence.structure.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Splits a page into {@link RawBlock}s (runs of inline content between block-level boundaries)
 * and gathers {@link ElementStats} for every visible element, in one iterative pass (no
 * recursion, so nesting depth does not matter). Invisible content (scripts, styles, forms'
 * controls, {@code hidden} and {@code display:none} elements) is skipped.
 */
final class BlockSegmenter {

    static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "select", "option", "textarea", "input", "button", "object", "embed",
            "canvas", "video", "audio", "head", "link", "meta", "title", "dialog", "map", "picture",
            "source", "img");
    static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
            "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
            "tfoot", "tr", "td", "th", "ul", "caption", "legend", "html", "noframes", "frameset");

    /** The blocks of a page and the figures of its elements. */
    record Result(List<RawBlock> blocks, Map<Element, ElementStats> stats) {
    }

    private BlockSegmenter() {
    }

    static Result segment(Element root) {
        Walker w = new Walker();
        NodeTraversor.filter(w, root);
        w.flush();
        return new Result(w.blocks, w.stats);
    }

    static boolean hidden(Element el) {
        if (el.hasAttr("hidden")) {
            return true;
        }
        String style = el.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        String c = el.className();
        if (!c.isEmpty()) {
            for (String t : c.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (t.equals("hidden") || t.equals("sr-only") || t.equals("screen-reader-text")
                        || t.equals("visually-hidden") || t.equals("visuallyhidden")
                        || t.equals("screen-reader-only") || t.equals("is-hidden")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class Walker implements NodeFilter {
        final List<RawBlock> blocks = new ArrayList<>();
        final Map<Element, ElementStats> stats = new IdentityHashMap<>();
        final ArrayDeque<Element> blockStack = new ArrayDeque<>();
        final List<Node> pieces = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int counter;
        int linkDepth;
        int chars;
        int linkChars;
        int firstOrder;
        boolean lastWasBreak;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                int n = nonSpace(s);
                if (n == 0 && pieces.isEmpty()) {
                    return FilterResult.CONTINUE;
                }
                Element parent = t.parent();
                if (pieces.isEmpty()) {
                    ElementStats ps = parent == null ? null : stats.get(parent);
                    firstOrder = ps == null ? counter : ps.order;
                }
                pieces.add(t);
                text.append(s);
                chars += n;
                if (linkDepth > 0) {
                    linkChars += n;
                }
                if (n > 0) {
                    lastWasBreak = false;
                }
                ElementStats ps = parent == null ? null : stats.get(parent);
                if (ps != null) {
                    ps.chars += n;
                    if (linkDepth > 0) {
                        ps.linkChars += n;
                    }
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            if (SKIP.contains(tag) || (!tag.equals("body") && !tag.equals("html") && hidden(el))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            ElementStats s = new ElementStats();
            s.order = counter++;
            stats.put(el, s);
            if (tag.equals("a")) {
                linkDepth++;
            }
            if (tag.equals("br")) {
                if (lastWasBreak) {
                    flush();
                } else if (!pieces.isEmpty()) {
                    pieces.add(el);
                    text.append('\n');
                    lastWasBreak = true;
                }
            } else if (BLOCK.contains(tag)) {
                flush();
                blockStack.push(el);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            ElementStats s = stats.get(el);
            if (s == null) {
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            }
            if (BLOCK.contains(tag)) {
                flush();
                if (!blockStack.isEmpty()) {
                    blockStack.pop();
                }
            }
            s.last = counter - 1;
            Element parent = el.parent();
            ElementStats ps = parent == null ? null : stats.get(parent);
            if (ps != null) {
                ps.chars += s.chars;
                ps.linkChars += s.linkChars;
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            lastWasBreak = false;
            if (pieces.isEmpty()) {
                return;
            }
            if (chars > 0) {
                Element owner = blockStack.isEmpty() ? null : blockStack.peek();
                if (owner != null) {
                    blocks.add(new RawBlock(blocks.size(), owner, pieces,
                            MappedText.collapse(text.toString()), chars, linkChars, firstOrder));
                }
            }
            pieces.clear();
            text.setLength(0);
            chars = 0;
            linkChars = 0;
        }

        private static int nonSpace(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!MappedText.isSpace(s.charAt(i))) {
                    n++;
                }
            }
            return n;
        }
    }
}
