package org.credence.signals.propaganda;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.ml.FeatureHashing;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.Document;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * One document's tokens as the propaganda features read them, computed once per document:
 * lower-cased forms, VADER valence, whether each token stands inside quotation marks, how often
 * each word and word pair occurs in the article, and the sentences to read (English sentences
 * of the headline, dek, dateline, body and caption blocks; not page furniture). Confined to the thread that
 * judges the document.
 */
final class ArticleTokens {

    /** Block types whose sentences are read. */
    static final Set<BlockType> READ = EnumSet.of(BlockType.HEADLINE, BlockType.DEK, BlockType.DATELINE,
            BlockType.BODY, BlockType.CAPTION);

    final String text;
    final List<Token> tokens;
    final String[] lower;
    final float[] valence;
    final boolean[] quoted;
    final boolean[] word;
    /** Stable hashes of the lower-cased word, its stem and its shape. */
    final int[] wordHash;
    final int[] stemHash;
    final int[] shapeHash;
    /** VADER valence in five buckets (0: strongly negative … 4: strongly positive; 2 neutral). */
    final int[] valenceBucket;
    /** An all-capitals word of two or more letters. */
    final boolean[] caps;
    /** A word of four or more letters that is not a function word. */
    final boolean[] content;
    /** For words of five or more letters: hashes of the last three, last four and first three letters; else null. */
    final int[][] affixes;
    final Map<String, Integer> words = new HashMap<>();
    final Map<Long, Integer> bigrams = new HashMap<>();
    /** The sentences read, in text order. */
    final List<Sentence> sentences;
    /** Per read sentence: whether it lies in the headline block. */
    final boolean[] headline;

    ArticleTokens(Document doc, Lexicon lexicon) {
        this.text = doc.text();
        this.tokens = doc.language().tokens();
        int n = tokens.size();
        lower = new String[n];
        valence = new float[n];
        quoted = new boolean[n];
        word = new boolean[n];
        wordHash = new int[n];
        stemHash = new int[n];
        shapeHash = new int[n];
        valenceBucket = new int[n];
        caps = new boolean[n];
        content = new boolean[n];
        affixes = new int[n][];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String raw = t.text(text);
            String w = raw.toLowerCase(Locale.ROOT);
            lower[i] = w;
            word[i] = t.kind() == Token.Kind.WORD;
            wordHash[i] = FeatureHashing.hash(w);
            stemHash[i] = FeatureHashing.hash(Words.stem(w));
            shapeHash[i] = FeatureHashing.hash(Words.shape(raw));
            if (word[i]) {
                valence[i] = lexicon.valence(w);
                words.merge(w, 1, Integer::sum);
                caps[i] = raw.length() > 1 && !raw.equals(w) && raw.equals(raw.toUpperCase(Locale.ROOT));
                content[i] = w.length() > 3 && !Lexicon.functionWord(w);
                if (w.length() > 4) {
                    affixes[i] = new int[] {hash(w, w.length() - 3, w.length()), hash(w, w.length() - 4, w.length()),
                        hash(w, 0, 3)};
                }
            }
            valenceBucket[i] = Words.valenceLevel(valence[i]);
        }
        List<Block> blocks = doc.blocks();
        List<Sentence> read = new ArrayList<>();
        List<Boolean> head = new ArrayList<>();
        int bi = 0;
        for (Sentence s : doc.language().sentences()) {
            while (bi < blocks.size() && blocks.get(bi).span().end() <= s.span().start()) {
                bi++;
            }
            Block b = bi < blocks.size() && blocks.get(bi).span().contains(s.span()) ? blocks.get(bi) : null;
            boolean ok = blocks.isEmpty() || (b != null && READ.contains(b.type()));
            if (ok && !doc.language().isForeign(s.span())) {
                read.add(s);
                head.add(b != null && b.type() == BlockType.HEADLINE);
                for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
                    if (word[i] && word[i + 1]) {
                        bigrams.merge(pairKey(i), 1, Integer::sum);
                    }
                }
            }
        }
        sentences = List.copyOf(read);
        headline = new boolean[read.size()];
        for (int i = 0; i < headline.length; i++) {
            headline[i] = head.get(i);
        }
        markQuoted(blocks);
    }


    private String lowerText;

    /** The text in lower case (computed on first use). */
    String lowerText() {
        if (lowerText == null) {
            lowerText = text.toLowerCase(Locale.ROOT);
        }
        return lowerText;
    }

    /** Occurrences of a lower-case word in the article. */
    int count(String lowerWord) {
        return words.getOrDefault(lowerWord, 0);
    }

    /** Occurrences of a pair of adjacent lower-case words in the sentences read. */
    int bigramCount(int i) {
        if (i < 0 || i + 1 >= lower.length || !word[i] || !word[i + 1]) {
            return 0;
        }
        return bigrams.getOrDefault(pairKey(i), 0);
    }

    private long pairKey(int i) {
        return ((long) wordHash[i] << 32) | (wordHash[i + 1] & 0xFFFFFFFFL);
    }

    /** FNV-1a with a final mix over {@code s[from, to)}. */
    private static int hash(String s, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    /** Index of the first token that ends after {@code offset}. */
    int tokenAt(int offset) {
        return Token.firstEndingAfter(tokens, offset);
    }

    /** Tokens overlapping {@code span}: {@code [from, to)}. */
    int[] tokensIn(Span span) {
        int from = tokenAt(span.start());
        int to = from;
        while (to < tokens.size() && tokens.get(to).start() < span.end()) {
            to++;
        }
        return new int[] {from, to};
    }

    /** Index into {@link #sentences} of the read sentence holding token {@code t}, or -1. */
    int sentenceOf(int t) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (t < s.firstToken()) {
                hi = mid - 1;
            } else if (t >= s.endToken()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private void markQuoted(List<Block> blocks) {
        boolean inside = false;
        int bi = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int blockBefore = bi;
            while (bi < blocks.size() && blocks.get(bi).span().end() <= t.start()) {
                bi++;
            }
            if (bi != blockBefore) {
                inside = false;
            }
            if (t.kind() != Token.Kind.PUNCT) {
                quoted[i] = inside;
                continue;
            }
            for (int k = t.start(); k < t.end(); k++) {
                char c = text.charAt(k);
                if (c == '"' || c == '\'') {
                    inside = !inside;
                } else if (c == '\u201C' || c == '\u2018' || c == '\u00AB') {
                    inside = true;
                } else if (c == '\u201D' || c == '\u2019' || c == '\u00BB') {
                    inside = false;
                }
            }
        }
    }
}
