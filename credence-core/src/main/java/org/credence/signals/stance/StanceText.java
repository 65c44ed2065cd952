package org.credence.signals.stance;

import java.util.ArrayList;
import java.util.List;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * A headline or body as the stance features read it: its sentences, each with its span, its
 * words (lower case, contractions read, see {@link StanceWords#normalise}) and its terms (the
 * stems of the words that are not stop words, and numbers without separators). Immutable.
 *
 * <p>The signal builds it from the document's own tokens and sentences; the evaluation and the
 * trainer from plain text with the same tokenizer and splitter, so both see the same terms.
 */
public final class StanceText {

    /**
     * One sentence.
     *
     * @param span  where it is in the text it was read from
     * @param words its words and numbers, normalised
     * @param terms its content terms, stemmed
     * @param question whether it holds a question mark
     */
    public record Part(Span span, List<String> words, List<String> terms, boolean question) {
        public Part {
            words = List.copyOf(words);
            terms = List.copyOf(terms);
        }
    }

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private final List<Part> parts;

    private StanceText(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Reads plain text with Credence's tokenizer and sentence splitter. */
    public static StanceText parse(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        return of(text, tokens, SPLITTER.split(text, tokens));
    }

    /** Reads the given sentences (their tokens indexing {@code tokens}) of {@code text}. */
    public static StanceText of(String text, List<Token> tokens, List<Sentence> sentences) {
        List<Part> parts = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            parts.add(part(text, s.span(), s.tokens(tokens)));
        }
        return new StanceText(parts);
    }

    /** Reads one span (a headline) of {@code text} whose tokens are {@code tokens}, as one part. */
    public static StanceText ofSpan(String text, Span span, List<Token> tokens) {
        return new StanceText(List.of(part(text, span, HeadlineSpecifics.tokensIn(tokens, span))));
    }

    private static Part part(String text, Span span, List<Token> tokens) {
        StanceWords lists = StanceWords.standard();
        List<String> words = new ArrayList<>(tokens.size());
        List<String> terms = new ArrayList<>(tokens.size());
        boolean question = false;
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.PUNCT && t.text(text).indexOf('?') >= 0) {
                question = true;
            }
            if (t.kind() == Token.Kind.NUMBER) {
                String n = number(t.text(text));
                words.add(n);
                terms.add(n);
            } else if (t.kind() == Token.Kind.WORD) {
                String w = StanceWords.normalise(t.text(text));
                words.add(w);
                if (w.length() > 1 && !lists.is(StanceWords.Kind.STOP, w)) {
                    terms.add(StanceWords.stem(w));
                }
            }
        }
        return new Part(span, words, terms, question);
    }

    /** A number's digits and decimal point, without group separators: "25,000" → "25000". */
    static String number(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    public List<Part> parts() {
        return parts;
    }

    /** Every term of every part, in order. */
    public List<String> terms() {
        List<String> all = new ArrayList<>();
        for (Part p : parts) {
            all.addAll(p.terms());
        }
        return all;
    }

    /** Every word of every part, in order. */
    public List<String> words() {
        List<String> all = new ArrayList<>();
        for (Part p : parts) {
            all.addAll(p.words());
        }
        return all;
    }
}
