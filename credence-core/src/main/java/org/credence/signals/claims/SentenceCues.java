package org.credence.signals.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Entity;
import org.credence.model.EntityType;
import org.credence.model.Language;
import org.credence.model.Quantity;
import org.credence.model.Span;
import org.credence.model.TimeExpression;
import org.credence.model.Token;

/**
 * What one sentence shows that bears on whether it makes a checkable claim: its words (lower
 * case, numbers kept as written), and the numbers, quantities, dates and names the language
 * layer found inside its span. Immutable; made from any span of an analysed document, so the
 * trainer (one document per transcript line) and the signal (an article's body sentences) read
 * sentences the same way.
 *
 * @param span       the sentence's span in the document's text
 * @param words      word, number and punctuation tokens in order: words lower-cased, numbers as
 *                   written
 * @param numbers    number tokens in the span
 * @param quantities quantity kinds found (money, percent, counts, measures, durations)
 * @param times      time expression kinds found; relative dates count as dates
 * @param entities   entity types found
 */
public record SentenceCues(Span span, List<String> words, int numbers, Set<Quantity.Kind> quantities,
                           Set<TimeExpression.Kind> times, Set<EntityType> entities) {

    public SentenceCues {
        words = List.copyOf(words);
        quantities = quantities.isEmpty() ? Set.of() : Set.copyOf(quantities);
        times = times.isEmpty() ? Set.of() : Set.copyOf(times);
        entities = entities.isEmpty() ? Set.of() : Set.copyOf(entities);
    }

    /** Cues of the text under {@code span} of an analysed document (tokens, entities, times and quantities layers). */
    public static SentenceCues of(Document doc, Span span) {
        Language lang = doc.language();
        String text = doc.text();
        List<String> words = new ArrayList<>();
        int numbers = 0;
        List<Token> tokens = lang.tokens();
        for (int i = firstAtOrAfter(tokens, span.start(), Token::start); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > span.end()) {
                break;
            }
            switch (t.kind()) {
                case WORD -> words.add(t.text(text).toLowerCase(Locale.ROOT));
                case NUMBER -> {
                    words.add(t.text(text));
                    numbers++;
                }
                case PUNCT, SYMBOL -> words.add(t.text(text));
                default -> words.add("<" + t.kind().name().toLowerCase(Locale.ROOT) + ">");
            }
        }
        Set<Quantity.Kind> quantities = EnumSet.noneOf(Quantity.Kind.class);
        List<Quantity> qs = lang.quantities();
        for (int i = firstAtOrAfter(qs, span.start(), q -> q.span().start()); i < qs.size(); i++) {
            Quantity q = qs.get(i);
            if (q.span().start() >= span.end()) {
                break;
            }
            if (q.span().end() <= span.end()) {
                quantities.add(q.kind());
            }
        }
        Set<TimeExpression.Kind> times = EnumSet.noneOf(TimeExpression.Kind.class);
        List<TimeExpression> ts = lang.times();
        for (int i = firstAtOrAfter(ts, span.start(), t -> t.span().start()); i < ts.size(); i++) {
            TimeExpression t = ts.get(i);
            if (t.span().start() >= span.end()) {
                break;
            }
            if (t.span().end() <= span.end()) {
                times.add(t.kind() == TimeExpression.Kind.DATETIME ? TimeExpression.Kind.DATE : t.kind());
            }
        }
        Set<EntityType> entities = EnumSet.noneOf(EntityType.class);
        List<Entity> es = lang.entities();
        for (int i = firstAtOrAfter(es, span.start(), e -> e.span().start()); i < es.size(); i++) {
            Entity e = es.get(i);
            if (e.span().start() >= span.end()) {
                break;
            }
            if (e.span().end() <= span.end()) {
                entities.add(e.type());
            }
        }
        return new SentenceCues(span, words, numbers, quantities, times, entities);
    }

    /** Number of word tokens (letters). */
    public int wordCount() {
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /** Index of the first item whose key is at or after {@code offset}; lists are in text order. */
    private static <T> int firstAtOrAfter(List<T> items, int offset, java.util.function.ToIntFunction<T> key) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(items.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
