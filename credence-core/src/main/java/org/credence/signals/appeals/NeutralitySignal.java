package org.credence.signals.appeals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.Sentence;
import org.credence.model.SignalResult;
import org.credence.signals.ArticleView;
import org.credence.signals.PhraseLexicon;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;

/**
 * Self-declared neutrality and truth-telling anywhere on the page ("100% independent",
 * "unbiased news you can trust", "what the mainstream media won't tell you"): outlets that
 * report carefully rarely need to say so. Phrases inside quotation marks are not counted.
 *
 * <p>Fires on any declaration; score {@code 1 − exp(−w / 1.5)} over the summed weights of the
 * phrases found (1 for explicit claims such as "100% independent", less for common phrases
 * such as "independent journalism").
 */
public final class NeutralitySignal implements Signal {

    public static final String ID = "declared-neutrality";
    static final double FIRE_AT = 0.9;

    private static final SignalInfo INFO = new SignalInfo(ID, "Self-declared neutrality", "appeals",
            "The page declares itself independent, unbiased or the bearer of suppressed truth.",
            "A phrase list written for Credence (neutrality.tsv) matched in every block outside quotation marks.",
            "none (rules)");

    private final PhraseLexicon phrases;

    public NeutralitySignal() {
        this.phrases = PhraseLexicon.resource(NeutralitySignal.class, "neutrality.tsv");
    }

    @Override public SignalInfo info() { return INFO; }
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.STRUCTURE, Layer.SENTENCES, Layer.QUOTES); }

    @Override
    public SignalResult judge(Document doc) {
        ArticleView view = ArticleView.of(doc);
        String text = doc.text();
        if (!view.isEnglish()) {
            return SignalResult.cannotJudge(ID, "the text is mostly not English");
        }
        List<Evidence> evidence = new ArrayList<>();
        double weight = 0;
        for (Sentence s : doc.language().sentences()) {
            for (PhraseLexicon.Match m : phrases.find(text, view.tokens(s))) {
                if (view.quoted(m.span()) || doc.language().isForeign(m.span())) {
                    continue;
                }
                weight += m.entry().weight();
                evidence.add(Evidence.of(text, m.span(), switch (m.entry().kind()) {
                    case "independence" -> "declares itself independent";
                    case "unbiased" -> "declares itself unbiased";
                    case "trust" -> "asks to be trusted";
                    default -> "claims to tell a truth others hide";
                }));
            }
        }
        Map<String, Double> measures = new LinkedHashMap<>();
        measures.put("declarations", (double) evidence.size());
        measures.put("weight", weight);
        double score = 1 - Math.exp(-weight / 1.5);
        if (weight >= FIRE_AT) {
            return SignalResult.fired(ID, score, "The page declares its own neutrality or truthfulness "
                    + (evidence.size() == 1 ? "once" : evidence.size() + " times") + ".", evidence, measures);
        }
        return SignalResult.clear(ID, score, evidence.isEmpty() ? "No declaration of neutrality or truthfulness."
                : "Only mild self-description (\"" + evidence.get(0).excerpt() + "\").", evidence, measures);
    }
}
