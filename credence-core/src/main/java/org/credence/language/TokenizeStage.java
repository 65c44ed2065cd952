package org.credence.language;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.credence.model.Block;
import org.credence.model.Document;
import org.credence.model.ForeignRun;
import org.credence.model.Language;
import org.credence.model.Layer;
import org.credence.model.Problem;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.pipeline.Stage;

/**
 * Tokens and sentences, block by block, so that no sentence crosses from a caption into the
 * body; sentences (and, without blocks, paragraphs) that are not English are recorded as foreign
 * runs for the English models to skip.
 */
public final class TokenizeStage implements Stage {

    public static final String NAME = "tokenize";

    /**
     * The language layer reads at most this many characters of a document (about 80,000 words,
     * ten times a long feature article); the rest is reported as a problem, not read.
     */
    public static final int MAX_CHARS = 500_000;

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.STRUCTURE);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Span> units = new ArrayList<>();
        for (Block b : doc.blocks()) {
            units.add(b.span());
        }
        if (units.isEmpty() && !text.isEmpty()) {
            units.add(new Span(0, text.length()));
        }
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        List<Sentence> sentences = new ArrayList<>();
        List<ForeignRun> foreign = new ArrayList<>();
        int skipped = 0;
        for (Span unit : units) {
            if (unit.end() > MAX_CHARS) {
                skipped++;
                continue;
            }
            List<Token> local = tokenizer.tokenize(text, unit);
            int base = tokens.size();
            tokens.addAll(local);
            for (Sentence s : splitter.split(text, local)) {
                sentences.add(new Sentence(s.span(), s.firstToken() + base, s.endToken() + base));
            }
        }
        for (Sentence s : sentences) {
            ForeignText.judge(text, s.span()).ifPresent(foreign::add);
        }
        Document out = doc.withLanguage(Language.of(tokens, sentences, mergeAdjacent(text, foreign)),
                Layer.TOKENS, Layer.SENTENCES);
        if (skipped > 0) {
            out = out.withProblem(new Problem("language.truncated", Problem.Severity.WARNING, "the text has "
                    + text.length() + " characters; the language layer read the blocks within the first "
                    + MAX_CHARS + " and skipped " + skipped + " block(s)", new Span(MAX_CHARS, text.length())));
        }
        return out;
    }

    /** Joins foreign sentences of one script separated only by whitespace into one run. */
    private static List<ForeignRun> mergeAdjacent(String text, List<ForeignRun> runs) {
        List<ForeignRun> out = new ArrayList<>(runs.size());
        for (ForeignRun r : runs) {
            if (!out.isEmpty()) {
                ForeignRun last = out.get(out.size() - 1);
                if (last.script().equals(r.script()) && text.substring(last.span().end(), r.span().start()).isBlank()) {
                    out.set(out.size() - 1, new ForeignRun(new Span(last.span().start(), r.span().end()), last.script(), last.reason()));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }
}
