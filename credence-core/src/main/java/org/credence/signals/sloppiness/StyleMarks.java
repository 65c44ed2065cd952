package org.credence.signals.sloppiness;

import org.credence.language.words.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.Document;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.signals.ArticleView;

/**
 * Shouting capitals and excess punctuation in the article's own voice (headline and English
 * body, quotations and datelines left out).
 *
 * <ul>
 *   <li><b>Shouting</b>: a headline written wholly in capitals (at least three words); in the
 *       body, a run of two or more capitalised dictionary words ({@code THIS IS OUTRAGEOUS}), or
 *       one of five letters or more in a sentence that is otherwise in mixed case
 *       ({@code an ABSOLUTELY false claim}). A capitalised word counts only when its lower-case
 *       form is an ordinary word of four letters or more and the word list has no capitalised
 *       form of it (acronyms such as NATO, AIDS or NASA are listed that way), and it lies in no
 *       named entity. A run that opens its sentence and is followed by a colon or a dash is a
 *       kicker or section label ({@code PRESS DIGEST -}, {@code SUMMARY:}), not shouting, and a
 *       single capitalised word at the start of a sentence is not counted as emphasis. Capitals
 *       count only in lines (paragraphs) with at least three words in lower or mixed case: a line all
 *       in capitals is a subheading (the AP's "10 Things" items), which is house style.</li>
 *   <li><b>Excess punctuation</b>: every run of two or more of {@code ! ?} ({@code !!},
 *       {@code ?!}, {@code ???}); and, when the article's own sentences end with an exclamation
 *       mark {@value #MANY_EXCLAMATIONS} times or more, each of those marks.</li>
 * </ul>
 */
final class StyleMarks {

    /** Exclamation marks in the article's own voice from which each one counts. */
    static final int MANY_EXCLAMATIONS = 3;

    /** One finding. */
    record Mark(Span span, String note) {
    }

    /** What was found: shouting runs and punctuation marks. */
    record Found(List<Mark> shouting, List<Mark> punctuation) {
        Found {
            shouting = List.copyOf(shouting);
            punctuation = List.copyOf(punctuation);
        }
    }

    private final WordList list;

    StyleMarks(WordList list) {
        this.list = list;
    }

    Found find(ArticleView view) {
        Document doc = view.document();
        String text = doc.text();
        List<Token> tokens = doc.language().tokens();
        TokenMarks marks = TokenMarks.of(doc);
        List<Mark> shouting = new ArrayList<>();
        List<Mark> punct = new ArrayList<>();
        List<Mark> exclamations = new ArrayList<>();
        view.headline().ifPresent(h -> {
            int from = TokenMarks.first(tokens, h.start());
            int to = from;
            int words = 0;
            int caps = 0;
            for (; to < tokens.size() && tokens.get(to).end() <= h.end(); to++) {
                Token t = tokens.get(to);
                if (t.kind() == Token.Kind.WORD) {
                    words++;
                    caps += allCaps(t.text(text)) ? 1 : 0;
                }
            }
            if (words >= 3 && caps == words) {
                shouting.add(new Mark(h, "headline written in capitals"));
                for (int i = from; i < to; i++) {
                    punctuation(tokens.get(i), text, marks.quoted(i), punct, null);
                }
            } else {
                region(from, to, text, tokens, marks, shouting, punct, null);
            }
        });
        List<Span> datelines = doc.blocks().stream().filter(b -> b.type() == BlockType.DATELINE).map(Block::span).toList();
        for (Sentence s : view.bodySentences()) {
            if (datelines.stream().anyMatch(d -> d.contains(s.span()))) {
                continue;
            }
            region(s.firstToken(), s.endToken(), text, tokens, marks, shouting, punct, exclamations);
        }
        if (exclamations.size() >= MANY_EXCLAMATIONS) {
            punct.addAll(exclamations);
        }
        return new Found(shouting, punct);
    }

