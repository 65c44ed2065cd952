package org.credence.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credence.model.BlockType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Chooses which raw blocks enter the text and types them. Blocks inside the content roots are
 * body unless a DOM or text cue names them furniture; blocks between the headline and the
 * content, and after the content inside the article container, are kept and typed by their
 * cues; everything else on the page (navigation, page footer, cookie banners) is left out.
 */
final class BlockTyper {

    /** A raw block chosen for the text, with its type. */
    record Typed(RawBlock block, BlockType type, double confidence, String reason) {
    }

    private static final int MAX_CUE_LEVELS = 12;
    private static final int MAX_PRE_BLOCKS = 30;
    private static final int MAX_POST_BLOCKS = 60;

    private final List<RawBlock> blocks;
    private final Map<Element, ElementStats> stats;
    private final List<ElementStats> roots = new ArrayList<>();
    private final List<Element> rootEls;
    private final int contentChars;
    private final Map<Element, Cues.Cue> cueMemo = new java.util.IdentityHashMap<>();
    private static final Cues.Cue NONE = new Cues.Cue(BlockType.BODY, "");

    /** The page's {@code <title>}, normalised ({@link #norm}); empty when it has none. */
    private final String title;

    private BlockTyper(List<RawBlock> blocks, Map<Element, ElementStats> stats, List<Element> rootEls, String title) {
        this.blocks = blocks;
        this.stats = stats;
        this.rootEls = rootEls;
        this.title = norm(title);
        int c = 0;
        for (Element r : rootEls) {
            ElementStats s = stats.get(r);
            if (s != null) {
                roots.add(s);
                c += s.chars;
            }
        }
        contentChars = Math.max(c, 1);
    }

    static List<Typed> type(List<RawBlock> blocks, Map<Element, ElementStats> stats,
                            ContentFinder.Content content) {
        return type(blocks, stats, content, "");
    }

    /** Types the blocks; {@code title} (the page's {@code <title>}) helps find a headline that is not an h1. */
    static List<Typed> type(List<RawBlock> blocks, Map<Element, ElementStats> stats,
                            ContentFinder.Content content, String title) {
        return new BlockTyper(blocks, stats, content.roots(), title == null ? "" : title).run();
    }

    private List<Typed> run() {
        List<Typed> out = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (RawBlock b : blocks) {
            if (rootOf(b) != null) {
                if (first < 0) {
                    first = b.index();
                }
                last = b.index();
            }
        }
        if (first < 0) {
            return out;
        }
        int headline = findHeadline(first);
        if (headline >= 0 && logoLike(blocks.get(headline))) {
            headline = -1; // the site's name in an h1 of the page header; the story's own h1 comes later
        }
        int titled = -1;
        if (headline < 0 && !h1Within(first, last)) {
            titled = titleHeading(first, last);
            if (titled >= 0 && titled < first) {
                headline = titled;
            }
        }
        Element scope = scope(headline, first);
        ElementStats scopeStats = scope == null ? null : stats.get(scope);
        int preStart = headline >= 0 ? headline : first;
        boolean afterHeadline = false;
        boolean dekSeen = false;
        for (int i = preStart; i < first; i++) {
            RawBlock b = blocks.get(i);
            if (i == headline) {
                out.add(new Typed(b, BlockType.HEADLINE, 0.9, "h1 before the article"));
                afterHeadline = true;
                continue;
            }
            Cues.Cue cue = cue(b, scope);
            if (cue != null) {
                out.add(new Typed(b, cue.type(), 0.7, cue.reason()));
                dekSeen |= cue.type() == BlockType.DEK;
            } else if (afterHeadline && !dekSeen && b.chars() >= 30 && b.chars() < 400
                    && b.linkDensity() < 0.3) {
                out.add(new Typed(b, BlockType.DEK, 0.5, "short text under the headline"));
                dekSeen = true;
            } else if (paragraphLike(b)) {
                out.add(new Typed(b, BlockType.BODY, 0.5, "paragraph before the content"));
            } else {
                out.add(new Typed(b, BlockType.BOILERPLATE, 0.4, "near the headline"));
            }
        }
        boolean headlineDone = headline >= 0;
        for (int i = first; i <= last; i++) {
            RawBlock b = blocks.get(i);
            Element root = rootOf(b);
            if (root == null) {
                Cues.Cue cue = cue(b, scope);
                if (cue != null) {
                    out.add(new Typed(b, cue.type(), 0.6, cue.reason()));
                } else if (scopeStats != null && scopeStats.contains(orderStats(b))) {
                    out.add(new Typed(b, BlockType.BOILERPLATE, 0.4, "between parts of the article"));
                }
                continue;
            }
            if (!headlineDone && b.ownerTag().equals("h1")) {
                out.add(new Typed(b, BlockType.HEADLINE, 0.8, "h1"));
                headlineDone = true;
                continue;
            }
            if (!headlineDone && i == titled) {
                out.add(new Typed(b, BlockType.HEADLINE, 0.75, b.ownerTag() + " that matches the page title"));
                headlineDone = true;
                continue;
            }
            Cues.Cue cue = cue(b, root);
            if (cue != null) {
                out.add(new Typed(b, cue.type(), 0.7, cue.reason()));
            } else if (linkBlock(b)) {
                BlockType t = b.ownerTag().equals("li") ? BlockType.RELATED : BlockType.BOILERPLATE;
                out.add(new Typed(b, t, 0.6, "link density " + Math.round(b.linkDensity() * 100) + "%"));
            } else {
                String tag = b.ownerTag();
                String why = tag.matches("h[1-6]") ? "heading" : tag.equals("li") ? "list item" : tag;
                out.add(new Typed(b, BlockType.BODY, 0.8, why + " in the article"));
            }
        }
        if (scopeStats != null) {
            int limit = Math.min(blocks.size(), last + 1 + MAX_POST_BLOCKS);
            for (int i = last + 1; i < limit; i++) {
                RawBlock b = blocks.get(i);
                if (!scopeStats.contains(orderStats(b))) {
                    break;
                }
                Cues.Cue cue = cue(b, scope);
                if (cue != null) {
                    out.add(new Typed(b, cue.type(), 0.7, cue.reason()));
                } else if (linkBlock(b)) {
                    out.add(new Typed(b, BlockType.RELATED, 0.5, "links after the article"));
                } else {
                    out.add(new Typed(b, BlockType.BOILERPLATE, 0.4, "after the article"));
                }
            }
        }
        return out;
    }

