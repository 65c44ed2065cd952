package org.credence.language.quotes;

import java.util.ArrayList;
import java.util.List;
import org.credence.model.Attribution;
import org.credence.model.Quote;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * A trivial baseline for evaluations: every double-quoted stretch is a direct quote whose source is
 * the nearest entity mention before it outside quotes; every "said", "says", "told" and "according
 * to" outside quotes is a cue (a quote of its own sentence-less content, the cue's span).
 */
public final class BaselineQuotes {

    private BaselineQuotes() {
    }

    public static List<Quote> quotes(String text, List<Token> tokens, List<EntityHint> entities) {
        List<Quote> out = new ArrayList<>();
        List<QuoteMarks.Quoted> quoted = QuoteMarks.find(text);
        for (QuoteMarks.Quoted q : quoted) {
            if (q.single()) {
                continue;
            }
            EntityHint best = null;
            for (EntityHint e : entities) {
                if (e.span().end() > q.open()) {
                    break;
                }
                if (!inside(quoted, e.span())) {
                    best = e;
                }
            }
            Attribution a = best == null ? Attribution.NONE
                    : new Attribution(best.person() ? Attribution.Kind.NAMED_PERSON : Attribution.Kind.NAMED_ORGANIZATION,
                    best.span(), best.span().in(text), best.chain());
            out.add(new Quote(q.content(), null, null, Quote.Kind.DIRECT, a, List.of(q.content()), 0.5));
        }
        for (int i = 0; i < tokens.size(); i++) {
            Span s = tokens.get(i).span();
            String w = s.in(text);
            if ((w.equals("said") || w.equals("says") || w.equals("told")) && !inside(quoted, s)) {
                out.add(new Quote(s, s, w, Quote.Kind.INDIRECT, Attribution.NONE, List.of(), 0.1));
            } else if (w.equalsIgnoreCase("according") && i + 1 < tokens.size() && !inside(quoted, s)) {
                Span c = new Span(s.start(), tokens.get(i + 1).end());
                out.add(new Quote(c, c, "according to", Quote.Kind.ACCORDING_TO, Attribution.NONE, List.of(), 0.1));
            }
        }
        return out;
    }

    private static boolean inside(List<QuoteMarks.Quoted> quoted, Span s) {
        for (QuoteMarks.Quoted q : quoted) {
            if (q.content().contains(s)) {
                return true;
            }
        }
        return false;
    }
}
