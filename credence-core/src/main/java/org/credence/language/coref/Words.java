package org.credence.language.coref;

import java.util.List;
import java.util.Locale;
import org.credence.model.Entity;
import org.credence.model.EntityType;
import org.credence.model.Language;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * One article's tokens as the nominal linker reads them: lower-cased words, the sentence of each
 * token and the entity mention covering it. Built once per article; not shared between threads.
 */
final class Words {

    final String text;
    final List<Token> tokens;
    final List<Entity> entities;
    private final String[] lower;
    private final int[] sentenceOf;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final int[] entityOf;
    private final int[] entityStart;
    private final int[] entityEnd;

    Words(String text, Language l) {
        this.text = text;
        this.tokens = l.tokens();
        this.entities = l.entities();
        int n = tokens.size();
        lower = new String[n];
        sentenceOf = new int[n];
        java.util.Arrays.fill(sentenceOf, -1);
        List<Sentence> sentences = l.sentences();
        sentenceStart = new int[sentences.size()];
        sentenceEnd = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence se = sentences.get(s);
            sentenceStart[s] = se.firstToken();
            sentenceEnd[s] = Math.min(se.endToken(), n);
            for (int i = se.firstToken(); i < sentenceEnd[s]; i++) {
                sentenceOf[i] = s;
            }
        }
        entityOf = new int[n];
        java.util.Arrays.fill(entityOf, -1);
        entityStart = new int[entities.size()];
        entityEnd = new int[entities.size()];
        int t = 0;
        for (int e = 0; e < entities.size(); e++) {
            Span sp = entities.get(e).span();
            while (t < n && tokens.get(t).end() <= sp.start()) {
                t++;
            }
            entityStart[e] = t;
            int k = t;
            while (k < n && tokens.get(k).start() < sp.end()) {
                entityOf[k] = e;
                k++;
            }
            entityEnd[e] = k;
        }
    }

    int size() {
        return tokens.size();
    }

    /** The lower-cased text of token {@code i} (computed on first use). */
    String lower(int i) {
        String w = lower[i];
        if (w == null) {
            w = tokens.get(i).text(text).toLowerCase(Locale.ROOT).replace('’', '\'');
            lower[i] = w;
        }
        return w;
    }

    /** True when token {@code i} is {@code lowerCaseWord} in any case (no allocation; an apostrophe as ' or ’). */
    boolean is(int i, String lowerCaseWord) {
        Token t = tokens.get(i);
        int n = lowerCaseWord.length();
        if (t.end() - t.start() != n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = text.charAt(t.start() + k);
            char x = lowerCaseWord.charAt(k);
            if (c != x && Character.toLowerCase(c) != x && !(c == '’' && x == '\'')) {
                return false;
            }
        }
        return true;
    }

    boolean isWord(int i) {
        return tokens.get(i).kind() == Token.Kind.WORD;
    }

    boolean isNumber(int i) {
        return tokens.get(i).kind() == Token.Kind.NUMBER;
    }

    boolean capitalised(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(tokens.get(i).start()));
    }

    /** True for a possessive "'s" token. */
    boolean possessive(int i) {
        return i < size() && is(i, "'s");
    }

    private boolean[] quoted;

    /**
     * True when token {@code i} is inside a quotation: after an opening “ « or an odd straight
     * " or '' in its paragraph and before the closing mark. Computed on first use.
     */
    boolean quoted(int i) {
        if (quoted == null) {
            quoted = new boolean[tokens.size()];
            boolean in = false;
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (k > 0 && hasNewline(tokens.get(k - 1).end(), t.start())) {
                    in = false;
                }
                if (t.kind() == Token.Kind.PUNCT && t.end() - t.start() == 1) {
                    char c = text.charAt(t.start());
                    boolean pair = c == '\'' && k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end()
                            && text.charAt(t.end()) == '\'';
                    if (c == '“' || c == '«') {
                        in = true;
                    } else if (c == '”' || c == '»') {
                        in = false;
                        continue;
                    } else if (c == '"' || pair) {
                        in = !in;
                        if (pair) {
                            quoted[k] = true;
                            k++;
                        }
                        continue;
                    }
                }
                quoted[k] = in;
            }
        }
        return quoted[i];
    }

    private boolean hasNewline(int from, int to) {
        for (int c = from; c < to; c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    private byte[] titleCase;

    /**
     * True when token {@code i}'s sentence is written in title case, as headlines are: at least
     * four words, three in four of them capitalised. The recognizer types names there poorly.
     */
    boolean titleCase(int i) {
        int s = sentenceOf[i];
        if (s < 0) {
            return false;
        }
        if (titleCase == null) {
            titleCase = new byte[sentenceStart.length];
        }
        if (titleCase[s] == 0) {
            int words = 0;
            int caps = 0;
            for (int k = sentenceStart[s]; k < sentenceEnd[s]; k++) {
                if (isWord(k) && Character.isLetter(text.charAt(tokens.get(k).start()))) {
                    words++;
                    caps += capitalised(k) ? 1 : 0;
                }
            }
            titleCase[s] = (byte) (words >= 4 && caps * 4 >= words * 3 ? 1 : 2);
        }
        return titleCase[s] == 1;
    }

    int sentence(int i) {
        return sentenceOf[i];
    }

    /** First token of token {@code i}'s sentence, or {@code i} when it is in none. */
    int sentenceStart(int i) {
        return sentenceOf[i] < 0 ? i : sentenceStart[sentenceOf[i]];
    }

    /** One past the last token of token {@code i}'s sentence. */
    int sentenceEnd(int i) {
        return sentenceOf[i] < 0 ? i + 1 : sentenceEnd[sentenceOf[i]];
    }

    /** The index of the entity covering token {@code i}, or -1. */
    int entity(int i) {
        return i >= 0 && i < entityOf.length ? entityOf[i] : -1;
    }

    /** The entity starting at token {@code i}, or -1. */
    int entityStartingAt(int i) {
        int e = entity(i);
        return e >= 0 && entityStart[e] == i ? e : -1;
    }

    /** The entity ending at token {@code i} (its last token), or -1. */
    int entityEndingAt(int i) {
        int e = entity(i);
        return e >= 0 && entityEnd[e] == i + 1 ? e : -1;
    }

    int entityFirstToken(int e) {
        return entityStart[e];
    }

    /** One past the last token of entity {@code e}. */
    int entityEndToken(int e) {
        return entityEnd[e];
    }

    EntityType type(int e) {
        return entities.get(e).type();
    }

    int chain(int e) {
        return entities.get(e).chain();
    }

    /** The span from the start of token {@code first} to the end of token {@code last} (inclusive). */
    Span span(int first, int last) {
        return new Span(tokens.get(first).start(), tokens.get(last).end());
    }
}
