package org.credence.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.Document;
import org.credence.model.ForeignRun;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * The parts of an analysed article that signals read, computed once per signal call from the
 * document's layers: the headline's span, the English sentences of the body, word counts.
 * Immutable; cheap to make (one pass over blocks and sentences).
 */
public final class ArticleView {

    /** Below this many body words a text signal has too little to judge. */
    public static final int MIN_BODY_WORDS = 30;

    private final Document doc;
    private final Span headline;
    private final List<Sentence> body;
    private final int bodyWords;
    private final double foreignShare;
    private final List<Span> quoted;

    private ArticleView(Document doc) {
        this.doc = doc;
        this.headline = findHeadline(doc);
        List<Block> bodyBlocks = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b.type() == BlockType.BODY || b.type() == BlockType.DATELINE) {
                bodyBlocks.add(b);
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        int words = 0;
        int bi = 0;
        for (Sentence s : doc.language().sentences()) {
            while (bi < bodyBlocks.size() && bodyBlocks.get(bi).span().end() <= s.span().start()) {
                bi++;
            }
            if (bi < bodyBlocks.size() && bodyBlocks.get(bi).span().contains(s.span())
                    && !doc.language().isForeign(s.span())) {
                sentences.add(s);
                for (Token t : s.tokens(doc.language().tokens())) {
                    if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                        words++;
                    }
                }
            }
        }
        this.body = List.copyOf(sentences);
        this.bodyWords = words;
        int foreign = 0;
        for (ForeignRun r : doc.language().foreign()) {
            foreign += r.span().length();
        }
        this.foreignShare = doc.text().isEmpty() ? 0 : (double) foreign / doc.text().length();
        List<Span> q = new ArrayList<>();
        for (org.credence.model.Quote quote : doc.language().quotes()) {
            q.addAll(quote.verbatim());
        }
        this.quoted = List.copyOf(q);
    }

    /** The view of {@code doc}; it needs the structure and sentence layers. */
    public static ArticleView of(Document doc) {
        return new ArticleView(doc);
    }

    public Document document() {
        return doc;
    }

    public String text() {
        return doc.text();
    }

    /**
     * The headline's span in the text: the first headline block, else the headline field where
     * the text contains it. Empty when the article has no headline in its text.
     */
    public Optional<Span> headline() {
        return Optional.ofNullable(headline);
    }

    /** The headline's text, or "" when there is none. */
    public String headlineText() {
        return headline == null ? "" : headline.in(doc.text());
    }

    /** Sentences of the body and dateline blocks, in text order, leaving out foreign runs. */
    public List<Sentence> bodySentences() {
        return body;
    }

    /** Words and numbers in {@link #bodySentences()}. */
    public int bodyWords() {
        return bodyWords;
    }

    /** Share of the text's characters that lie in non-English runs. */
    public double foreignShare() {
        return foreignShare;
    }

    /** Whether the article is mostly English: English models may judge it. */
    public boolean isEnglish() {
        return foreignShare < 0.5;
    }

    /**
     * Why a body-text signal cannot judge this article, or empty when it can: not English, or
     * fewer than {@value #MIN_BODY_WORDS} body words.
     */
    public Optional<String> bodyUnjudgeable() {
        if (!isEnglish()) {
            return Optional.of("the text is mostly not English");
        }
        if (bodyWords < MIN_BODY_WORDS) {
            return Optional.of("the body has too little text (" + bodyWords + " words)");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code span} lies inside words the article quotes (a direct quote, or the quoted
     * fragments of a partial one): the speaker's words, not the writer's.
     */
    public boolean quoted(Span span) {
        for (Span q : quoted) {
            if (q.contains(span)) {
                return true;
            }
        }
        return false;
    }

    /** The type of the block that holds {@code span}, or null when no block holds it whole. */
    public BlockType blockType(Span span) {
        for (Block b : doc.blocks()) {
            if (b.span().contains(span)) {
                return b.type();
            }
            if (b.span().start() > span.start()) {
                break;
            }
        }
        return null;
    }

    /**
     * Matches of {@code phrases} in the body sentences, leaving out words the article quotes:
     * what the writer says in their own voice.
     */
    public List<PhraseLexicon.Match> writerPhrases(PhraseLexicon phrases) {
        List<PhraseLexicon.Match> out = new ArrayList<>();
        for (Sentence s : body) {
            for (PhraseLexicon.Match m : phrases.find(doc.text(), tokens(s))) {
                if (!quoted(m.span()) && !inName(m.span())) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Whether {@code span} lies inside a named entity ("Heart" in "British Heart Foundation", "Freedom Caucus"). */
    public boolean inName(Span span) {
        for (org.credence.model.Entity e : doc.language().entities()) {
            if (e.span().start() > span.start()) {
                break;
            }
            if (e.span().contains(span)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of a sentence. */
    public List<Token> tokens(Sentence s) {
        return s.tokens(doc.language().tokens());
    }

    private static Span findHeadline(Document doc) {
        for (Block b : doc.blocks()) {
            if (b.type() == BlockType.HEADLINE) {
                return trim(doc.text(), b.span());
            }
        }
        String h = doc.fields().headline().strip();
        if (!h.isEmpty()) {
            int at = doc.text().indexOf(h);
            if (at >= 0) {
                return new Span(at, at + h.length());
            }
        }
        return null;
    }

    private static Span trim(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }
}
