package org.credence.signals.wording;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.SignalResult;
import org.credence.signals.ArticleView;
import org.credence.signals.PhraseLexicon;
import org.credence.signals.PhraseTally;
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
        PhraseTally tally = new PhraseTally(doc.text(), "label", "sensational", "intensifier");
        List<PhraseLexicon.Match> loadedHits = view.writerPhrases(loaded);
        for (PhraseLexicon.Match m : loadedHits) {
            tally.add(m, switch (m.entry().kind()) {
                case "label" -> "a loaded label";
                case "sensational" -> "sensational wording";
                default -> "an emphatic intensifier";
            });
        }
        List<PhraseLexicon.Match> emotional = view.writerPhrases(emotion).stream()
                .filter(m -> loadedHits.stream().noneMatch(l -> l.span().overlaps(m.span()))).toList();
        for (PhraseLexicon.Match m : emotional) {
            tally.addWeight(EMOTION_FACTOR * m.entry().weight());
        }
        emotional.stream().sorted(Comparator.comparingDouble(m -> -m.entry().weight())).limit(MAX_EMOTION_EVIDENCE)
                .forEach(m -> tally.addEvidence(m.span(), "strongly emotional word"));
        double per1000 = tally.per1000(view.bodyWords());
        Map<String, Double> measures = tally.measures(view.bodyWords());
        measures.put("emotional", (double) emotional.size());
        double score = tally.score(view.bodyWords(), SCALE);
        int strong = tally.count("label") + tally.count("sensational");
        if (per1000 >= FIRE_AT && strong >= 2) {
            String why = strong + " loaded or sensational words" + (tally.count("intensifier") > 0
                    ? " and " + tally.count("intensifier") + " intensifiers" : "") + " in the writer's own voice ("
                    + String.format(java.util.Locale.ROOT, "%.1f", per1000) + " weighted per 1,000 words).";
            return SignalResult.fired(ID, score, why, tally.evidence(), measures);
        }
        String why = strong == 0 ? "No loaded labels or sensational wording in the writer's own voice."
                : "Some loaded wording (" + strong + "), within what news writing shows.";
        return SignalResult.clear(ID, score, why, tally.evidence(), measures);
    }
}
