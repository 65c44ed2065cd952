package org.credence.signals.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.SignalResult;
import org.credence.signals.ArticleView;
import org.credence.signals.PhraseLexicon;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;

/**
 * Loaded and sensational wording in the writer's own voice: pejorative labels for people and
 * groups ("thugs", "regime", "globalists"), hype and violent verbs of disagreement ("slams",
 * "eviscerates", "bombshell"), emphatic intensifiers ("utterly", "blatantly"), and strongly
 * emotional words (VADER valence ≥ 2.5, which also rise with grim topics, so they weigh a
 * quarter as much).
 *
 * <p>Score {@code 1 − exp(−w / }{@value #SCALE}{@code )}, {@code w} the weighted count per
 * 1,000 body words; fires at {@code w ≥ }{@value #FIRE_AT} with at least two loaded or
 * sensational words. Evidence: every loaded word, and the strongest emotional words (at most
 * {@value #MAX_EMOTION_EVIDENCE}).
 */
public final class LoadedWordingSignal implements Signal {

    public static final String ID = "loaded-wording";
    static final double SCALE = 10.0;
    static final double FIRE_AT = 6.0;
    static final double EMOTION_FACTOR = 0.25;
    static final int MAX_EMOTION_EVIDENCE = 5;

    private static final SignalInfo INFO = new SignalInfo(ID, "Loaded and sensational wording", "wording",
            "Pejorative labels, hype, violent verbs of disagreement, emphatic intensifiers and strongly emotional"
                    + " words in the writer's own voice.",
            "Word lists: loaded.tsv (written for Credence) and emotion.tsv (VADER lexicon entries with |valence| >= 2.5,"
                    + " MIT); weighted count per 1,000 body words outside quotation marks.",
            "none (rules and lexicons); behaviour measured on labelled corpora with 'credence eval signals'");

    private final PhraseLexicon loaded;
    private final PhraseLexicon emotion;

    public LoadedWordingSignal() {
        this.loaded = PhraseLexicon.resource(LoadedWordingSignal.class, "loaded.tsv");
        this.emotion = PhraseLexicon.resource(LoadedWordingSignal.class, "emotion.tsv");
    }

    @Override public SignalInfo info() { return INFO; }
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.STRUCTURE, Layer.SENTENCES, Layer.QUOTES); }

    @Override
    public SignalResult judge(Document doc) {
        ArticleView view = ArticleView.of(doc);
        if (view.bodyUnjudgeable().isPresent()) {
            return SignalResult.cannotJudge(ID, view.bodyUnjudgeable().get());
        }
        String text = doc.text();
        List<Evidence> evidence = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>(Map.of("label", 0, "sensational", 0, "intensifier", 0));
        double weight = 0;
        List<PhraseLexicon.Match> loadedHits = view.writerPhrases(loaded);
        for (PhraseLexicon.Match m : loadedHits) {
            counts.merge(m.entry().kind(), 1, Integer::sum);
            weight += m.entry().weight();
            evidence.add(Evidence.of(text, m.span(), switch (m.entry().kind()) {
                case "label" -> "a loaded label";
                case "sensational" -> "sensational wording";
                default -> "an emphatic intensifier";
            }));
        }
        List<PhraseLexicon.Match> emotional = view.writerPhrases(emotion).stream()
                .filter(m -> loadedHits.stream().noneMatch(l -> l.span().overlaps(m.span()))).toList();
        for (PhraseLexicon.Match m : emotional) {
            weight += EMOTION_FACTOR * m.entry().weight();
        }
        emotional.stream().sorted(Comparator.comparingDouble(m -> -m.entry().weight())).limit(MAX_EMOTION_EVIDENCE)
                .forEach(m -> evidence.add(Evidence.of(text, m.span(), "strongly emotional word")));
        double per1000 = weight * 1000.0 / view.bodyWords();
        Map<String, Double> measures = new LinkedHashMap<>();
        counts.forEach((k, v) -> measures.put(k, (double) v));
        measures.put("emotional", (double) emotional.size());
        measures.put("weightPer1000Words", per1000);
        double score = 1 - Math.exp(-per1000 / SCALE);
        int strong = counts.get("label") + counts.get("sensational");
        if (per1000 >= FIRE_AT && strong >= 2) {
            String why = strong + " loaded or sensational words" + (counts.get("intensifier") > 0
                    ? " and " + counts.get("intensifier") + " intensifiers" : "") + " in the writer's own voice ("
                    + String.format(java.util.Locale.ROOT, "%.1f", per1000) + " weighted per 1,000 words).";
            return SignalResult.fired(ID, score, why, evidence, measures);
        }
        String why = strong == 0 ? "No loaded labels or sensational wording in the writer's own voice."
                : "Some loaded wording (" + strong + "), within what news writing shows.";
        return SignalResult.clear(ID, score, why, evidence, measures);
    }
}
