package org.credence.signals.sloppiness;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.Repair;
import org.credence.model.SignalResult;
import org.credence.signals.ArticleView;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;

/**
 * Sloppiness: signs that an article was not edited with care. One signal, four kinds of
 * evidence, each counted in the measures:
 * <ul>
 *   <li>misspelled words ({@link SpellingChecker}), each with its probable correction;</li>
 *   <li>garbled characters that repair undid (the document's mojibake repairs);</li>
 *   <li>shouting capitals ({@link StyleMarks});</li>
 *   <li>excess punctuation: {@code !!}, {@code ?!}, many exclamation marks ({@link StyleMarks}).</li>
 * </ul>
 * A missing byline or date has no span to cite, and its absence often says more about how the
 * text reached us (pasted text, a feed without metadata) than about the outlet: it is recorded in
 * the measures ({@code bylineMissing}, {@code dateMissing}) and named in the reason, but adds
 * nothing to the score.
 *
 * <p>Score: {@code 1 - exp(-x)} with
 * {@code x = spelling errors per 1,000 words / 2 + 0.3 × shouting + 0.3 × punctuation + 0.2 × mojibake},
 * each count capped at 5 and the words counted as at least {@value #MIN_WORDS} so that one slip in
 * a short text does not weigh like ten. The signal fires at a score of {@value #THRESHOLD} or more
 * (x ≥ ln 2: two misspellings in an 800-word article, or one with two shouting runs) with at least
 * two pieces of evidence; it cannot judge text that is mostly not English or has fewer than 30
 * body words.
 */
public final class SloppinessSignal implements Signal {

    public static final String ID = "sloppiness";
    /** Score from which the signal fires. */
    public static final double THRESHOLD = 0.5;
    /** Fewest words the spelling rate is computed over. */
    public static final int MIN_WORDS = 300;
    /** Most evidence items cited. */
    static final int MAX_EVIDENCE = 25;

    private static final SignalInfo INFO = new SignalInfo(ID, "Sloppiness", "sloppiness",
            "Careless editing: misspelled words, garbled characters, shouting capitals, excess punctuation.",
            "rules: word-list spelling check with edit-distance suggestions (names, entities, quotations, "
                    + "abbreviations and derived forms left out), mojibake repairs, capital runs, !!/?! runs",
            "Hunspell en_US + en_GB (SCOWL size 60, affixes expanded) with GMB (public-domain VOA) word counts; "
                    + "rules tuned on CoNLL-2003 eng.train and PolNeAR train");

    private final SpellingChecker spelling;
    private final StyleMarks style;

    public SloppinessSignal(SpellingChecker spelling) {
        this.spelling = spelling;
        this.style = new StyleMarks(spelling.words());
    }

    /** The signal over the shipped word list. */
    public static SloppinessSignal standard() {
        return new SloppinessSignal(SpellingChecker.standard());
    }

    @Override
    public SignalInfo info() {
        return INFO;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.REPAIRED, Layer.STRUCTURE, Layer.ARTICLE_FIELDS, Layer.SENTENCES, Layer.ENTITIES,
                Layer.QUOTES);
    }

    @Override
    public SignalResult judge(Document doc) {
        ArticleView view = ArticleView.of(doc);
        Optional<String> why = view.bodyUnjudgeable();
        if (why.isPresent()) {
            return SignalResult.cannotJudge(ID, why.get());
        }
        String text = doc.text();
        List<Evidence> evidence = new ArrayList<>();
        SpellingChecker.Check check = spelling.check(view);
        for (SpellingChecker.Misspelling m : check.errors()) {
            evidence.add(Evidence.of(text, m.span(), "probably '" + m.suggestion() + "'"));
        }
        int mojibake = 0;
        for (Repair r : doc.repairs()) {
            if (r.kind() == Repair.Kind.MOJIBAKE && !r.span().isEmpty()) {
                mojibake++;
                evidence.add(Evidence.of(text, r.span(), "garbled characters repaired: '" + r.from() + "' \u2192 '" + r.to() + "'"));
            }
        }
        StyleMarks.Found found = style.find(view);
        for (StyleMarks.Mark m : found.shouting()) {
            evidence.add(Evidence.of(text, m.span(), m.note()));
        }
        for (StyleMarks.Mark m : found.punctuation()) {
            evidence.add(Evidence.of(text, m.span(), m.note()));
        }
        int errors = check.errors().size();
        int words = Math.max(check.words(), 1);
        double rate = 1000.0 * errors / Math.max(words, MIN_WORDS);
        double x = rate / 2 + 0.3 * Math.min(found.shouting().size(), 5) + 0.3 * Math.min(found.punctuation().size(), 5)
                + 0.2 * Math.min(mojibake, 5);
        double score = 1 - Math.exp(-x);
        boolean bylineMissing = doc.fields().byline().isBlank() && doc.metadata().author().isBlank();
        boolean dateMissing = doc.fields().published().isBlank() && doc.metadata().published().isBlank();
        Map<String, Double> measures = new LinkedHashMap<>();
        measures.put("words", (double) check.words());
        measures.put("spellingErrors", (double) errors);
        measures.put("spellingErrorsPer1000Words", Math.round(1000.0 * errors / words * 1000) / 1000.0);
        measures.put("unknownWords", (double) check.unknown());
        measures.put("mojibakeRepairs", (double) mojibake);
        measures.put("shouting", (double) found.shouting().size());
        measures.put("excessPunctuation", (double) found.punctuation().size());
        measures.put("bylineMissing", bylineMissing ? 1.0 : 0.0);
        measures.put("dateMissing", dateMissing ? 1.0 : 0.0);
        List<Evidence> cited = evidence.size() > MAX_EVIDENCE ? evidence.subList(0, MAX_EVIDENCE) : evidence;
        String reason = reason(errors, mojibake, found, bylineMissing, dateMissing);
        boolean fires = score >= THRESHOLD && evidence.size() >= 2;
        return fires ? SignalResult.fired(ID, score, reason, cited, measures)
                : SignalResult.clear(ID, score, reason, cited, measures);
    }

    private static String reason(int errors, int mojibake, StyleMarks.Found found, boolean noByline, boolean noDate) {
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(count(errors, "misspelled word"));
        }
        if (mojibake > 0) {
            parts.add(count(mojibake, "run") + " of garbled characters");
        }
        if (!found.shouting().isEmpty()) {
            parts.add(count(found.shouting().size(), "shouting capital run"));
        }
        if (!found.punctuation().isEmpty()) {
            parts.add(count(found.punctuation().size(), "excess punctuation mark"));
        }
        String s = parts.isEmpty() ? "No sign of careless editing" : "Signs of careless editing: " + String.join(", ", parts);
        if (noByline || noDate) {
            s += noByline && noDate ? "; no byline or date found (not scored)"
                    : noByline ? "; no byline found (not scored)" : "; no date found (not scored)";
        }
        return s + ".";
    }

    private static String count(int n, String what) {
        return String.format(Locale.ROOT, "%d %s%s", n, what, n == 1 ? "" : "s");
    }
}
