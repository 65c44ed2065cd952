package org.credence.eval;

import org.credence.model.Token;
import org.credence.model.Sentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.model.Span;

/**
 * Token and sentence boundaries of {@link Tokenizer} and {@link SentenceSplitter} against a
 * CoNLL file's gold tokens and sentences, on text rebuilt from them ({@link ConllText}), beside a
 * trivial baseline: whitespace tokens, and a sentence end after every whitespace token ending in
 * . ! or ?.
 *
 * <p>Tokens count as found when both their offsets match a gold token exactly; sentence boundaries
 * are the end offsets of the sentences, the last of each document left out (it is free).
 *
 * <p>What this can and cannot show: the text is rebuilt from gold tokens, so it is cleaner than
 * real news (no line breaks, one space everywhere, quotes normalised) and any token boundary the
 * detokenisation glues wrongly (a space kept or dropped) shows up as an error of both systems. The
 * figures measure agreement with the corpus's own conventions (CoNLL-2003 keeps hyphenated words,
 * OntoNotes splits them; both split n't and 's as Credence does), not correctness in the abstract.
 * In the PARAGRAPH layout a gold "sentence" without terminal punctuation (headlines, datelines,
 * tables of sports results in CoNLL-2003) cannot be found by any punctuation-based splitter; the
 * LINES layout puts every gold sentence on its own line, which tells where the line-break rule
 * merges or keeps such lines but gives layout hints real text may lack.
 */
public final class TokenizationEval {

    private final String source;
    private final ConllText.Layout layout;
    private final int documents;
    private final long goldTokens;
    private final long goldSentences;
    private final Prf tokens;
    private final Prf sentences;
    private final Prf baselineTokens;
    private final Prf baselineSentences;
    private final long chars;
    private final double millis;

    private TokenizationEval(String source, ConllText.Layout layout, int documents, long goldTokens,
                             long goldSentences, Prf tokens, Prf sentences, Prf baselineTokens,
                             Prf baselineSentences, long chars, double millis) {
        this.source = source;
        this.layout = layout;
        this.documents = documents;
        this.goldTokens = goldTokens;
        this.goldSentences = goldSentences;
        this.tokens = tokens;
        this.sentences = sentences;
        this.baselineTokens = baselineTokens;
        this.baselineSentences = baselineSentences;
        this.chars = chars;
        this.millis = millis;
    }

    /** Evaluates on the first {@code maxDocs} documents of {@code file} (0: all). */
    public static TokenizationEval run(Path file, ConllText.Layout layout, int maxDocs) throws IOException {
        if (layout == null) {
            throw new IllegalArgumentException("layout is required");
        }
        List<ConllText> docs = new ArrayList<>();
        for (List<List<ConllText.Gold>> d : ConllText.read(file, maxDocs)) {
            docs.add(ConllText.rebuild(d, layout));
        }
        return of(file.getFileName().toString(), layout, docs);
    }

    /** Evaluates on documents already rebuilt. */
    public static TokenizationEval of(String source, ConllText.Layout layout, List<ConllText> docs) {
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        Prf tok = new Prf(0, 0, 0);
        Prf sen = new Prf(0, 0, 0);
        Prf baseTok = new Prf(0, 0, 0);
        Prf baseSen = new Prf(0, 0, 0);
        long goldTokens = 0;
        long goldSentences = 0;
        long chars = 0;
        long nanos = 0;
        for (ConllText doc : docs) {
            String text = doc.text();
            long t0 = System.nanoTime();
            List<Token> ts = tokenizer.tokenize(text);
            List<Sentence> ss = splitter.split(text, ts);
            nanos += System.nanoTime() - t0;
            chars += text.length();
            goldTokens += doc.tokens().size();
            goldSentences += doc.sentenceEnds().size();
            tok = tok.plus(compare(new HashSet<>(doc.tokens()), ts.stream().map(Token::span).toList()));
            Set<Integer> goldEnds = innerEnds(doc.sentenceEnds());
            sen = sen.plus(compare(goldEnds, new ArrayList<>(innerEnds(ss.stream().map(s -> s.span().end()).toList()))));
            List<Span> ws = whitespaceTokens(text);
            baseTok = baseTok.plus(compare(new HashSet<>(doc.tokens()), ws));
            List<Integer> periodEnds = new ArrayList<>();
            for (Span w : ws) {
                char last = text.charAt(w.end() - 1);
                if (last == '.' || last == '!' || last == '?') {
                    periodEnds.add(w.end());
                }
            }
            baseSen = baseSen.plus(compare(goldEnds, new ArrayList<>(innerEnds(periodEnds, text.length()))));
        }
        return new TokenizationEval(source, layout, docs.size(), goldTokens, goldSentences, tok, sen, baseTok,
                baseSen, chars, nanos / 1e6);
    }

    private static <T> Prf compare(Set<T> gold, List<T> predicted) {
        long tp = 0;
        for (T p : predicted) {
            if (gold.contains(p)) {
                tp++;
            }
        }
        return new Prf(tp, predicted.size() - tp, gold.size() - tp);
    }

    /** The ends of all but the last sentence. */
    private static Set<Integer> innerEnds(List<Integer> ends) {
        Set<Integer> s = new HashSet<>(ends);
        if (!ends.isEmpty()) {
            s.remove(ends.get(ends.size() - 1));
        }
        return s;
    }

    private static Set<Integer> innerEnds(List<Integer> ends, int textEnd) {
        Set<Integer> s = new HashSet<>(ends);
        s.remove(textEnd);
        return s;
    }

    private static List<Span> whitespaceTokens(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(new Span(s, i));
            }
        }
        return out;
    }

    public Prf tokens() {
        return tokens;
    }

    public Prf sentences() {
        return sentences;
    }

    public Prf baselineTokens() {
        return baselineTokens;
    }

    public Prf baselineSentences() {
        return baselineSentences;
    }

    /** The figures as a plain-text table. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Tokenization on %s (%s layout): %,d documents, %,d gold tokens, %,d gold sentences, %,d chars%n",
                source, layout.name().toLowerCase(Locale.ROOT), documents, goldTokens, goldSentences, chars));
        sb.append(String.format(Locale.ROOT, "%-34s %9s %9s %9s %9s %9s%n", "system", "P", "R", "F1", "fp", "fn"));
        row(sb, "credence tokens", tokens);
        row(sb, "baseline tokens (whitespace)", baselineTokens);
        row(sb, "credence sentence boundaries", sentences);
        row(sb, "baseline sentences (. ! ? + space)", baselineSentences);
        sb.append(String.format(Locale.ROOT, "credence tokenize+split: %.1f ms, %.1f M chars/s (single thread, includes warm-up)%n",
                millis, millis == 0 ? 0 : chars / millis / 1000));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Prf p) {
        sb.append(String.format(Locale.ROOT, "%-34s %9.4f %9.4f %9.4f %,9d %,9d%n", name, p.precision(), p.recall(), p.f1(), p.fp(), p.fn()));
    }

    /** The figures as a map, for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("layout", layout.name().toLowerCase(Locale.ROOT));
        m.put("documents", documents);
        m.put("goldTokens", goldTokens);
        m.put("goldSentences", goldSentences);
        m.put("chars", chars);
        m.put("tokens", tokens.asMap());
        m.put("baselineTokens", baselineTokens.asMap());
        m.put("sentences", sentences.asMap());
        m.put("baselineSentences", baselineSentences.asMap());
        m.put("millis", round(millis));
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
