package org.credence.language.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.credence.language.SentenceTokens;
import org.credence.language.quantity.Numbers;
import org.credence.model.Span;
import org.credence.model.TimeExpression;
import org.credence.model.TimeExpression.Kind;
import org.credence.model.Token;

/**
 * One sentence's pass of {@link TimeExpressions}; single use, not thread-safe.
 *
 * <p>It holds the sentence's tokens, the article date and the expressions found so far, and
 * tries each token in turn: {@link RelativeDates}, {@link AbsoluteDates},
 * {@link TimesAndDurations} and {@link NumericDates} read tokens through the accessors here and
 * record what they find through {@link #emit}.
 */
final class TimeScan extends SentenceTokens {

    private static final Set<String> FUTURE = Set.of("will", "'ll", "’ll", "shall", "wo", "upcoming", "scheduled", "due", "tomorrow", "next");

    /** Words other than months, weekdays, units and number words that can start an expression. */
    private static final Set<String> TRIGGERS = Set.of("today", "tonight", "yesterday", "tomorrow", "recently", "lately",
            "soon", "currently", "nowadays", "recent", "coming", "early", "mid", "late", "earlier", "later", "last", "past",
            "previous", "this", "current", "next", "a", "an", "one", "every", "each", "daily", "weekly", "monthly",
            "annually", "yearly", "hourly", "nightly");

    private final LocalDate ref;
    private final List<TimeExpression> out;
    private Boolean future;

    TimeScan(String text, List<Token> toks, int lo, int hi, LocalDate ref, List<TimeExpression> out) {
        super(text, toks, lo, hi);
        this.ref = ref;
        this.out = out;
    }

    /** The article date, or null when unknown. */
    LocalDate ref() {
        return ref;
    }

    /** The expressions found so far (of this sentence and earlier ones); the last may be taken back or merged. */
    List<TimeExpression> out() {
        return out;
    }

    /** Whether the sentence speaks of the future (will, 'll, shall, upcoming, scheduled, due, next, tomorrow). */
    boolean future() {
        if (future == null) {
            boolean f = false;
            for (int k = lo; k < hi && !f; k++) {
                String w = low(k);
                f = FUTURE.contains(w) || ((w.equals("going") || w.equals("expected") || w.equals("set") || w.equals("plans"))
                        && low(k + 1).equals("to"));
            }
            future = f;
        }
        return future;
    }

    /**
     * Whether the expression over tokens [a, b] speaks of the future, read from the verb next to it
     * first ({@link #localTense}: "said on Friday", "on Friday announced": past; "will speak on
     * Friday": future), and from the whole sentence ({@link #future()}) when no such verb is there. A sentence such as "He said on Friday that he will run" is past for
     * "Friday" though it has "will".
     */
    boolean futureAt(int a, int b) {
        Boolean t = localTense(a, b);
        return t != null ? t : future();
    }

    /**
     * The tense of the verb next to tokens [a, b] (six tokens back, three ahead, within the
     * clause): true for future, false for past, null when no such verb is there. A participle after
     * "be", "been", "is", "was" … is not a past tense ("will be held on Friday" is future; "was held"
     * is past through "was").
     */
    Boolean localTense(int a, int b) {
        for (int k = a - 1; k >= lo && k >= a - 6; k--) {
            Boolean t = tense(k);
            if (t != null && !(t == Boolean.FALSE && k - 1 >= lo && AUXILIARY.contains(low(k - 1)))) {
                return t;
            }
            if (clauseEnd(k)) {
                break;
            }
        }
        for (int k = b + 1; k < hi && k <= b + 3; k++) {
            if (clauseEnd(k)) {
                break;
            }
            Boolean t = tense(k);
            if (t != null && !(t == Boolean.FALSE && AUXILIARY.contains(low(k - 1)))) {
                return t;
            }
        }
        return null;
    }

    private static final Set<String> AUXILIARY = Set.of("be", "been", "being", "is", "are", "am", "get", "gets");

