package org.credence.signals.clickbait;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.SignalResult;
import org.credence.model.Span;
import org.credence.signals.ArticleView;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;

/**
 * Whether the headline is written as clickbait: it teases instead of telling ("You Won't
 * Believe What This Dog Did"), talks to the reader, opens with a count, withholds its subject.
 *
 * <p>Judges {@link ArticleView#headline()} with {@link ClickbaitModel}. Cannot judge when the
 * article has no headline, when the text or the headline is not English, or when the headline
 * has fewer than {@value #MIN_WORDS} words. Score: the model's P(clickbait), calibrated on
 * headlines of the training set's kind (balanced classes). Fires at or above the model's
 * threshold (about 0.70: the lowest probability at which precision on the tuning headlines
 * reaches 0.99; see {@code docs/SIGNALS.md}). Evidence: the headline, and when it fires the
 * words that pushed it most towards clickbait, each with what it does ("addresses the
 * reader"). Measures: {@code probability}.
 */
public final class ClickbaitSignal implements Signal {

    public static final String ID = "clickbait-headline";
    /** Shorter headlines ("Obituary", "Live updates") carry too little to judge. */
    static final int MIN_WORDS = 3;
    /** A word must move the log-odds by at least this much to be cited. */
    static final double MIN_PUSH = 0.4;
    /** At most this many separate runs of words are cited besides the headline. */
    static final int MAX_CITED = 3;
    /** At most this many words are cited in all. */
    static final int MAX_WORDS = 6;

    private static final SignalInfo INFO = new SignalInfo(ID, "Clickbait headline", "headline",
            "A headline written to make the reader click rather than to tell the news: it teases, withholds its"
                    + " subject, addresses the reader, opens with a count or exaggerates.",
            "Logistic regression over lower-cased word 1-2-grams, character 3-5-grams and headline cues"
                    + " (blind to letter case and to ?/!, which differ by outlet in the data); words cited by their"
                    + " weight in the decision.",
            "Chakraborty et al. 2016 clickbait headlines (train files; held-out split by hash of the headline)");

    private final ClickbaitModel model;

    /** The signal with the shipped model. */
    public ClickbaitSignal() {
        this(ClickbaitModel.standard());
    }

    public ClickbaitSignal(ClickbaitModel model) {
        this.model = model;
    }

