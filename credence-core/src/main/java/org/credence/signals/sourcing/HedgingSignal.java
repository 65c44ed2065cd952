package org.credence.signals.sourcing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.model.Attribution;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.model.Quote;
import org.credence.model.SignalResult;
import org.credence.model.Span;
import org.credence.signals.ArticleView;
import org.credence.signals.PhraseLexicon;
import org.credence.signals.PhraseTally;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;

/**
 * Hedges and weasel phrases in the writer's own words: a view held by an unnamed crowd ("many
 * see", "critics say", "studies show"), a claim reported with nobody holding it ("it is
 * believed", "is said to"), and adverbs that soften a claim ("allegedly", "reportedly").
 * Phrases inside quotation marks are the speaker's and are not counted; a quote the language
 * layer attributed to a vague source ("some say") counts as a vague phrase.
 *
 * <p>Score: {@code 1 − exp(−w / }{@value #SCALE}{@code )}, where {@code w} is the weight of the
 * phrases found per 1,000 body words (vague and passive phrases weigh 1, hedge adverbs 0.3–0.5).
 * Fires when {@code w ≥ }{@value #FIRE_AT} and at least one vague or passive phrase is found:
 * thresholds set on wire and broadsheet news (see {@code docs/SIGNALS.md}).
 */
public final class HedgingSignal implements Signal {

    public static final String ID = "hedging";
    static final double SCALE = 6.0;
    static final double FIRE_AT = 3.0;

    private static final SignalInfo INFO = new SignalInfo(ID, "Hedges and weasel phrases", "sourcing",
            "Claims held by an unnamed crowd (\"many see\", \"critics say\"), reported with nobody holding them"
                    + " (\"it is believed\") or softened by hedges (\"allegedly\"), in the writer's own words.",
            "Phrase list written for Credence (hedges.tsv), matched on tokens outside quotation marks, plus quotes"
                    + " the language layer attributed to vague sources; weighted count per 1,000 body words.",
            "none (rules); thresholds checked on PolNeAR news text");

    private final PhraseLexicon phrases;

    public HedgingSignal() {
        this(PhraseLexicon.resource(HedgingSignal.class, "hedges.tsv"));
    }

    HedgingSignal(PhraseLexicon phrases) {
        this.phrases = phrases;
    }

    @Override public SignalInfo info() { return INFO; }
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.STRUCTURE, Layer.SENTENCES, Layer.QUOTES); }

    @Override
    public SignalResult judge(Document doc) {
        ArticleView view = ArticleView.of(doc);
        if (view.bodyUnjudgeable().isPresent()) {
            return SignalResult.cannotJudge(ID, view.bodyUnjudgeable().get());
        }
        PhraseTally tally = new PhraseTally(doc.text(), "vague", "passive", "hedge");
        List<Span> seen = new ArrayList<>();
        for (PhraseLexicon.Match m : view.writerPhrases(phrases)) {
            seen.add(m.span());
            tally.add(m, note(m.entry().kind()));
        }
        for (Quote q : doc.language().quotes()) {
            Attribution a = q.source();
            if (a.kind() == Attribution.Kind.VAGUE && a.mention() != null
                    && seen.stream().noneMatch(x -> x.overlaps(a.mention()))) {
                tally.add("vague", 1, a.mention(), "a view given to unnamed people");
            }
        }
        double per1000 = tally.per1000(view.bodyWords());
        double score = tally.score(view.bodyWords(), SCALE);
        Map<String, Double> measures = tally.measures(view.bodyWords());
        measures.put("bodyWords", (double) view.bodyWords());
        int strong = tally.count("vague") + tally.count("passive");
        if (per1000 >= FIRE_AT && strong > 0) {
            return SignalResult.fired(ID, score, reason(tally.counts()), tally.evidence(), measures);
        }
        String why = tally.evidence().isEmpty() ? "No hedges or weasel phrases in the writer's own words."
                : "A few hedges (" + tally.evidence().size() + "), no more than careful news writing uses.";
        return SignalResult.clear(ID, score, why, tally.evidence(), measures);
    }

    private static String note(String kind) {
        return switch (kind) {
            case "vague" -> "a view given to unnamed people";
            case "passive" -> "a claim reported with nobody holding it";
            default -> "a hedge that softens the claim";
        };
    }

    private static String reason(Map<String, Integer> c) {
        List<String> parts = new ArrayList<>();
        int vague = c.get("vague") + c.get("passive");
        if (vague > 0) {
            parts.add(vague + (vague == 1 ? " claim is" : " claims are") + " held by unnamed people or by nobody");
        }
        if (c.get("hedge") > 0) {
            parts.add(c.get("hedge") + (c.get("hedge") == 1 ? " hedge softens" : " hedges soften") + " what is asserted");
        }
        return String.join("; ", parts) + ".";
    }
}
