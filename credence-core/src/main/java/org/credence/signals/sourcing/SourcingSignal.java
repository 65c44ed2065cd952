package org.credence.signals.sourcing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.credence.model.Attribution;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.Quote;
import org.credence.model.Sentence;
import org.credence.model.SignalResult;
import org.credence.model.Token;
import org.credence.signals.ArticleView;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;

/**
 * How the article's statements are sourced. Every body sentence of at least
 * {@value #MIN_STATEMENT_WORDS} words that is not a question is a statement; it is sourced by
 * the best attribution of the quotes and reported speech it holds: a named person or
 * organisation (also through a resolved pronoun or title), an anonymous source ("officials",
 * "a spokesman"), a vague one ("some say"), or none.
 *
 * <p>Fires when (a) no statement has a named source in an article of at least
 * {@value #MIN_STATEMENTS} statements, (b) anonymous and vague sources outnumber named ones
 * (at least three of them), or (c) every quote comes from one named source (at least four
 * quotes). Score: {@code 1 − min(1, namedShare / }{@value #TYPICAL_NAMED_SHARE}{@code )}, the
 * shortfall of named sourcing against what edited news shows.
 */
public final class SourcingSignal implements Signal {

    public static final String ID = "sourcing";
    static final int MIN_STATEMENT_WORDS = 6;
    static final int MIN_STATEMENTS = 8;
    static final double TYPICAL_NAMED_SHARE = 0.25;

    /** How a statement is sourced, best first. */
    enum Sourced { NAMED, ANONYMOUS, VAGUE, NONE }

    private static final SignalInfo INFO = new SignalInfo(ID, "Thin or anonymous sourcing", "sourcing",
            "Statements with no source, sources that are anonymous or vague rather than named, and one-sided"
                    + " sourcing (every quote from one source).",
            "Reads the language layer's quotes and their attributions; counts body statements by their best source.",
            "none (rules on the quote attribution trained on PolNeAR); thresholds checked on PolNeAR news text");

