package org.credence.signals.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credence.language.quantity.Numbers;
import org.credence.model.Document;
import org.credence.model.Entity;
import org.credence.model.EntityType;
import org.credence.model.Quantity;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * The specifics a headline states (named entities and numbers) and whether the body mentions
 * each. An entity counts as mentioned when a mention of the same chain lies in the body, when
 * the body writes its words in a row (ignoring case), when a person's last name appears in the
 * body, or when every content word of the name does. A number counts as mentioned when the body writes
 * the same digits or holds an amount or number of the same value ("15" and "fifteen").
 * Nationalities ("Russian") are not counted: the body often names the country instead.
 */
public final class HeadlineSpecifics {

    private HeadlineSpecifics() {
    }

    /** What a specific is. */
    public enum Kind { ENTITY, NUMBER }

    /**
     * One specific of the headline.
     *
     * @param span     where it is in the headline
     * @param text     its text
     * @param kind     entity or number
     * @param inBody   whether the body mentions it
     */
    public record Specific(Span span, String text, Kind kind, boolean inBody) {
    }

    /**
     * The specifics of {@code headline} checked against the sentences {@code body} of
     * {@code doc}; {@code bodyText} is those sentences read by {@link StanceText#of}.
     */
    public static List<Specific> check(Document doc, Span headline, List<Sentence> body, StanceText bodyText) {
        String text = doc.text();
        List<Token> tokens = doc.language().tokens();
        StringBuilder joined = new StringBuilder(" ");
        Set<String> words = new HashSet<>();
        Set<Double> values = new HashSet<>();
        for (StanceText.Part p : bodyText.parts()) {
            for (String w : p.words()) {
                joined.append(w).append(' ');
                if (words.add(w)) {
                    double v = value(w);
                    if (!Double.isNaN(v)) {
                        values.add(v);
                    }
                }
            }
        }
        Set<Integer> bodyChains = new HashSet<>();
        for (Entity e : doc.language().entities()) {
            if (e.chain() >= 0 && inside(body, e.span())) {
                bodyChains.add(e.chain());
            }
        }
        for (Quantity q : doc.language().quantities()) {
            if (inside(body, q.span())) {
                values.add(q.value());
            }
        }
        List<Token> inHeadline = tokensIn(tokens, headline);
        List<Specific> out = new ArrayList<>();
        for (Entity e : doc.language().entities()) {
            if (!headline.contains(e.span()) || e.type() == EntityType.NATIONALITY || isLabel(text, headline, e.span())) {
                continue;
            }
            List<String> name = new ArrayList<>();
            for (Token t : tokensIn(inHeadline, e.span())) {
                if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                    name.add(t.kind() == Token.Kind.NUMBER ? StanceText.number(t.text(text)) : StanceWords.normalise(t.text(text)));
                }
            }
            if (name.size() >= 3 && name.size() >= 0.8 * wordCount(inHeadline)) {
                // a "name" that is most of a title-case headline is the tagger misreading the casing
                continue;
            }
            boolean found = (e.chain() >= 0 && bodyChains.contains(e.chain()))
                    || joined.indexOf(" " + String.join(" ", name) + " ") >= 0
                    || namedByWords(name, e.type(), words);
            out.add(new Specific(e.span(), e.text(text), Kind.ENTITY, found));
        }
        List<Span> quantitySpans = new ArrayList<>();
        for (Quantity q : doc.language().quantities()) {
            if (headline.contains(q.span())) {
                quantitySpans.add(q.span());
                boolean found = values.contains(q.value());
                for (Token t : tokensIn(inHeadline, q.span())) {
                    found |= t.kind() == Token.Kind.NUMBER && words.contains(StanceText.number(t.text(text)));
                }
                out.add(new Specific(q.span(), q.text(), Kind.NUMBER, found));
            }
        }
        for (Token t : inHeadline) {
            if (t.kind() != Token.Kind.NUMBER || quantitySpans.stream().anyMatch(s -> s.overlaps(t.span()))) {
                continue;
            }
            String n = StanceText.number(t.text(text));
            boolean found = words.contains(n) || values.contains(value(n));
            out.add(new Specific(t.span(), t.text(text), Kind.NUMBER, found));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(out);
    }

    /** The value of a number word ("fifteen") or of digits as {@link StanceText} writes them; NaN for other words. */
    static double value(String w) {
        if (w.isEmpty()) {
            return Double.NaN;
        }
        char c = w.charAt(0);
        if (c >= '0' && c <= '9') {
            int i = 0;
            int dots = 0;
            while (i < w.length() && (Character.isDigit(w.charAt(i)) || w.charAt(i) == '.')) {
                dots += w.charAt(i) == '.' ? 1 : 0;
                i++;
            }
            return i == w.length() && dots <= 1 && w.charAt(i - 1) != '.' ? Double.parseDouble(w) : Double.NaN;
        }
        int v = Numbers.word(w);
        return v < 0 ? Double.NaN : v;
    }

    /** The tokens inside {@code span}, found by binary search in text-ordered {@code tokens}. */
    static List<Token> tokensIn(List<Token> tokens, Span span) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < tokens.size() && tokens.get(end).end() <= span.end()) {
            end++;
        }
        return tokens.subList(lo, end);
    }

    private static final Set<String> LABELS = Set.of("q&a", "q & a", "exclusive", "watch", "breaking", "breaking news",
            "live", "opinion", "analysis", "video", "update", "interview", "explainer", "review", "fact check",
            "fact-check", "photos", "listen", "podcast", "editorial", "commentary");

    /**
     * Whether the entity is a genre label opening the headline ("Q&A:", "EXCLUSIVE:", "WATCH:"): it
     * names the kind of piece, not something the story states.
     */
    private static boolean isLabel(String text, Span headline, Span entity) {
        if (text.substring(headline.start(), entity.start()).strip().length() > 0
                || !LABELS.contains(entity.in(text).toLowerCase(java.util.Locale.ROOT))) {
            return false; // "Obama: …" opens with a speaker, who is a specific
        }
        int after = entity.end();
        while (after < headline.end() && text.charAt(after) == ' ') {
            after++;
        }
        return after < headline.end() && (text.charAt(after) == ':' || text.charAt(after) == '|');
    }

    private static boolean namedByWords(List<String> name, EntityType type, Set<String> bodyWords) {
        List<String> parts = new ArrayList<>();
        StanceWords lists = StanceWords.standard();
        for (String n : name) {
            if (!lists.is(StanceWords.Kind.STOP, n)) {
                parts.add(n);
            }
        }
        if (parts.isEmpty()) {
            return true;
        }
        if (type == EntityType.PERSON && bodyWords.contains(parts.get(parts.size() - 1))) {
            return true;
        }
        return bodyWords.containsAll(parts);
    }

    /** Whether {@code span} lies in one of the text-ordered sentences {@code body} (binary search). */
    private static boolean inside(List<Sentence> body, Span span) {
        int lo = 0;
        int hi = body.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = body.get(mid).span();
            if (s.end() <= span.start()) {
                lo = mid + 1;
            } else if (s.start() > span.start()) {
                hi = mid - 1;
            } else {
                return s.contains(span);
            }
        }
        return false;
    }

    private static int wordCount(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                n++;
            }
        }
        return n;
    }
}