    /** Tokens {@code [from, to)}: one sentence, or the headline. */
    private void region(int from, int to, String text, List<Token> tokens, TokenMarks marks, List<Mark> shouting,
                        List<Mark> punct, List<Mark> exclamations) {
        int mixedWords = 0;
        List<Integer> loud = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean quoted = marks.quoted(i);
            if (t.kind() == Token.Kind.PUNCT) {
                punctuation(t, text, quoted, punct, exclamations);
                continue;
            }
            if (t.kind() != Token.Kind.WORD || quoted) {
                continue;
            }
            String w = t.text(text);
            if (!allCaps(w)) {
                mixedWords++;
            } else if (!marks.entity(i) && shoutingWord(w)) {
                loud.add(i);
            }
        }
        if (loud.isEmpty() || (mixedWords < 3 && mixedWordsInLine(tokens, text, from, to) < 3)) {
            return; // a line all in capitals is a subheading or a label (house style), not shouting in prose
        }
        int k = 0;
        while (k < loud.size()) {
            int j = k;
            while (j + 1 < loud.size() && onlyCapsBetween(tokens, text, loud.get(j), loud.get(j + 1))) {
                j++;
            }
            int a = loud.get(k);
            int b = loud.get(j);
            boolean run = j > k;
            // widen over neighbouring capitals (WAKE UP PEOPLE ... TO YOU), never into an entity
            while (a - 1 >= from && capsWord(tokens.get(a - 1), text) && !marks.skip(a - 1)) {
                a--;
                run = true;
            }
            while (b + 1 < to && capsWord(tokens.get(b + 1), text) && !marks.skip(b + 1)) {
                b++;
                run = true;
            }
            Span span = new Span(tokens.get(a).start(), tokens.get(b).end());
            boolean first = firstWord(tokens, text, from, a);
            if (first && b + 1 < to && label(tokens.get(b + 1).text(text))) {
                k = j + 1; // a kicker or section label: PRESS DIGEST - ..., SUMMARY: ...
                continue;
            }
            if (run) {
                shouting.add(new Mark(span, "words in capitals"));
            } else if (!first && span.length() >= 5) {
                shouting.add(new Mark(span, "a word in capitals for emphasis"));
            }
            k = j + 1;
        }
    }

    /** Words not all in capitals on the line (paragraph) of tokens {@code [from, to)}. */
    private static int mixedWordsInLine(List<Token> tokens, String text, int from, int to) {
        int lineStart = text.lastIndexOf('\n', tokens.get(from).start()) + 1;
        int lineEnd = text.indexOf('\n', tokens.get(to - 1).end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int n = 0;
        for (int i = TokenMarks.first(tokens, lineStart); i < tokens.size() && tokens.get(i).start() < lineEnd; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.WORD && !allCaps(t.text(text))) {
                n++;
            }
        }
        return n;
    }

    /** Whether token {@code a} is the first word of the region {@code [from, ...)}. */
    private static boolean firstWord(List<Token> tokens, String text, int from, int a) {
        for (int i = from; i < a; i++) {
            if (tokens.get(i).kind() == Token.Kind.WORD || tokens.get(i).kind() == Token.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    private static boolean label(String p) {
        return p.equals(":") || p.equals("-") || p.equals("\u2013") || p.equals("\u2014");
    }

    private static boolean capsWord(Token t, String text) {
        return t.kind() == Token.Kind.WORD && allCaps(t.text(text));
    }

    private static boolean allCaps(String w) {
        return w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** An ordinary word of four letters or more written in capitals, not an acronym. */
    boolean shoutingWord(String w) {
        if (w.length() < 4 || !w.chars().allMatch(Character::isLetter) || list.contains(w)) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return list.contains(lower) && !list.contains(SpellingChecker.capitalised(lower));
    }

    private static boolean onlyCapsBetween(List<Token> tokens, String text, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            Token t = tokens.get(i);
            String w = t.text(text);
            if (t.kind() == Token.Kind.WORD && !allCaps(w)) {
                return false;
            }
        }
        return true;
    }

    private static void punctuation(Token t, String text, boolean quoted, List<Mark> punct, List<Mark> exclamations) {
        if (t.kind() != Token.Kind.PUNCT || quoted) {
            return;
        }
        String p = t.text(text);
        int marks = 0;
        int bangs = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '!' || c == '?') {
                marks++;
            }
            if (c == '!') {
                bangs++;
            }
        }
        if (marks >= 2) {
            punct.add(new Mark(t.span(), "repeated punctuation '" + p.strip() + "'"));
        } else if (bangs == 1 && exclamations != null) {
            exclamations.add(new Mark(t.span(), "exclamation mark in the article's own voice"));
        }
    }
}
