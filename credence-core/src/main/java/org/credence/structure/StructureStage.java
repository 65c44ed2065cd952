package org.credence.structure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.credence.model.ArticleFields;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.model.Problem;
import org.credence.pipeline.Stage;

/**
 * Types the blocks of the repaired text and reads the article's fields from them. Plain text is
 * split and typed by {@link TextStructurer#structure}; blocks that HTML extraction typed from
 * the page are re-read by {@link TextStructurer#refine}.
 */
public final class StructureStage implements Stage {

    public static final String NAME = "structure";

    private final TextStructurer structurer = new TextStructurer();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.REPAIRED);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.STRUCTURE, Layer.ARTICLE_FIELDS);
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Block> blocks = doc.format() == Document.Format.HTML && !doc.blocks().isEmpty()
                ? structurer.refine(text, doc.blocks())
                : structurer.structure(text, doc.metadata().title());
        Document out = doc.withBlocks(blocks, Layer.STRUCTURE).withFields(fields(doc, text, blocks));
        if (blocks.stream().noneMatch(b -> b.type() == BlockType.BODY)) {
            out = out.withProblem(Problem.warning("structure.no-body", text.isBlank()
                    ? "the document has no text" : "no paragraph reads as article body"));
        }
        return out;
    }

    /** Fields read from the page win; the blocks fill what the page did not give. */
    private static ArticleFields fields(Document doc, String text, List<Block> blocks) {
        ArticleFields page = doc.fields();
        String headline = first(page.headline(), firstText(text, blocks, BlockType.HEADLINE), doc.metadata().title());
        String dek = first(page.dek(), firstText(text, blocks, BlockType.DEK));
        String byline = first(stripBy(page.byline()), stripBy(firstText(text, blocks, BlockType.BYLINE)), doc.metadata().author());
        String dateline = first(stripDash(page.dateline()), stripDash(firstText(text, blocks, BlockType.DATELINE)));
        String published = page.published();
        if (published.isEmpty()) {
            for (Block b : blocks) {
                if (b.type() == BlockType.DATE || b.type() == BlockType.BYLINE || b.type() == BlockType.DATELINE) {
                    published = PublishedDates.find(b.span().in(text)).orElse("");
                    if (!published.isEmpty()) {
                        break;
                    }
                }
            }
        }
        if (published.isEmpty()) {
            published = PublishedDates.find(doc.metadata().published()).orElse("");
        }
        return new ArticleFields(headline, dek, byline, dateline, published);
    }

    private static String firstText(String text, List<Block> blocks, BlockType type) {
        for (Block b : blocks) {
            if (b.type() == type) {
                return b.span().in(text).strip();
            }
        }
        return "";
    }

    private static String first(String... options) {
        for (String o : options) {
            if (o != null && !o.isBlank()) {
                return o.strip();
            }
        }
        return "";
    }

    /**
     * The names of a byline: without "By", "Posted by" and the like, and without parts after a
     * separator that are a date or time ("Sam Achebe | June 3, 2024" → "Sam Achebe").
     */
    private static final java.util.regex.Pattern TRAILING_DATE = java.util.regex.Pattern.compile(
            "(?i)\\s*[|·•,–—-]?\\s+(on\\s+|published\\s+|updated\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}.*$");

    static String stripBy(String byline) {
        String s = byline == null ? "" : byline.strip()
                .replaceFirst("(?i)^(by|from|written by|words by|story by|reported by|posted by|von|par|por|di)\\s+", "");
        s = TRAILING_DATE.matcher(s).replaceFirst("");
        String[] parts = s.split("\\s+[|·•]\\s+|\\s+[–—-]\\s+");
        if (parts.length > 1) {
            StringBuilder kept = new StringBuilder();
            for (String p : parts) {
                if (PublishedDates.find(p).isEmpty() && !p.matches("(?i).*\\b\\d{1,2}:\\d{2}\\b.*|(?i)(updated|published).*")) {
                    kept.append(kept.length() == 0 ? "" : " | ").append(p.strip());
                }
            }
            if (kept.length() > 0) {
                s = kept.toString();
            }
        }
        return s.strip();
    }

    private static String stripDash(String dateline) {
        return dateline.replaceFirst("\\s*([-–—]{1,2}|:)\\s*$", "").strip();
    }
}
