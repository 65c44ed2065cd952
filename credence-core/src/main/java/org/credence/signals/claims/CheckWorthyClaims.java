package org.credence.signals.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Comparator;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.EntityType;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.Quantity;
import org.credence.model.Sentence;
import org.credence.model.SignalResult;
import org.credence.model.TimeExpression;
import org.credence.signals.ArticleView;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;

/**
 * Signal {@value #ID}: ranks the English body sentences of an article by how worth checking
 * they are (the {@link CheckWorthiness} model, trained on CheckThat! 2019 debates and
 * ClaimBuster) and points a fact-checker at the sentences at or above the model's threshold.
 *
 * <p>Informational: a claim worth checking is not a flaw. It fires when at least one sentence
 * reaches the threshold, citing the (up to {@value #MAX_EVIDENCE}) most check-worthy ones, each
 * with a note saying what makes it checkable ("states a percentage; names a place"). Score: the
 * share of body sentences at or above the threshold (of the first {@value #MAX_SENTENCES}, which
 * are all an article has; a longer body is ranked on those only). Measures: {@code check_worthy_sentences},
 * {@code body_sentences}, {@code top_probability}. Cannot judge a body that is not English or
 * has fewer than {@value ArticleView#MIN_BODY_WORDS} words.
 */
public final class CheckWorthyClaims implements Signal {

    public static final String ID = "check-worthy-claims";
    static final int MAX_EVIDENCE = 5;
    /** Bodies longer than this many sentences (no article is) are ranked on their first ones only. */
    static final int MAX_SENTENCES = 5_000;

    private static final SignalInfo INFO = new SignalInfo(ID, "Check-worthy claims", "claims",
            "Sentences that make checkable factual claims (numbers, dates, named people and past events, comparisons): "
                    + "the ones a fact-checker would verify first.",
            "logistic regression over word uni/bigrams and number, date, entity, comparative and past-tense cues; "
                    + "threshold chosen by F1 on dev debates",
            "CheckThat! 2019 task 1 training debates (split by debate) and ClaimBuster 3xNCS sentences");

    private final CheckWorthiness model;

    public CheckWorthyClaims(CheckWorthiness model) {
        this.model = model;
    }

    /** The signal with the shipped model. */
    public static CheckWorthyClaims standard() {
        return new CheckWorthyClaims(CheckWorthiness.standard());
    }

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.STRUCTURE, Layer.SENTENCES, Layer.ENTITIES, Layer.TIMES, Layer.QUANTITIES);
    }

    @Override
    public SignalResult judge(Document doc) {
        ArticleView view = ArticleView.of(doc);
        Optional<String> why = view.bodyUnjudgeable();
        if (why.isPresent()) {
            return SignalResult.cannotJudge(ID, why.get());
        }
        List<Sentence> body = view.bodySentences();
        int scored = Math.min(body.size(), MAX_SENTENCES);
        // One pass, keeping only a window of cues and the best few sentences: memory stays flat on huge bodies.
        PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> e[0])
                .thenComparingDouble(e -> -e[1]));
        int count = 0;
        double top = 0;
        SentenceCues prev = null;
        SentenceCues cur = scored > 0 ? SentenceCues.of(doc, body.get(0).span()) : null;
        for (int i = 0; i < scored; i++) {
            SentenceCues next = i + 1 < scored && model.usesContext() ? SentenceCues.of(doc, body.get(i + 1).span()) : null;
            double p = model.probability(cur, prev, next);
            top = Math.max(top, p);
            if (p >= model.threshold()) {
                count++;
                best.add(new double[] {p, i});
                if (best.size() > MAX_EVIDENCE) {
                    best.poll();
                }
            }
            prev = cur;
            cur = next != null ? next : i + 1 < scored ? SentenceCues.of(doc, body.get(i + 1).span()) : null;
        }
        List<double[]> worthy = new ArrayList<>(best);
        worthy.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
        Map<String, Double> measures = new LinkedHashMap<>();
        measures.put("check_worthy_sentences", (double) count);
        measures.put("body_sentences", (double) body.size());
        measures.put("top_probability", Math.round(top * 1000) / 1000.0);
        double score = scored == 0 ? 0 : (double) count / scored;
        if (count == 0) {
            return SignalResult.clear(ID, score, "no body sentence stands out as a factual claim worth checking",
                    List.of(), measures);
        }
        List<Evidence> evidence = new ArrayList<>();
        for (double[] w : worthy) {
            Sentence s = body.get((int) w[1]);
            evidence.add(Evidence.of(doc.text(), s.span(),
                    note(SentenceCues.of(doc, s.span())) + String.format(Locale.ROOT, " (check-worthiness %.2f)", w[0])));
        }
        String of = scored < body.size() ? " (first " + scored + " ranked)" : "";
        String reason = count == 1
                ? "1 of " + body.size() + " body sentences makes a checkable factual claim" + of
                : count + " of " + body.size() + " body sentences make checkable factual claims" + of;
        return SignalResult.fired(ID, score, reason, evidence, measures);
    }

    /** What makes a sentence checkable, in plain words, from its cues. */
    static String note(SentenceCues c) {
        List<String> parts = new ArrayList<>();
        if (c.quantities().contains(Quantity.Kind.MONEY)) {
            parts.add("states an amount of money");
        } else if (c.quantities().contains(Quantity.Kind.PERCENT)) {
            parts.add("states a percentage");
        } else if (c.numbers() > 0 || !c.quantities().isEmpty()) {
            parts.add("states a number");
        }
        boolean date = c.times().contains(TimeExpression.Kind.DATE) || c.times().contains(TimeExpression.Kind.RANGE);
        boolean past = pastTense(c);
        if (c.entities().contains(EntityType.PERSON)) {
            parts.add(past ? "names a person and a past event" : "names a person");
        } else if (c.entities().contains(EntityType.ORGANIZATION)) {
            parts.add(past ? "names an organisation and a past event" : "names an organisation");
        } else if (c.entities().contains(EntityType.GPE) || c.entities().contains(EntityType.LOCATION)) {
            parts.add(past ? "names a place and a past event" : "names a place");
        } else if (past && !date) {
            parts.add("reports a past event");
        }
        if (date) {
            parts.add("gives a date");
        }
        if (comparative(c)) {
            parts.add("makes a comparison");
        }
        if (parts.isEmpty()) {
            return "reads as a factual statement";
        }
        return String.join("; ", parts.subList(0, Math.min(3, parts.size())));
    }

    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "went", "made", "took",
            "gave", "got", "came", "became", "won", "lost", "rose", "fell", "grew", "cut", "spent", "paid", "sold",
            "left", "built", "voted", "signed");
    private static final Set<String> COMPARE = Set.of("more", "most", "less", "least", "fewer", "than", "highest",
            "lowest", "largest", "biggest", "smallest", "best", "worst", "record", "doubled", "tripled");

    private static boolean pastTense(SentenceCues c) {
        for (String w : c.words()) {
            if (PAST.contains(w) || (w.length() > 4 && w.endsWith("ed") && Character.isLetter(w.charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean comparative(SentenceCues c) {
        for (String w : c.words()) {
            if (COMPARE.contains(w) || (w.length() > 5 && w.endsWith("est") && !w.endsWith("interest"))) {
                return true;
            }
        }
        return false;
    }
}
