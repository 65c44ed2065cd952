package org.credence.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.model.ArticleFields;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.OffsetMap;
import org.credence.model.Problem;
import org.credence.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Extracts the article from an HTML page: its text in reading order as typed blocks, the
 * article fields, and a map from the text back to the HTML source.
 *
 * <p>Immutable and thread-safe. {@link #extract(String, String)} never throws on content:
 * empty, broken, deeply nested, binary-looking or huge input yields a (possibly empty)
 * {@link Extraction} whose {@link Extraction#problems()} say what happened. Input longer than
 * {@link #maxChars()} is cut before parsing (problem {@code html.truncated}); the map still
 * covers the whole input.
 */
public final class HtmlExtractor {

    /** Default cap on the characters parsed. */
    public static final int DEFAULT_MAX_CHARS = 20_000_000;
    private static final int MAX_PROBLEMS = 20;
    private static final Pattern DATELINE = Pattern.compile(
            "^((?:[\\p{Lu}][\\p{Lu}.'\\-]+(?:[ ,]+[\\p{Lu}][\\p{L}.'\\-]*){0,4}\\s*)?\\([^)]{2,40}\\)\\s*[-\u2014\u2013]"
            + "|[\\p{Lu}][\\p{Lu}.'\\-]{2,}(?:[ ,]+[\\p{Lu}][\\p{L}.'\\-]*){0,3}\\s*[-\u2014\u2013])\\s");

    private static final HtmlExtractor STANDARD = new HtmlExtractor(DEFAULT_MAX_CHARS);

    private final int maxChars;

    private HtmlExtractor(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The extractor with default settings. */
    public static HtmlExtractor standard() {
        return STANDARD;
    }

    /** An extractor that parses at most {@code maxChars} characters of a page. */
    public static HtmlExtractor withMaxChars(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        return new HtmlExtractor(maxChars);
    }

    public int maxChars() {
        return maxChars;
    }

    /**
     * Extracts the article of {@code html}; {@code url} (may be empty or null) is the page's
     * address, used only as the base URI. Never throws.
     */
    public Extraction extract(String html, String url) {
        String source = html == null ? "" : html;
        List<Problem> problems = new ArrayList<>();
        try {
            return run(source, url == null ? "" : url, problems);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(Problem.warning("html.extract-failed",
                    "extraction failed: " + e.getClass().getSimpleName()));
            return empty(source, problems);
        }
    }

    private static Extraction empty(String source, List<Problem> problems) {
        OffsetMap map = new OffsetMap.Builder().replace(source.length(), 0).build();
        return new Extraction("", map, List.of(), ArticleFields.EMPTY, cap(problems));
    }

    private Extraction run(String source, String url, List<Problem> problems) {
        if (source.isBlank()) {
            problems.add(Problem.warning("html.empty", "the page is empty"));
            return empty(source, problems);
        }
        String parsed = source;
        if (source.length() > maxChars) {
            int cut = maxChars;
            if (Character.isHighSurrogate(source.charAt(cut - 1))) {
                cut--;
            }
            parsed = source.substring(0, cut);
            problems.add(Problem.warning("html.truncated", "only the first " + cut + " of "
                    + source.length() + " characters were read"));
        }
        if (binaryLooking(parsed)) {
            problems.add(Problem.warning("html.binary", "the page looks like binary data, not HTML"));
        }
        Document doc = Jsoup.parse(parsed, url, Parser.htmlParser().setTrackPosition(true));
        Element body = doc.body();
        BlockSegmenter.Result seg = BlockSegmenter.segment(body);
        ContentFinder.Content content = ContentFinder.find(seg.blocks(), seg.stats(), body);
        List<BlockTyper.Typed> typed = BlockTyper.type(seg.blocks(), seg.stats(), content, doc.title());

        PageFields page = new PageFields(doc);
        MappedText mt = new MappedText(source);
        List<Block> blocks = new ArrayList<>();
        boolean hasHeadline = typed.stream().anyMatch(t -> t.type() == BlockType.HEADLINE);
        if (!hasHeadline) {
            Element og = page.meta("og:title", "twitter:title");
            if (og != null) {
                Range.AttributeRange r = og.attributes().sourceRange("content");
                mt.startBlock();
                String v = og.attr("content");
                if (r.valueRange().isTracked()) {
                    mt.appendReplacing(v, r.valueRange().startPos(), r.valueRange().endPos());
                } else {
                    mt.appendInserted(v);
                }
                Span s = mt.endBlock();
                if (s != null) {
                    blocks.add(new Block(BlockType.HEADLINE, s, 0.6, "og:title"));
                }
            }
        }
        for (BlockTyper.Typed t : typed) {
            mt.startBlock();
            for (Node piece : t.block().pieces()) {
                if (piece instanceof TextNode tn) {
                    Range r = tn.sourceRange();
                    if (r.isTracked()) {
                        mt.appendNode(tn.getWholeText(), r.startPos(), r.endPos());
                    } else {
                        mt.appendNode(tn.getWholeText(), -1, -1);
                    }
                } else {
                    mt.lineBreak();
                }
            }
            Span s = mt.endBlock();
            if (s != null) {
                blocks.add(new Block(t.type(), s, t.confidence(), t.reason()));
            }
        }
        OffsetMap map = mt.finish();
        String text = mt.text();
        ArticleFields fields = fields(doc, page, text, blocks);
        if (blocks.stream().noneMatch(b -> b.type() == BlockType.BODY)) {
            problems.add(Problem.warning("html.no-main-text", "no article body was found"));
        }
        return new Extraction(text, map, blocks, fields, cap(problems));
    }

    private static ArticleFields fields(Document doc, PageFields page, String text,
                                        List<Block> blocks) {
        String headline = first(text, blocks, BlockType.HEADLINE);
        if (headline.isEmpty()) {
            headline = MappedText.collapse(doc.title());
        }
        String dek = first(text, blocks, BlockType.DEK);
        String byline = first(text, blocks, BlockType.BYLINE)
                .replaceFirst("^(?i)(by|written by|words by|story by)\\s+", "");
        if (byline.isEmpty()) {
            byline = page.author();
        }
        String visibleDate = "";
        String dateline = "";
        for (Block b : blocks) {
            String t = b.span().in(text);
            if (b.type() == BlockType.DATE && visibleDate.isEmpty()) {
                visibleDate = t;
            } else if (b.type() == BlockType.DATELINE && dateline.isEmpty()) {
                dateline = t;
            }
        }
        if (dateline.isEmpty()) {
            String body = first(text, blocks, BlockType.BODY);
            Matcher m = DATELINE.matcher(body);
            if (m.find()) {
                dateline = m.group(1).trim();
            }
        }
        return new ArticleFields(headline, dek, byline, dateline, page.published(visibleDate));
    }

    private static String first(String text, List<Block> blocks, BlockType type) {
        for (Block b : blocks) {
            if (b.type() == type) {
                return b.span().in(text);
            }
        }
        return "";
    }

    private static boolean binaryLooking(String s) {
        int n = Math.min(s.length(), 4096);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                bad++;
            }
        }
        return n > 0 && bad * 10 > n;
    }

    private static List<Problem> cap(List<Problem> problems) {
        return problems.size() <= MAX_PROBLEMS ? problems : problems.subList(0, MAX_PROBLEMS);
    }
}
