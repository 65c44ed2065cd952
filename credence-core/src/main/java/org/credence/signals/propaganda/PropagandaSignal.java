package org.credence.signals.propaganda;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.SignalResult;
import org.credence.signals.ArticleView;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;

/**
 * Propaganda techniques ({@code propaganda}): fragments of the headline and body that use one
 * of the 14 techniques of SemEval-2020 task 11 (loaded language, name calling, repetition,
 * doubt, exaggeration, appeal to fear, flag-waving, …), found and named by the shipped
 * {@link PropagandaModel}.
 *
 * <p>Each fragment is cited as evidence with its technique's plain name as the note. The score
 * grows with the density of fragments, each weighed by the model's confidence:
 * {@code d = Σ confidence per 100 body words}, {@code score = d / (d + }{@value #HALF_DENSITY}{@code )};
 * the signal fires at a score of 0.5 or more, i.e. from {@value #HALF_DENSITY} confident fragments per
 * 100 words. Measures: {@code fragments}, {@code per-100-words}, {@code weighted-per-100-words}
 * and one count per technique found ({@code technique.loaded-language}, …). It cannot judge an
 * article that is mostly not English or has fewer than {@value ArticleView#MIN_BODY_WORDS} body
 * words.
 */
public final class PropagandaSignal implements Signal {

    /** The signal's id. */
    public static final String ID = "propaganda";

    /**
     * Confidence-weighted fragments per 100 body words at which the score reaches 0.5 (1.5 with
     * the first model; 1.7 since short-technique candidates are split into their marked runs, which
     * keeps the share of PolNeAR training articles it fires on where it was: 56 of 837).
     */
    public static final double HALF_DENSITY = 1.7;

    private static final SignalInfo INFO = new SignalInfo(ID, "Propaganda techniques", "appeals",
            "Fragments that use one of 14 propaganda techniques (loaded language, name calling, repetition, doubt, "
                    + "exaggeration, appeal to fear, flag-waving, slogans, ...), each named.",
            "Logistic regression per token over hashed word, context, VADER-valence, quotation and repetition features "
                    + "(span identification), then multinomial logistic regression over the fragment's words, context and "
                    + "repetition (technique classification).",
            "Propaganda Techniques Corpus (SemEval-2020 task 11) training articles; VADER lexicon (MIT).");

    private final PropagandaModel model;

    public PropagandaSignal(PropagandaModel model) {
        this.model = model;
    }

    /** The signal with the shipped model. */
    public static PropagandaSignal standard() {
        return new PropagandaSignal(PropagandaModel.standard());
    }

    /** The catalogue entry; with a mixed-in model ({@link PropagandaModel#withContext}) its method says which. */
    @Override
    public SignalInfo info() {
        return model.context().map(c -> new SignalInfo(INFO.id(), INFO.name(), INFO.family(), INFO.detects(),
                INFO.method() + " Token probabilities mixed with those of the " + c.describe() + ".", INFO.data()))
                .orElse(INFO);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.STRUCTURE, Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public SignalResult judge(Document doc) {
        ArticleView view = ArticleView.of(doc);
        var why = view.bodyUnjudgeable();
        if (why.isPresent()) {
            return SignalResult.cannotJudge(ID, why.get());
        }
        List<Detection> found = model.detect(doc);
        List<Evidence> evidence = new ArrayList<>(found.size());
        Map<Technique, Integer> counts = new EnumMap<>(Technique.class);
        double weighted = 0;
        for (Detection d : found) {
            evidence.add(Evidence.of(doc.text(), d.span(), d.technique().plainName()));
            counts.merge(d.technique(), 1, Integer::sum);
            weighted += d.confidence();
        }
        double per100 = 100.0 * found.size() / view.bodyWords();
        double density = 100.0 * weighted / view.bodyWords();
        double score = density / (density + HALF_DENSITY);
        Map<String, Double> measures = new TreeMap<>();
        measures.put("fragments", (double) found.size());
        measures.put("per-100-words", round(per100));
        measures.put("weighted-per-100-words", round(density));
        counts.forEach((t, c) -> measures.put("technique." + t.key(), (double) c));
        if (found.isEmpty()) {
            return SignalResult.clear(ID, 0, "no fragment uses a propaganda technique", List.of(), measures);
        }
        String reason = String.format(Locale.ROOT, "%d fragment%s use%s propaganda techniques (%s), %.1f per 100 words",
                found.size(), found.size() == 1 ? "" : "s", found.size() == 1 ? "s" : "", top(counts), per100);
        return score >= 0.5
                ? SignalResult.fired(ID, score, reason, evidence, measures)
                : SignalResult.clear(ID, score, reason, evidence, measures);
    }

    /** The most frequent techniques, up to three, most frequent first. */
    private static String top(Map<Technique, Integer> counts) {
        List<Map.Entry<Technique, Integer>> e = new ArrayList<>(counts.entrySet());
        e.sort(Map.Entry.<Technique, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(3, e.size()); i++) {
            names.add(e.get(i).getKey().plainName());
        }
        return String.join(", ", names);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
