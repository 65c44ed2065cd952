package org.credence.signals.stance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.Sentence;
import org.credence.model.SignalResult;
import org.credence.model.Span;
import org.credence.signals.ArticleView;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;

/**
 * Headline not supported by the body ({@code headline-support}): judges the headline against
 * the article's own body with the two-stage {@link StanceModel} (unrelated / discuss / agree /
 * disagree, trained on FNC-1), and checks the headline's named entities and numbers that the
 * body never mentions ({@link HeadlineSpecifics}).
 *
 * <p>Fires when the body is predicted unrelated to the headline or disagreeing with it, or when
 * a headline specific is missing from the body. The score is the larger of
 * {@code P(unrelated) + P(disagree)} and the share of headline specifics the body never names.
 * Evidence: the headline, each missing specific ("the body never mentions …") and the body
 * sentences closest to the headline, with their refuting or hedging words. Cannot judge without
 * a headline or with too little English body. Measures: the four stance probabilities, the
 * headline's coverage by the body, the closest sentence's similarity, the counts of specifics.
 */
public final class HeadlineSupport implements Signal {

    public static final String ID = "headline-support";
    /** Body sentences cited as the closest to the headline. */
    static final int CITED = 2;
    /** Below this cosine a sentence is not cited as related to the headline. */
    static final double MIN_SIMILARITY = 0.1;

    private static final SignalInfo INFO = new SignalInfo(ID, "Headline not supported by the body", "headline",
            "a headline the body does not back: the body is about something else, disputes it, or never names "
                    + "the people, organisations, places or numbers the headline states",
            "two-stage logistic regression (related or not; agree, disagree or discuss) over TF-IDF similarities of "
                    + "the headline with the body, its lead and its closest sentences, refuting and hedging words, and "
                    + "hashed words; plus a check of the headline's entities and numbers against the body",
            "FNC-1 training set (49,972 headline-body pairs), split by body id");

    private final StanceModel model;
    private final StanceWords words = StanceWords.standard();

    public HeadlineSupport(StanceModel model) {
        this.model = model;
    }

    /** The signal with the shipped model. */
    public static HeadlineSupport standard() {
        return new HeadlineSupport(StanceModel.standard());
    }

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.STRUCTURE, Layer.SENTENCES, Layer.ENTITIES, Layer.QUANTITIES);
    }

    @Override
    public SignalResult judge(Document doc) {
        ArticleView view = ArticleView.of(doc);
        if (view.headline().isEmpty()) {
            return SignalResult.cannotJudge(ID, "the article has no headline to check against its body");
        }
        if (view.bodyUnjudgeable().isPresent()) {
            return SignalResult.cannotJudge(ID, view.bodyUnjudgeable().get());
        }
        String text = doc.text();
        Span headline = view.headline().get();
        List<Sentence> body = view.bodySentences();
        StanceText h = StanceText.ofSpan(text, headline, doc.language().tokens());
        if (h.terms().isEmpty()) {
            return SignalResult.cannotJudge(ID, "the headline has no content words");
        }
        StanceText bodyText = StanceText.of(text, doc.language().tokens(), body);
        StanceModel.Prediction p = model.predict(h, bodyText);
        List<HeadlineSpecifics.Specific> specifics = HeadlineSpecifics.check(doc, headline, body, bodyText);
        List<HeadlineSpecifics.Specific> missing = specifics.stream().filter(s -> !s.inBody()).toList();

        int label = p.label();
        String stance = FncData.LABELS.get(label);
        double stanceScore = p.probabilities()[0] + p.probabilities()[3];
        double missingShare = specifics.isEmpty() ? 0 : (double) missing.size() / specifics.size();
        double score = Math.min(1, Math.max(stanceScore, missingShare));
        boolean fires = label == 0 || label == 3 || !missing.isEmpty();

        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.of(text, headline, "the headline; the body " + describe(label)
                + String.format(Locale.ROOT, " (probability %.2f)", p.probabilities()[label])));
        for (HeadlineSpecifics.Specific s : missing) {
            evidence.add(Evidence.of(text, s.span(), "the body never mentions '" + s.text() + "'"));
        }
        double[] sim = p.pair().similarity();
        for (int i : StanceFeatures.top(sim, CITED)) {
            if (sim[i] < MIN_SIMILARITY) {
                break;
            }
            Span s = body.get(i).span();
            if (s.overlaps(headline)) {
                continue;
            }
            evidence.add(Evidence.of(text, s, sentenceNote(sim[i], bodyText.parts().get(i).words(), label)));
        }

        Map<String, Double> measures = new TreeMap<>();
        for (int c = 0; c < 4; c++) {
            measures.put("p-" + FncData.LABELS.get(c), round(p.probabilities()[c]));
        }
        measures.put("coverage", round(p.pair().coverage()));
        double max = 0;
        for (double v : sim) {
            max = Math.max(max, v);
        }
        measures.put("max-sentence-similarity", round(max));
        measures.put("headline-specifics", (double) specifics.size());
        measures.put("missing-specifics", (double) missing.size());

        String reason = reason(label, p, missing);
        return fires ? SignalResult.fired(ID, score, reason, evidence, measures)
                : SignalResult.clear(ID, score, reason, evidence, measures);
    }

    private static String describe(int label) {
        return switch (label) {
            case 0 -> "is about something else";
            case 1 -> "discusses it without taking a side";
            case 2 -> "agrees with it";
            default -> "disputes it";
        };
    }

    private String reason(int label, StanceModel.Prediction p, List<HeadlineSpecifics.Specific> missing) {
        StringBuilder b = new StringBuilder();
        switch (label) {
            case 0 -> b.append(String.format(Locale.ROOT,
                    "The body is not about what the headline says (probability %.2f).", p.probabilities()[0]));
            case 3 -> b.append(String.format(Locale.ROOT,
                    "The body disputes the headline (probability %.2f).", p.probabilities()[3]));
            case 2 -> b.append("The body agrees with the headline.");
            default -> b.append("The body discusses the headline's claim without confirming it.");
        }
        if (!missing.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            for (HeadlineSpecifics.Specific s : missing) {
                names.add("'" + s.text() + "'");
            }
            List<String> list = new ArrayList<>(names);
            String joined = list.size() == 1 ? list.get(0)
                    : String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
            b.append(" The body never mentions ").append(joined).append(", named in the headline.");
        }
        return b.toString();
    }

    private String sentenceNote(double similarity, List<String> sentenceWords, int label) {
        Set<String> refute = new LinkedHashSet<>();
        Set<String> hedge = new LinkedHashSet<>();
        for (String w : sentenceWords) {
            if (words.is(StanceWords.Kind.REFUTE, w) || words.is(StanceWords.Kind.NEGATION, w)) {
                refute.add(w);
            } else if (words.is(StanceWords.Kind.HEDGE, w)) {
                hedge.add(w);
            }
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "body sentence closest to the headline (similarity %.2f)", similarity));
        if (!refute.isEmpty()) {
            b.append(label == 3 ? "; contradicting wording: " : "; negating wording: ").append(String.join(", ", refute));
        }
        if (!hedge.isEmpty()) {
            b.append("; hedged: ").append(String.join(", ", hedge));
        }
        if (label == 2 && refute.isEmpty()) {
            b.append("; supports the headline");
        }
        return b.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
