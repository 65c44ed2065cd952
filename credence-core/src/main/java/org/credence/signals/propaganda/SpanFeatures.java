package org.credence.signals.propaganda;

import java.util.Locale;
import org.credence.ml.FeatureHashing;
import org.credence.ml.SparseVector;
import org.credence.model.Sentence;
import org.credence.model.Span;

/**
 * Features of a fragment for technique classification: its words, stems and word pairs, first
 * and last words, length, three words of context either side, how much of its sentence it
 * covers, punctuation in and right after it, quotation marks, capitals, VADER valence, whether
 * it lies in the headline, and how often its text and its words recur in the article (the
 * repetition technique). Hashed into {@code 2^bits} dimensions, unit length.
 */
final class SpanFeatures {

    private final FeatureHashing hash;
    private final double contextWeight;

    /**
     * @param bits          hashing bits
     * @param contextWeight value of each sentence-context word feature (0 leaves them out)
     */
    SpanFeatures(int bits, double contextWeight) {
        this.hash = new FeatureHashing(bits);
        this.contextWeight = contextWeight;
    }

    int dimension() {
        return hash.dimension();
    }

    /** The features of the fragment at {@code span} (offsets of the document's text). */
    SparseVector of(ArticleTokens a, Span span) {
        SparseVector.Builder b = new SparseVector.Builder();
        b.add(hash.index("bias"), 1);
        int[] r = a.tokensIn(span);
        int from = r[0];
        int to = Math.max(r[1], from);
        int n = to - from;
        b.add(hash.index("len", Words.lengthBucket(n)), 1);
        b.add(hash.index("chars", Words.lengthBucket(span.length() / 5)), 1);
        int polar = 0;
        float maxAbs = 0;
        float sum = 0;
        int caps = 0;
        int words = 0;
        int recurring = 0;
        int quotedTokens = 0;
        for (int i = from; i < to && i < a.lower.length; i++) {
            String w = a.lower[i];
            b.add(hash.index("u", w), 1);
            if (a.word[i]) {
                words++;
                b.add(hash.index("st", Words.stem(w)), 1);
                String raw = a.tokens.get(i).text(a.text);
                if (Character.isUpperCase(raw.charAt(0))) {
                    caps++;
                }
                if (!Lexicon.functionWord(w) && w.length() > 3 && a.count(w) >= 3) {
                    recurring++;
                }
            } else {
                if (w.indexOf('!') >= 0) {
                    b.add(hash.index("p!"), 1);
                }
                if (w.indexOf('?') >= 0) {
                    b.add(hash.index("p?"), 1);
                }
            }
            if (i + 1 < to) {
                b.add(hash.index("b", w + ' ' + a.lower[i + 1]), 1);
            }
            float v = a.valence[i];
            if (Math.abs(v) >= 1.5f) {
                polar++;
            }
            maxAbs = Math.max(maxAbs, Math.abs(v));
            sum += v;
            if (a.quoted[i]) {
                quotedTokens++;
            }
        }
        if (n > 0) {
            b.add(hash.index("first", a.lower[from]), 1);
            b.add(hash.index("last", a.lower[to - 1]), 1);
        }
        b.add(hash.index("pol", Integer.toString(Math.min(polar, 3))), 1);
        b.add(hash.index("maxv", Words.valenceBucket(maxAbs)), 1);
        b.add(hash.index("sumv", Words.valenceBucket(sum)), 1);
        if (words > 0) {
            b.add(hash.index("capshare", Integer.toString(4 * caps / words)), 1);
            b.add(hash.index("recur", Integer.toString(Math.min(4, 4 * recurring / words))), 1);
        }
        if (quotedTokens > 0) {
            b.add(hash.index("quoted", quotedTokens == n ? "all" : "some"), 1);
        }
        for (int k = 1; k <= 3; k++) {
            b.add(hash.index("l" + k, context(a, from - k)), 1);
            b.add(hash.index("r" + k, context(a, to + k - 1)), 1);
        }
        String after = to < a.lower.length ? a.lower[to] : "</d>";
        if (after.indexOf('?') >= 0) {
            b.add(hash.index("after?"), 1);
        }
        if (after.indexOf('!') >= 0) {
            b.add(hash.index("after!"), 1);
        }
        int occurrences = occurrences(a, span);
        b.add(hash.index("occ", Integer.toString(Math.min(occurrences, 3))), 1);
        int si = n > 0 ? a.sentenceOf(from) : -1;
        if (si >= 0) {
            Sentence s = a.sentences.get(si);
            int sn = s.endToken() - s.firstToken();
            int share = sn == 0 ? 0 : Math.min(4, 4 * n / sn);
            b.add(hash.index("sentshare", Integer.toString(share)), 1);
            if (a.headline[si]) {
                b.add(hash.index("head"), 1);
            }
            if (contextWeight > 0) {
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    if ((i < from || i >= to) && a.word[i] && !Lexicon.functionWord(a.lower[i])) {
                        b.add(hash.index("cw", a.lower[i]), contextWeight);
                    }
                }
            }
        } else {
            b.add(hash.index("nosent"), 1);
        }
        return b.build(true);
    }

    private static String context(ArticleTokens a, int i) {
        return i < 0 ? "<d>" : i >= a.lower.length ? "</d>" : a.lower[i];
    }

    /** How many other times the fragment's text (case-insensitive) occurs in the article. */
    static int occurrences(ArticleTokens a, Span span) {
        String needle = span.in(a.text).toLowerCase(Locale.ROOT).strip();
        if (needle.length() < 3) {
            return 0;
        }
        String hay = a.lowerText();
        int count = 0;
        for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
            count++;
        }
        return Math.max(0, count - 1);
    }
}