    @Override public SignalInfo info() { return INFO; }
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.STRUCTURE, Layer.SENTENCES, Layer.QUOTES); }

    @Override
    public SignalResult judge(Document doc) {
        ArticleView view = ArticleView.of(doc);
        if (view.bodyUnjudgeable().isPresent()) {
            return SignalResult.cannotJudge(ID, view.bodyUnjudgeable().get());
        }
        String text = doc.text();
        List<Quote> quotes = doc.language().quotes();
        Map<Sourced, Integer> counts = new TreeMap<>();
        List<Sentence> unsourced = new ArrayList<>();
        int statements = 0;
        for (Sentence s : view.bodySentences()) {
            if (!isStatement(text, view.tokens(s))) {
                continue;
            }
            statements++;
            Sourced best = Sourced.NONE;
            for (Quote q : quotes) {
                boolean inside = q.content().overlaps(s.span()) || (q.cue() != null && s.span().contains(q.cue()));
                if (inside) {
                    Sourced k = sourced(q.source(), text);
                    if (k.ordinal() < best.ordinal()) {
                        best = k;
                    }
                }
            }
            counts.merge(best, 1, Integer::sum);
            if (best == Sourced.NONE) {
                unsourced.add(s);
            }
        }
        int named = counts.getOrDefault(Sourced.NAMED, 0);
        int anonymous = counts.getOrDefault(Sourced.ANONYMOUS, 0);
        int vague = counts.getOrDefault(Sourced.VAGUE, 0);
        Map<String, Integer> byName = new LinkedHashMap<>();
        List<Evidence> unnamedSources = new ArrayList<>();
        for (Quote q : quotes) {
            Sourced k = sourced(q.source(), text);
            if (k == Sourced.NAMED && q.source().name() != null) {
                byName.merge(q.source().name(), 1, Integer::sum);
            } else if ((k == Sourced.ANONYMOUS || k == Sourced.VAGUE) && !view.quoted(q.source().mention())) {
                unnamedSources.add(Evidence.of(text, q.source().mention(),
                        k == Sourced.VAGUE ? "vague source" : "anonymous source"));
            }
        }
        Map<String, Double> measures = new LinkedHashMap<>();
        measures.put("statements", (double) statements);
        measures.put("named", (double) named);
        measures.put("anonymous", (double) anonymous);
        measures.put("vague", (double) vague);
        measures.put("unsourced", (double) counts.getOrDefault(Sourced.NONE, 0));
        measures.put("distinctNamedSources", (double) byName.size());
        double namedShare = statements == 0 ? 0 : (double) named / statements;
        measures.put("namedShare", namedShare);
        double score = 1 - Math.min(1, namedShare / TYPICAL_NAMED_SHARE);

        if (statements >= MIN_STATEMENTS && named == 0) {
            List<Evidence> ev = new ArrayList<>(unnamedSources);
            unsourced.stream().sorted(Comparator.comparingInt((Sentence s) -> -s.span().length())).limit(3)
                    .forEach(s -> ev.add(Evidence.of(text, s.span(), "a statement with no source")));
            String why = "None of " + statements + " statements is attributed to a named person or organisation"
                    + (anonymous + vague > 0 ? "; " + (anonymous + vague) + " rely on unnamed sources." : ".");
            return SignalResult.fired(ID, score, why, ev, measures);
        }
        if (anonymous + vague >= 3 && anonymous + vague > named && !unnamedSources.isEmpty()) {
            String why = (anonymous + vague) + " statements rely on anonymous or vague sources, against "
                    + named + " with a named source.";
            return SignalResult.fired(ID, Math.max(score, 0.5), why, unnamedSources, measures);
        }
        int quoteCount = byName.values().stream().mapToInt(Integer::intValue).sum();
        if (byName.size() == 1 && quoteCount >= 4 && quoteCount == quotes.size()) {
            String who = byName.keySet().iterator().next();
            List<Evidence> ev = new ArrayList<>();
            for (Quote q : quotes) {
                if (q.source().mention() != null && !view.quoted(q.source().mention())) {
                    ev.add(Evidence.of(text, q.source().mention(), "source: " + who));
                }
            }
            if (!ev.isEmpty()) {
                return SignalResult.fired(ID, Math.max(score, 0.5),
                        "All " + quoteCount + " quotes come from one source, " + who + ".", ev, measures);
            }
        }
        String why = statements == 0 ? "The body makes no statements long enough to weigh."
                : named + " of " + statements + " statements have a named source, " + (anonymous + vague)
                        + " an unnamed one.";
        return SignalResult.clear(ID, score, why, unnamedSources, measures);
    }

    /**
     * How attribution {@code a} sources a statement. A first-person speaker that is not resolved
     * ("I said years ago…", "we told them…" in the writer's voice) is the writer: the statement
     * has no source beyond the article itself, so it counts as unsourced, not as anonymous.
     */
    static Sourced sourced(Attribution a, String text) {
        if (a.kind() == Attribution.Kind.PRONOUN_UNRESOLVED && a.mention() != null) {
            String p = a.mention().in(text).toLowerCase(java.util.Locale.ROOT);
            if (p.equals("i") || p.equals("we")) {
                return Sourced.NONE;
            }
        }
        return switch (a.kind()) {
            case NAMED_PERSON, NAMED_ORGANIZATION, PRONOUN_RESOLVED, TITLE_RESOLVED -> Sourced.NAMED;
            case ANONYMOUS, TITLE_ONLY, PRONOUN_UNRESOLVED -> Sourced.ANONYMOUS;
            case VAGUE -> Sourced.VAGUE;
            case MISSING -> Sourced.NONE;
        };
    }

    private static boolean isStatement(String text, List<Token> tokens) {
        int words = 0;
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                words++;
            }
        }
        Token last = tokens.get(tokens.size() - 1);
        return words >= MIN_STATEMENT_WORDS && !last.span().in(text).contains("?");
    }
}
