package org.credence.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.Span;

/**
 * Splits a normalised text into paragraphs and types each one: headline, dek, byline, date
 * line, dateline prefix, captions and credits, body, and the non-article blocks (fundraising,
 * subscription, share, contact, ads, related links, comments, page furniture).
 *
 * <p>Plain text gets the same treatment as HTML: for HTML, {@link #refine} re-reads the blocks
 * the extractor typed from the page, with the same text cues. Stateless and thread-safe.
 */
public final class TextStructurer {

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?";

    /**
     * Place, optional region, optional date (month and day, or day and month, with or without the
     * year), optional agency in brackets or slashes, then a dash: "WASHINGTON (Reuters) - ",
     * "KYIV, Ukraine (AP) — ", "LONDON, March 3 (Reuters) - ", "SPRINGFIELD, Ill., Sept. 4 (AP) — ",
     * "WASHINGTON, March 3, 2025 — ", "LONDON, 3 March 2025 - ", "AUSTIN, Texas, Jan. 9, 2025 /PRNewswire/ -- ".
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'’ -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?"
                    + "(?:,\\s*(?:" + MONTH + " \\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2} " + MONTH + "(?: \\d{4})?))?"
                    + "(?:\\s*\\([\\p{L}0-9 .&/-]{1,40}\\)|\\s*/[\\p{L}0-9 .&-]{1,40}/)?(?:,\\s*\\p{L}+\\.? \\d{1,2})?)"
                    + "\\s*(?:[-–—]{1,2}|:)\\s+(?=\\S)");

    private static final Pattern TERMINAL = Pattern.compile("[.;:,]$");

    /** A section or genre label on its own line above the headline ("OPINION", "Analysis", "BREAKING NEWS:"). */
    private static final Pattern SECTION_LABEL = Pattern.compile("(?i)(opinion|analysis|news analysis|commentary|editorial"
            + "|op-ed|column|guest column|perspective|exclusive|breaking|breaking news|update|updated|live|watch"
            + "|fact[- ]check|review|explainer|letters?|interview|world|politics|business|sport|sports|health|science)\\s*[:|]?");

    /** Types the paragraphs of a plain text. {@code title} is the record's title, or empty. */
    public List<Block> structure(String text, String title) {
        List<Span> paras = paragraphs(text);
        List<Block> blocks = new ArrayList<>(paras.size() + 2);
        int headline = -1;
        int first = 0;
        for (int i = 0; i < paras.size(); i++) {
            Span p = paras.get(i);
            String s = p.in(text);
            int words = BlockCues.words(s);
            if (i == 0 && paras.size() > 2 && SECTION_LABEL.matcher(s.strip()).matches()) {
                blocks.add(new Block(BlockType.BOILERPLATE, p, 0.8, "section label above the headline"));
                first = 1;
                continue;
            }
            Optional<BlockCues.Cue> cue = BlockCues.strongest(s, words);
            if (i == first && isHeadline(s, words, cue, title, paras.size() - first)) {
                headline = i;
                boolean same = !title.isBlank() && s.strip().equalsIgnoreCase(title.strip());
                blocks.add(new Block(BlockType.HEADLINE, p, same ? 0.95 : 0.75,
                        same ? "first line equals the record's title" : "short first line without closing punctuation"));
                continue;
            }
            if (cue.isPresent() && accepts(cue.get(), i, paras.size())) {
                BlockCues.Cue c = cue.get();
                blocks.add(new Block(c.type(), p, c.strength(), c.reason()));
                continue;
            }
            if (headline >= 0 && i == headline + 1 && isDek(text, paras, i, words)) {
                blocks.add(new Block(BlockType.DEK, p, 0.65, "short paragraph under the headline, before the byline"));
                continue;
            }
            blocks.add(body(p, words));
        }
        return splitDateline(text, blocks);
    }

    /**
     * Re-reads blocks typed from a page's markup: a body block that text cues clearly mark as a
     * non-article block (a donation appeal inside the article container) is retyped, and the
     * first body paragraph's dateline is split off.
     */
    public List<Block> refine(String text, List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int n = blocks.size();
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            String s = b.span().in(text);
            int words = BlockCues.words(s);
            Optional<BlockCues.Cue> cue = BlockCues.strongest(s, words);
            boolean strong = cue.isPresent() && cue.get().strength() >= 0.85 && accepts(cue.get(), i, n);
            if (b.type() == BlockType.BODY && strong) {
                BlockCues.Cue c = cue.get();
                out.add(new Block(c.type(), b.span(), c.strength(), "text: " + c.reason()));
            } else if (!b.type().isArticle() && strong && !cue.get().type().isArticle() && cue.get().type() != b.type()) {
                // A generic container (an aside, a footer) holding a clear appeal: the text is more specific.
                BlockCues.Cue c = cue.get();
                out.add(new Block(c.type(), b.span(), c.strength(), "text: " + c.reason() + " (inside " + b.reason() + ")"));
            } else if (b.type() == BlockType.BOILERPLATE && b.reason().startsWith("text") && cue.isEmpty() && words >= 15) {
                // Typed from text before repair (a garbled "©" in "cafÃ©"); the repaired text is running prose.
                out.add(new Block(BlockType.BODY, b.span(), 0.6, "running text (the page's text cue did not survive repair)"));
            } else {
                out.add(b);
            }
        }
        return splitDateline(text, out);
    }

    private static boolean accepts(BlockCues.Cue c, int index, int count) {
        // Byline and date cues only count near the top of the article or at its very end.
        if (c.type() == BlockType.BYLINE || c.type() == BlockType.DATE) {
            return index < 8 || index >= count - 3;
        }
        return true;
    }

    private static boolean isHeadline(String s, int words, Optional<BlockCues.Cue> cue, String title, int count) {
        if (!title.isBlank() && s.strip().equalsIgnoreCase(title.strip())) {
            return true;
        }
        if (count < 2 || words == 0 || words > 25 || s.indexOf('\n') >= 0) {
            return false;
        }
        if (cue.isPresent() && cue.get().strength() >= 0.85) {
            return false;
        }
        return !TERMINAL.matcher(s.strip()).find();
    }

    private static boolean isDek(String text, List<Span> paras, int i, int words) {
        if (words < 5 || words > 60 || i + 1 >= paras.size()) {
            return false;
        }
        String next = paras.get(i + 1).in(text);
        Optional<BlockCues.Cue> nc = BlockCues.strongest(next, BlockCues.words(next));
        return nc.isPresent() && (nc.get().type() == BlockType.BYLINE || nc.get().type() == BlockType.DATE);
    }

    private static Block body(Span p, int words) {
        double conf = 0.6 + 0.3 * Math.min(1.0, words / 40.0);
        return new Block(BlockType.BODY, p, conf, words >= 20 ? "running text" : "short paragraph, no other cue");
    }

    /** Splits a dateline prefix off the first body block, if it has one. */
    private static List<Block> splitDateline(String text, List<Block> blocks) {
        for (int i = 0; i < blocks.size() && i < 8; i++) {
            Block b = blocks.get(i);
            if (b.type() == BlockType.DATELINE) {
                return blocks;
            }
            if (b.type() != BlockType.BODY) {
                continue;
            }
            String s = b.span().in(text);
            Matcher m = DATELINE.matcher(s);
            if (m.find() && isPlace(m.group(1)) && BlockCues.words(s) > 12) {
                List<Block> out = new ArrayList<>(blocks);
                int cut = b.span().start() + m.end();
                Span lead = new Span(b.span().start(), b.span().start() + m.end()).checkedIn(text);
                out.set(i, new Block(BlockType.DATELINE, trimEnd(text, lead), 0.85, "place in capitals and a dash before the first sentence"));
                out.add(i + 1, b.withSpan(new Span(cut, b.span().end())));
                return out;
            }
            return blocks; // only the first body block may carry a dateline
        }
        return blocks;
    }

    /** A dateline's place is mostly capitals ("WASHINGTON", "NEW YORK", "KYIV, Ukraine"). */
    private static boolean isPlace(String lead) {
        String head = lead.split("[,(]", 2)[0].strip();
        int letters = 0;
        int upper = 0;
        for (int k = 0; k < head.length(); k++) {
            char c = head.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper == letters && !head.toLowerCase(Locale.ROOT).equals("i");
    }

    private static Span trimEnd(String text, Span s) {
        int e = s.end();
        while (e > s.start() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s.start(), e);
    }

    /**
     * Paragraph spans of a normalised text: separated by blank lines, or by single line breaks
     * when the text has no blank line at all. Spans never include the separators.
     */
    public static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        String sep = text.contains("\n\n") ? "\n\n" : "\n";
        int pos = 0;
        while (pos <= text.length()) {
            int next = text.indexOf(sep, pos);
            int end = next < 0 ? text.length() : next;
            int s = pos;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
            if (next < 0) {
                break;
            }
            pos = next + sep.length();
        }
        return out;
    }
}
