package org.credence.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.signals.ArticleView;

/**
 * Makes synthetic typos, deterministically: in a clean article, about one sentence in two of
 * the English body gets one of its lower-case words (four letters or more, in the word list)
 * changed by one edit of the kinds typists make: a letter dropped, a neighbouring key inserted
 * or struck instead, or two neighbouring letters swapped. An edit that yields a known word (a
 * real-word error, which no word-list checker can see) is retried, at most ten times, then
 * counted and given up.
 */
public final class TypoInjector {

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    /** One injected typo: where it is in the new text, what it says and the word it replaced. */
    public record Typo(Span span, String typo, String original) {
    }

    /**
     * An article with typos.
     *
     * @param text          the article with the typos
     * @param typos         the typos, in text order
     * @param realWordEdits edits given up because every try made a known word
     */
    public record Result(String text, List<Typo> typos, int realWordEdits) {
        public Result {
            typos = List.copyOf(typos);
        }
    }

    private final Predicate<String> known;

    /** @param known whether a lower-case word is known (a typo that is known is retried) */
    public TypoInjector(Predicate<String> known) {
        this.known = known;
    }

    /** Injects typos into the body of {@code view}'s document with the given random source. */
    public Result inject(ArticleView view, Random random) {
        String text = view.text();
        List<Token> chosen = new ArrayList<>();
        for (Sentence s : view.bodySentences()) {
            List<Token> eligible = new ArrayList<>();
            for (Token t : view.tokens(s)) {
                String w = t.text(text);
                if (t.kind() == Token.Kind.WORD && w.length() >= 4 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')
                        && known.test(w)) {
                    eligible.add(t);
                }
            }
            if (!eligible.isEmpty() && random.nextBoolean()) {
                chosen.add(eligible.get(random.nextInt(eligible.size())));
            }
        }
        StringBuilder sb = new StringBuilder(text.length() + chosen.size());
        List<Typo> typos = new ArrayList<>();
        int realWord = 0;
        int last = 0;
        for (Token t : chosen) {
            String w = t.text(text);
            String typo = null;
            for (int attempt = 0; attempt < 10 && typo == null; attempt++) {
                String cand = edit(w, random);
                if (cand.length() >= 3 && !known.test(cand)) {
                    typo = cand;
                }
            }
            sb.append(text, last, t.start());
            if (typo == null) {
                realWord++;
                sb.append(w);
            } else {
                int at = sb.length();
                sb.append(typo);
                typos.add(new Typo(new Span(at, sb.length()), typo, w));
            }
            last = t.end();
        }
        sb.append(text, last, text.length());
        return new Result(sb.toString(), typos, realWord);
    }

    /** One random edit of {@code w} (lower-case letters, at least 4). */
    static String edit(String w, Random r) {
        int n = w.length();
        return switch (r.nextInt(4)) {
            case 0 -> {
                int i = 1 + r.nextInt(n - 1); // keep the first letter: typists rarely miss it
                yield w.substring(0, i) + w.substring(i + 1);
            }
            case 1 -> {
                int i = 1 + r.nextInt(n);
                yield w.substring(0, i) + neighbour(w.charAt(i - 1), r) + w.substring(i);
            }
            case 2 -> {
                int i = r.nextInt(n);
                yield w.substring(0, i) + neighbour(w.charAt(i), r) + w.substring(i + 1);
            }
            default -> {
                int i = r.nextInt(n - 1);
                yield w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
            }
        };
    }

    /** A key next to {@code c} on a QWERTY keyboard, in its own row. */
    static char neighbour(char c, Random r) {
        for (String row : ROWS) {
            int i = row.indexOf(c);
            if (i >= 0) {
                if (i == 0) {
                    return row.charAt(1);
                }
                if (i == row.length() - 1) {
                    return row.charAt(i - 1);
                }
                return row.charAt(r.nextBoolean() ? i - 1 : i + 1);
            }
        }
        return c;
    }
}