    @Override public SignalInfo info() { return INFO; }
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.STRUCTURE, Layer.SENTENCES); }

    @Override
    public SignalResult judge(Document doc) {
        ArticleView view = ArticleView.of(doc);
        if (view.headline().isEmpty()) {
            return SignalResult.cannotJudge(ID, "the article has no headline");
        }
        Span span = view.headline().get();
        String headline = view.headlineText();
        if (!view.isEnglish() || !mostlyLatin(headline)) {
            return SignalResult.cannotJudge(ID, view.isEnglish() ? "the headline is not in English"
                    : "the text is mostly not English");
        }
        ClickbaitModel.Prediction pred = model.predict(headline);
        int words = HeadlineTokens.words(pred.tokens());
        if (words < MIN_WORDS) {
            return SignalResult.cannotJudge(ID, "the headline is too short to judge (" + words
                    + (words == 1 ? " word)" : " words)"));
        }
        double p = pred.probability();
        Map<String, Double> measures = Map.of("probability", p);
        String text = doc.text();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.of(text, span, "the headline"));
        if (p < model.threshold()) {
            return SignalResult.clear(ID, p, String.format(Locale.ROOT,
                    "The headline reads like news, not clickbait (P(clickbait) = %.2f).", p), evidence, measures);
        }
        List<Phrase> phrases = phrases(pred, headline);
        Map<String, List<String>> byCue = new LinkedHashMap<>();
        for (Phrase ph : phrases) {
            evidence.add(Evidence.of(text, new Span(span.start() + ph.start(), span.start() + ph.end()), ph.note()));
            String cue = ph.reasonPart() == null ? "its wording is typical of clickbait" : ph.reasonPart();
            byCue.computeIfAbsent(cue, k -> new ArrayList<>()).add("\"" + headline.substring(ph.start(), ph.end()) + "\"");
        }
        List<String> parts = new ArrayList<>();
        byCue.forEach((cue, excerpts) -> parts.add(cue + " (" + String.join(", ", excerpts) + ")"));
        String why = parts.isEmpty() ? "on its wording as a whole" : String.join("; ", parts);
        return SignalResult.fired(ID, p, String.format(Locale.ROOT,
                "The headline reads like clickbait (P = %.2f): %s.", p, why), evidence, measures);
    }

    /**
     * Whether most letters of the headline are Latin. The language layer's test for Latin-script
     * foreign text (English function words) is not used here: headlines often have none
     * ("Here's Why Your Phone Battery Dies So Fast"); a Latin-script article in another
     * language is caught by {@link ArticleView#isEnglish()}.
     */
    static boolean mostlyLatin(String headline) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < headline.length(); ) {
            int cp = headline.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        return latin >= other;
    }

    /**
     * A cited run of words: offsets in the headline, its note for the evidence, and what it does
     * in the reason's words (null for wording the model weighs without a named cue).
     */
    record Phrase(int start, int end, String note, String reasonPart) {
    }

    /**
     * The writer's words (not quoted ones) that pushed the prediction most towards clickbait (at least {@value #MIN_PUSH}
     * each, at most {@value #MAX_CITED} runs and {@value #MAX_WORDS} words), adjacent cited words
     * joined into one phrase unless each is a named cue (then each starts its own).
     */
    static List<Phrase> phrases(ClickbaitModel.Prediction pred, String headline) {
        List<HeadlineTokens.Token> tokens = pred.tokens();
        double[] c = pred.contributions();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            HeadlineTokens.Token t = tokens.get(i);
            if (t.kind() != HeadlineTokens.Kind.MARK && !t.quoted() && c[i] >= MIN_PUSH) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -c[i]));
        boolean[] chosen = new boolean[tokens.size()];
        int runs = 0;
        int words = 0;
        for (int i : order) {
            if (words == MAX_WORDS) {
                break;
            }
            boolean joins = (i > 0 && chosen[i - 1]) || (i + 1 < tokens.size() && chosen[i + 1]);
            if (!joins && runs == MAX_CITED) {
                continue;
            }
            chosen[i] = true;
            words++;
            if (!joins) {
                runs++;
            }
        }
        int first = firstWord(tokens);
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!chosen[i]) {
                i++;
                continue;
            }
            // a piece runs on over chosen words until a second cue word starts the next piece
            String[] cue = cue(tokens, i, first, headline);
            int j = i;
            while (j + 1 < tokens.size() && chosen[j + 1]) {
                String[] next = cue(tokens, j + 1, first, headline);
                if (next != null && cue != null) {
                    break;
                }
                if (cue == null) {
                    cue = next;
                }
                j++;
            }
            String[] note = cue != null ? cue : new String[] {"wording typical of clickbait", null};
            out.add(new Phrase(tokens.get(i).start(), tokens.get(j).end(), note[0], note[1]));
            i = j + 1;
        }
        return out;
    }

    /** The evidence note and the reason's phrase of token {@code i} when it is a named cue, else null. */
    private static String[] cue(List<HeadlineTokens.Token> tokens, int i, int first, String headline) {
        HeadlineTokens.Token t = tokens.get(i);
        if (t.quoted()) {
            return null;
        }
        String w = t.form();
        if (i == first && t.kind() == HeadlineTokens.Kind.NUMBER) {
            return new String[] {"number listicle", "it opens with a count, like a list article"};
        }
        if (HeadlineFeatures.SECOND_PERSON.contains(w)) {
            return new String[] {"addresses the reader", "it addresses the reader"};
        }
        if (HeadlineFeatures.WITHHOLDING.contains(w)) {
            return new String[] {"withholds the subject: '" + headline.substring(t.start(), t.end()) + "'",
                    "it points at a subject it does not name"};
        }
        if (HeadlineFeatures.isSuperlative(w)) {
            return new String[] {"superlative or hyperbole", "it exaggerates"};
        }
        if (i == first && HeadlineFeatures.QUESTION_OPENERS.contains(w)) {
            return new String[] {"asks the reader a question", "it opens as a question"};
        }
        return null;
    }

    private static int firstWord(List<HeadlineTokens.Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() != HeadlineTokens.Kind.MARK) {
                return i;
            }
        }
        return -1;
    }
}
