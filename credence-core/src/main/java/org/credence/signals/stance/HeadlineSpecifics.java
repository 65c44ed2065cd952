package org.credence.signals.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * the body contains its text (ignoring case), when a person's last name appears in the body, or
 * when every content word of the name does. A number counts as mentioned when the body writes
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

    /** The specifics of {@code headline} checked against the sentences {@code body} of {@code doc}. */
    public static List<Specific> check(Document doc, Span headline, List<Sentence> body) {
        String text = doc.text();
        List<Token> tokens = doc.language().tokens();
        StringBuilder lower = new StringBuilder();
        Set<String> words = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<Double> values = new HashSet<>();
        for (Sentence s : body) {
            lower.append(' ').append(s.text(text).toLowerCase(Locale.ROOT));
            for (Token t : s.tokens(tokens)) {
                if (t.kind() == Token.Kind.WORD) {
                    String w = StanceWords.normalise(t.text(text));
                    words.add(w);
                    int v = Numbers.word(w);
                    if (v >= 0) {
                        values.add((double) v);
                    }
                } else if (t.kind() == Token.Kind.NUMBER) {
                    numbers.add(StanceText.number(t.text(text)));
                    double v = value(text, t);
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
        List<Specific> out = new ArrayList<>();
        for (Entity e : doc.language().entities()) {
            if (!headline.contains(e.span()) || e.type() == EntityType.NATIONALITY) {
                continue;
            }
            String name = e.text(text);
            boolean found = (e.chain() >= 0 && bodyChains.contains(e.chain()))
                    || lower.indexOf(name.toLowerCase(Locale.ROOT)) >= 0
                    || namedByWords(name, e.type(), words);
            out.add(new Specific(e.span(), name, Kind.ENTITY, found));
        }
        List<Span> quantitySpans = new ArrayList<>();
        for (Quantity q : doc.language().quantities()) {
            if (headline.contains(q.span())) {
                quantitySpans.add(q.span());
                boolean found = values.contains(q.value()) || containsNumberOf(q.span(), text, tokens, numbers);
                out.add(new Specific(q.span(), q.text(), Kind.NUMBER, found));
            }
        }
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.NUMBER || !headline.contains(t.span())
                    || quantitySpans.stream().anyMatch(s -> s.overlaps(t.span()))) {
                continue;
            }
            double v = value(text, t);
            boolean found = numbers.contains(StanceText.number(t.text(text))) || (!Double.isNaN(v) && values.contains(v));
            out.add(new Specific(t.span(), t.text(text), Kind.NUMBER, found));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(out);
    }

    private static boolean namedByWords(String name, EntityType type, Set<String> bodyWords) {
        List<String> parts = new ArrayList<>();
        StanceWords lists = StanceWords.standard();
        for (String w : name.split("[\\s\\-]+")) {
            String n = StanceWords.normalise(w.replaceAll("[^\\p{L}\\p{N}'’]", ""));
            if (!n.isEmpty() && !lists.is(StanceWords.Kind.STOP, n)) {
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

    private static boolean containsNumberOf(Span q, String text, List<Token> tokens, Set<String> numbers) {
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.NUMBER && q.contains(t.span()) && numbers.contains(StanceText.number(t.text(text)))) {
                return true;
            }
        }
        return false;
    }

    private static double value(String text, Token t) {
        int end = Numbers.numericEnd(text, t.start(), t.end());
        return end == t.start() ? Double.NaN : Numbers.parse(text, t.start(), end, false);
    }

    private static boolean inside(List<Sentence> body, Span span) {
        for (Sentence s : body) {
            if (s.span().contains(span)) {
                return true;
            }
        }
        return false;
    }
}