    private static boolean paragraphLike(RawBlock b) {
        return b.chars() >= 150 && b.linkDensity() < 0.2 && b.ownerTag().equals("p");
    }

    private static boolean linkBlock(RawBlock b) {
        double ld = b.linkDensity();
        return (ld > 0.5 && b.chars() < 300) || (ld > 0.8);
    }

    private ElementStats orderStats(RawBlock b) {
        ElementStats s = new ElementStats();
        s.order = b.order();
        return s;
    }

    private Element rootOf(RawBlock b) {
        for (int k = 0; k < roots.size(); k++) {
            ElementStats r = roots.get(k);
            if (r.order <= b.order() && b.order() <= r.last) {
                return rootEls.get(k);
            }
        }
        return null;
    }

    /** The h1 block nearest before the content, within a few blocks; -1 if none. */
    private int findHeadline(int first) {
        for (int i = first - 1; i >= 0 && i >= first - MAX_PRE_BLOCKS; i--) {
            if (blocks.get(i).ownerTag().equals("h1")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether an h1 is the site's name rather than a story's headline: it is all one short link (the
     * logo linking home), it or a near ancestor is classed as the site title, logo, brand or masthead,
     * or its text is the site-name part of the page title ("… | Harbour Wire").
     */
    private boolean logoLike(RawBlock b) {
        String t = norm(b.text());
        if (!title.isEmpty() && (title.equals(t) || title.startsWith(t + " "))) {
            return false; // the story's title, even as a link to itself
        }
        if (b.chars() <= 60 && b.linkDensity() >= 0.9) {
            return true;
        }
        Element e = b.owner();
        for (int k = 0; k < 3 && e != null; k++, e = e.parent()) {
            String c = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
            if (c.matches(".*(site-?title|site-?name|logo|brand|masthead).*")) {
                return true;
            }
        }
        String[] parts = title.split(" [|\\-–—·:] ");
        boolean isPart = false;
        boolean longer = false;
        for (String part : parts) {
            isPart |= part.equals(t);
            longer |= part.length() > t.length();
        }
        return isPart && longer; // "Harbour Wire" in "Port strike delays grain | Harbour Wire"
    }

    /** Whether an h1 sits among the content's blocks {@code [first, last]}. */
    private boolean h1Within(int first, int last) {
        for (int i = first; i <= last && i < blocks.size(); i++) {
            if (blocks.get(i).ownerTag().equals("h1") && rootOf(blocks.get(i)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading (h2 to h4) near the start of the content whose text is the page title or its story
     * part ("Flood warnings issued for river towns" under the title "Flood warnings issued for river
     * towns | Northern Ledger"); -1 when none.
     */
    private int titleHeading(int first, int last) {
        if (title.isEmpty()) {
            return -1;
        }
        for (int i = Math.max(0, first - MAX_PRE_BLOCKS); i <= Math.min(last, first + 3) && i < blocks.size(); i++) {
            RawBlock b = blocks.get(i);
            String t = norm(b.text());
            if (b.ownerTag().matches("h[2-4]") && t.length() >= 12 && b.linkDensity() < 0.5
                    && (title.equals(t) || title.startsWith(t + " ") || title.endsWith(" " + t))) {
                return i;
            }
        }
        return -1;
    }

    private static String norm(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The article container: common ancestor of headline and content, if not page-sized. */
    private Element scope(int headline, int first) {
        Element top = rootEls.get(0);
        Element anchor = top.parent();
        if (headline >= 0) {
            Element lca = commonAncestor(blocks.get(headline).owner(), top);
            if (lca != null) {
                anchor = lca;
            }
        }
        if (anchor == null || anchor.normalName().equals("body") || anchor.normalName().equals("html")) {
            return null;
        }
        int content = 0;
        for (Element r : rootEls) {
            ElementStats s = stats.get(r);
            content += s == null ? 0 : s.chars;
        }
        ElementStats as = stats.get(anchor);
        if (as == null || as.chars > content * 2 + 4000) {
            return null;
        }
        return anchor;
    }

    private static Element commonAncestor(Element a, Element b) {
        java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e = a; e != null; e = e.parent()) {
            seen.add(e);
        }
        for (Element e = b; e != null; e = e.parent()) {
            if (seen.contains(e)) {
                return e;
            }
        }
        return null;
    }

    /** The nearest DOM cue between the block and {@code boundary}, then the text cue. */
    private Cues.Cue cue(RawBlock b, Element boundary) {
        Cues.Cue dom = domCue(b, boundary);
        if (dom != null && dom.type() == BlockType.BOILERPLATE && b.chars() <= 200) {
            // a generic container ("entry-meta", "meta") holding "By Jane Doe · March 3, 2024": the words say more
            Cues.Cue text = TextCues.of(b.text(), b.chars());
            if (text != null && (text.type() == BlockType.BYLINE || text.type() == BlockType.DATE)) {
                return text;
            }
        }
        if (dom != null && !(b.chars() > 300 && (dom.type() == BlockType.BYLINE
                || dom.type() == BlockType.DATE || dom.type() == BlockType.DEK))) {
            return dom;
        }
        return TextCues.of(b.text(), b.chars());
    }

    private Cues.Cue domCue(RawBlock b, Element boundary) {
        Node first = b.pieces().get(0);
        Element el = first.parentNode() instanceof Element p ? p : b.owner();
        int levels = 0;
        while (el != null && levels++ < MAX_CUE_LEVELS) {
            if (el != b.owner() && isAncestor(b.owner(), el)) {
                // an inline element inside the block: only decisive if it covers the block
                ElementStats s = stats.get(el);
                if (s == null || s.chars < 0.9 * b.chars()) {
                    el = el.parent();
                    continue;
                }
            }
            Cues.Cue c = cueOf(el);
            if (c == NONE && Cues.bodyContainer(el)) {
                return null;
            }
            c = c == NONE ? null : c;
            if (c != null && small(el, boundary)) {
                return c;
            }
            if (el == boundary || el.normalName().equals("body")) {
                return null;
            }
            el = el.parent();
        }
        return null;
    }

    /** {@link Cues#of(Element)}, memoised; {@link #NONE} for no cue. */
    private Cues.Cue cueOf(Element el) {
        Cues.Cue c = cueMemo.get(el);
        if (c == null) {
            c = Cues.of(el);
            if (c == null) {
                c = NONE;
            }
            cueMemo.put(el, c);
        }
        return c;
    }

    /** True when {@code el} is small next to the region it sits in: a box, not a wrapper. */
    private boolean small(Element el, Element boundary) {
        ElementStats s = stats.get(el);
        ElementStats r = boundary == null ? null : stats.get(boundary);
        if (s == null) {
            return true;
        }
        int region = r == null ? contentChars : Math.max(r.chars, 1);
        return s.chars < 600 || s.chars <= 0.4 * region;
    }

    private boolean isAncestor(Element maybeAncestor, Element el) {
        ElementStats a = stats.get(maybeAncestor);
        ElementStats e = stats.get(el);
        return a != null && e != null && a.contains(e);
    }
}