    private static final Set<String> MODAL_FUTURE = Set.of("will", "'ll", "’ll", "shall");
    private static final Set<String> PAST = Set.of("said", "told", "was", "were", "had", "did", "spoke", "met", "went",
            "came", "gave", "took", "made", "left", "wrote", "began", "won", "lost", "held", "sent", "saw", "found",
            "became", "brought", "thought", "felt", "kept", "ran", "rose", "fell", "paid", "sold", "bought", "led",
            "struck", "hit", "broke", "chose", "drew", "flew", "grew", "knew", "shot", "stood", "swore", "threw",
            "woke", "wore", "sought", "taught", "fought", "caught");
    private static final Set<String> NOT_PAST = Set.of("need", "needed", "indeed", "proceed", "exceed", "succeed", "speed",
            "feed", "seed", "breed", "bleed", "greed", "embed", "shed", "bed", "red", "wed", "ned");

    /** True for a future modal, false for a past-tense verb, null for neither. */
    private Boolean tense(int k) {
        String w = low(k);
        if (MODAL_FUTURE.contains(w)) {
            return Boolean.TRUE;
        }
        if (PAST.contains(w) || (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w) && !capital(k)
                && toks.get(k).kind() == Token.Kind.WORD)) {
            return Boolean.FALSE;
        }
        return null;
    }

    private boolean clauseEnd(int k) {
        String w = low(k);
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("that") || w.equals("\"") || w.equals("“")
                || w.equals("”") || w.equals("(") || w.equals(")");
    }

    /** Records an expression over tokens [a, b] and returns the index after b. */
    int emit(int a, int b, Kind kind, String value, boolean relative, double conf) {
        return emitSpan(toks.get(a).start(), toks.get(b).end(), b + 1, kind, value, relative, conf);
    }

    private int emitSpan(int start, int end, int next, Kind kind, String value, boolean relative, double conf) {
        out.add(new TimeExpression(Span.of(text, start, end), kind, value, relative, conf));
        return next;
    }

    static String stripDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    void run() {
        int i = lo;
        while (i < hi) {
            int before = out.size();
            int next = match(i);
            if (next > i && out.size() > before) {
                next = TimesAndDurations.attachTime(this, next);
                i = next;
            } else {
                i++;
            }
        }
    }

    private int match(int i) {
        Token t = toks.get(i);
        if (t.kind() == Token.Kind.NUMBER) {
            return number(i);
        }
        if (t.kind() != Token.Kind.WORD) {
            return -1;
        }
        String w = low(i);
        if (!TRIGGERS.contains(w) && w.indexOf('-') < 0 && !Calendar.MONTHS.containsKey(stripDot(w))
                && !Calendar.WEEKDAYS.containsKey(stripDot(w)) && TimesAndDurations.unit(w) == null && Numbers.word(w) < 0) {
            return -1;
        }
        int r;
        if ((r = RelativeDates.deictic(this, i, w)) > 0 || (r = RelativeDates.modified(this, i, w)) > 0
                || (r = AbsoluteDates.monthFirst(this, i)) > 0 || (r = RelativeDates.weekday(this, i)) > 0
                || (r = TimesAndDurations.wordDuration(this, i, w)) > 0 || (r = TimesAndDurations.set(this, i, w)) > 0) {
            return r;
        }
        return -1;
    }

    /** A NUMBER token: ISO and numeric dates, decades, day-first dates, times, durations, years. */
    private int number(int i) {
        String s = raw(i);
        if (is(i - 1, Token.Kind.SYMBOL) || low(i - 1).equals("no.") || low(i - 1).equals("room")) {
            return -1;
        }
        int r = NumericDates.match(this, i, s);
        if (r != 0) {
            return r;
        }
        String decade = NumericDates.decade(s);
        if (decade != null) {
            int start = low(i - 1).equals("the") ? i - 1 : i;
            return emit(start, i, Kind.DATE, decade, false, 0.9);
        }
        if ((r = AbsoluteDates.dayFirst(this, i)) > 0 || (r = TimesAndDurations.clock(this, i, s)) > 0
                || (r = TimesAndDurations.durationAt(this, i)) > 0) {
            return r;
        }
        return AbsoluteDates.bareYear(this, i);
    }
}
