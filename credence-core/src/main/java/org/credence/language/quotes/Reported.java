package org.credence.language.quotes;

import java.util.ArrayList;
import java.util.List;
import org.credence.model.Attribution;
import org.credence.model.Quote;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/** Reported speech around one reporting verb outside quotes; see {@link QuoteExtractor}. */
final class Reported {

    private Reported() {
    }

    /** Indefinite articles: after "a …" a bare cue form ("reply", "claim") is a noun, not a verb. */
    private static final java.util.Set<String> SINGULAR = java.util.Set.of("a", "an");

    /** The token index one past the sentence's content: final . ! ? ; : and closing marks left out, but not a final mark inside a quote. */
    static int contentEnd(Doc d, Sentence s) {
        int ce = s.endToken();
        while (ce > s.firstToken() && d.tokens.get(ce - 1).kind() == Token.Kind.PUNCT
                && !d.lower[ce - 1].equals(")") && d.quoteOf[ce - 1] < 0) {
            ce--;
        }
        return ce;
    }

    static void reported(Doc d, Sources src, int c, Lexicon.Cue cue, List<Quote> out, Quote[] direct) {
        Sentence s = d.sentences.get(d.sentenceOf[c]);
        int sa = s.firstToken();
        int ce = contentEnd(d, s);
        QuoteRule rule = cue.cueClass() == Lexicon.CueClass.MENTAL ? QuoteRule.MENTAL : QuoteRule.REPORTED;
        int[] np;
        boolean participle = d.lower[c].endsWith("ing") && c > sa && d.isPunct(c - 1, ",");
        if (participle) {
            np = src.firstEntity(sa, c - 1);
            if (np == null) {
                return;
            }
        } else {
            np = src.left(c, sa);
            if (np != null && np[1] == c && SINGULAR.contains(d.lower[np[0]]) && d.lower[c].equals(cue.lemma())
                    && !(c + 1 < d.size() && d.lower[c + 1].equals("that"))) {
                // "a pre-printed reply, then …": a noun (a verb after "a …" would read "replies"); a
                // nominal cue with its clause ("a claim that …") still reports one
                return;
            }
        }
        if (np == null) {
            // "The plan is dead, said Smith."
            if (c - 1 > sa && d.isPunct(c - 1, ",")) {
                int[] right = src.right(c + 1, ce);
                if (right != null && (right[1] >= ce || d.isPunct(right[1], ","))) {
                    emit(d, src, c, c + 1, cue.lemma(), Quote.Kind.INDIRECT, right, sa, c - 1, rule, out, direct);
                }
            }
            return;
        }
        int k = c + 1;
        if (TO_OBJECT.contains(cue.lemma()) && k < ce && d.lower[k].equals("to")) {
            return;
        }
        if (Lexicon.HEARER_VERBS.contains(cue.lemma()) && k < ce) {
            int[] hearer = src.right(k, ce);
            if (hearer != null) {
                k = hearer[1];
            }
        }
        if (!participle && np[0] - 1 > sa && d.isPunct(np[0] - 1, ",") && (k >= ce || d.isPunct(k, ","))) {
            // "The plan is dead, Smith said." / "…, Smith told reporters on Tuesday."
            emit(d, src, c, c + 1, cue.lemma(), Quote.Kind.INDIRECT, np, sa, np[0] - 1, rule, out, direct);
            return;
        }
        k = skipToClause(d, k, ce);
        if (k < 0 || ce - k < 3) {
            return;
        }
        if (cue.lemma().equals("see") && !viewHeld(d, k, ce)) {
            return; // "voters see a long race": seeing, not a view
        }
        if (cue.lemma().equals("add") && !d.lower[k - 1].equals("that") && !src.speakerLike(np[1] - 1)) {
            return; // "the new line will add 12 minutes to the trip": adding, not saying
        }
        emit(d, src, c, c + 1, cue.lemma(), Quote.Kind.INDIRECT, np, k, ce, rule, out, direct);
    }

    /** Cues that take "to" and an object, not a clause: "did not respond to requests for comment". */
    private static final java.util.Set<String> TO_OBJECT = java.util.Set.of("respond", "reply", "react");

