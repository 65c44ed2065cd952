package org.credence.language.quotes;

import java.util.ArrayList;
import java.util.List;
import org.credence.model.Attribution;
import org.credence.model.Quote;
import org.credence.model.Span;

/**
 * A question-and-answer interview: paragraphs opening with "Q:" and "A:" (or "Q." and "A."), at
 * least two of each. The answers are the interviewee's words: the first person named outside
 * quotation marks before the first question ("Captain Ines Navarro has guided ships … We spoke
 * with her"). Stateless.
 */
final class Transcript {

    private Transcript() {
    }

    /**
     * An interview's answers and who gives them.
     *
     * @param speaker the interviewee's name, tokens [from, to)
     * @param answers each answer's tokens [from, to), its label left out
     */
    record Interview(int[] speaker, List<int[]> answers) {
    }

    /**
     * Adds the answers of the interview in {@code d}, if it is one, to {@code out}: each answer the
     * interviewee's words as a whole (confidence of {@link QuoteRule#NEARBY_SPEAKER}); quotes already
     * in {@code out} inside an answer that give it no named source are dropped.
     */
    static void addAnswers(Doc d, Sources src, List<Quote> out) {
        Interview t = find(d);
        if (t == null) {
            return;
        }
        Attribution speaker = src.classify(t.speaker()[0], t.speaker()[1]);
        for (int[] a : t.answers()) {
            Span content = new Span(d.tokens.get(a[0]).start(), d.tokens.get(a[1] - 1).end());
            out.removeIf(q -> content.contains(q.content()) && !q.source().isNamed());
            out.add(new Quote(content, null, null, Quote.Kind.DIRECT, speaker, List.of(content),
                    QuoteRule.NEARBY_SPEAKER.confidence()));
        }
    }

    /** The interview in {@code d}, or null when it is not one or names nobody before its first question. */
    static Interview find(Doc d) {
        List<int[]> answers = new ArrayList<>();
        int questions = 0;
        int firstQuestion = -1;
        for (int i = 0; i < d.size(); i++) {
            if (i > 0 && d.paraOf[i] == d.paraOf[i - 1]) {
                continue;
            }
            int body = afterLabel(d, i);
            if (body < 0) {
                continue;
            }
            if (d.lower[i].startsWith("q")) {
                questions++;
                firstQuestion = firstQuestion < 0 ? i : firstQuestion;
            } else {
                int end = body;
                while (end < d.size() && d.paraOf[end] == d.paraOf[i]) {
                    end++;
                }
                if (end - body >= 2) {
                    answers.add(new int[] {body, end});
                }
            }
        }
        if (questions < 2 || answers.size() < 2) {
            return null;
        }
        for (int i = 0; i < firstQuestion; i++) {
            int e = d.entityOf[i];
            if (e >= 0 && d.quoteOf[i] < 0 && d.entities.get(e).person()) {
                int b = i + 1;
                while (b < firstQuestion && d.entityOf[b] == e) {
                    b++;
                }
                return new Interview(new int[] {i, b}, List.copyOf(answers));
            }
        }
        return null;
    }

    /** The first token after a "Q:" / "A:" / "Q." / "A." label at paragraph start {@code i}; -1 when there is none. */
    private static int afterLabel(Doc d, int i) {
        String w = d.lower[i];
        if ((w.equals("q") || w.equals("a")) && i + 1 < d.size() && d.lower[i + 1].equals(":")) {
            return i + 2;
        }
        if ((w.equals("q.") || w.equals("a.")) && i + 1 < d.size() && d.capitalised(i + 1)) {
            return i + 1;
        }
        return -1;
    }
}