    /** The first token of the clause a cue reports, from token {@code k}; -1 when there is none. */
    private static int skipToClause(Doc d, int k, int ce) {
        for (int guard = 0; guard < 3 && k < ce; guard++) {
            String w = d.lower[k];
            if (w.equals("that")) {
                return k + 1;
            }
            if (d.isPunct(k, ":") || d.isPunct(k, ",")) {
                k++;
                continue;
            }
            if (!Lexicon.AFTER_CUE_PREPS.contains(w)) {
                break;
            }
            int stop = -1;
            for (int j = k + 1; j < Math.min(ce, k + 8); j++) {
                if (d.lower[j].equals("that") || d.isPunct(j, ",")) {
                    stop = j + 1;
                    break;
                }
            }
            if (stop > 0) {
                k = stop;
                continue;
            }
            k++;
            while (k < ce && (d.capitalised(k) || d.tokens.get(k).kind() == Token.Kind.NUMBER
                    || d.lower[k].equals("week") || d.lower[k].equals("month") || d.lower[k].equals("year")
                    || d.lower[k].equals("night") || d.lower[k].equals("morning"))) {
                k++;
            }
        }
        if (k >= ce || Lexicon.NOT_CLAUSE.contains(d.lower[k])) {
            return -1;
        }
        Token t = d.tokens.get(k);
        char ch = d.text.charAt(t.start());
        boolean twoApostrophes = ch == '\'' && t.start() + 1 < d.text.length() && d.text.charAt(t.start() + 1) == '\'';
        if (t.kind() == Token.Kind.PUNCT && !QuoteMarks.isDoubleOpener(ch) && ch != '‘' && !twoApostrophes) {
            return -1;
        }
        return k;
    }

    /** Adds a reported-speech quote over content tokens {@code [from, to)}; partial when it holds quoted stretches. */
    static void emit(Doc d, Sources src, int c0, int c1, String lemma, Quote.Kind kind, int[] np,
                     int from, int to, QuoteRule rule, List<Quote> out, Quote[] direct) {
        if (to - from < 2 || to > d.size()) {
            return;
        }
        Span content = new Span(d.tokens.get(from).start(), d.tokens.get(to - 1).end());
        if (content.overlaps(new Span(d.tokens.get(c0).start(), d.tokens.get(c1 - 1).end()))) {
            return;
        }
        List<Span> verbatim = new ArrayList<>();
        for (int q = 0; q < d.quoted.size(); q++) {
            QuoteMarks.Quoted qu = d.quoted.get(q);
            if (content.contains(qu.content())) {
                if (direct[q] != null && direct[q].cue() != null) {
                    return; // a framed direct quote of its own: this cue is inside its frame's clause
                }
                direct[q] = null;
                verbatim.add(qu.content());
            } else if (content.overlaps(qu.content())) {
                return;
            }
        }
        Attribution a = src.classify(np[0], np[1]);
        if (isPassiveIt(d, np, c0)) {
            a = new Attribution(Attribution.Kind.VAGUE, a.mention(), null, -1);
        }
        Quote.Kind k = kind == Quote.Kind.INDIRECT && !verbatim.isEmpty() ? Quote.Kind.PARTIAL : kind;
        Span cue = new Span(d.tokens.get(c0).start(), d.tokens.get(c1 - 1).end());
        QuoteRule r = k != Quote.Kind.PARTIAL ? rule : rule == QuoteRule.MENTAL ? QuoteRule.MENTAL_PARTIAL : QuoteRule.REPORTED_PARTIAL;
        out.add(new Quote(content, cue, lemma, k, a, verbatim, r.confidence()));
    }

    /**
     * Whether "see" reports a view rather than sight: a clause after "that" or with "as" ("Many see
     * the move as a setback", "Smith sees the deal as a disaster"); the source is vague when its
     * subject is ("many", "critics", "some analysts").
     */
    private static boolean viewHeld(Doc d, int k, int ce) {
        if (k > 0 && d.lower[k - 1].equals("that")) {
            return true;
        }
        for (int i = k + 1; i < ce; i++) {
            if (d.lower[i].equals("as") && d.quoteOf[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /** "it is believed", "it was said": an impersonal passive. */
    private static boolean isPassiveIt(Doc d, int[] np, int c) {
        return np[1] - np[0] == 1 && d.lower[np[0]].equals("it") && c - np[1] >= 1
                && (d.lower[c - 1].equals("is") || d.lower[c - 1].equals("was") || d.lower[c - 1].equals("been"));
    }
}
