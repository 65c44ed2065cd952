package org.credence.signals.wording;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.model.BlockType;
import org.credence.model.Document;
import org.credence.model.Layer;
import org.credence.model.Sentence;
import org.credence.model.SignalResult;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.signals.ArticleView;
import org.credence.signals.PhraseLexicon;
import org.credence.signals.PhraseTally;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;

/**
 * Opinion presented as news: the writer speaking in the first person, addressing the reader,
 * taking a stance ("clearly", "sadly", "make no mistake"), prescribing ("should", "must"),
 * asking rhetorical questions and exclaiming, all outside quotation marks in the body.
 *
 * <p>Score {@code 1 − exp(−w / }{@value #SCALE}{@code )}, {@code w} the weighted count per
 * 1,000 body words (first person, stance words, questions and exclamations weigh 1; second
 * person and prescriptive modals 0.5); fires at {@code w ≥ }{@value #FIRE_AT} with markers in
 * at least {@value #MIN_SENTENCES} sentences. An article that says it is opinion (a headline
 * or block with "opinion", "commentary", "editorial", "column") is still judged, and its reason says so.
 */
public final class OpinionSignal implements Signal {

    public static final String ID = "opinion-as-news";
    static final double SCALE = 15.0;
    static final double FIRE_AT = 12.0;
    static final int MIN_SENTENCES = 3;

    private static final SignalInfo INFO = new SignalInfo(ID, "Opinion presented as news", "wording",
            "The writer's own first-person voice, address to the reader, stance adverbs, prescriptions, rhetorical"
                    + " questions and exclamations in the news body.",
            "Marker list written for Credence (opinion.tsv) and sentence punctuation, outside quotation marks;"
                    + " weighted count per 1,000 body words.",
            "none (rules); behaviour measured on labelled corpora with 'credence eval signals'");

    private static final java.util.regex.Pattern INTERVIEW_QUESTION = java.util.regex.Pattern.compile("(Q|Question)\\s*[:.]\\s");

    private final PhraseLexicon markers;

    public OpinionSignal() {
        this.markers = PhraseLexicon.resource(OpinionSignal.class, "opinion.tsv");
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
        PhraseTally tally = new PhraseTally(text,
                "first-person", "second-person", "stance", "prescriptive", "question", "exclamation");
        java.util.Set<Integer> sentencesWith = new java.util.HashSet<>();
        List<Sentence> body = view.bodySentences();
        List<org.credence.model.Span> asked = interviewQuestions(doc);
        for (PhraseLexicon.Match m : view.writerPhrases(markers)) {
            if (asked.stream().anyMatch(q -> q.contains(m.span()))) {
                continue; // the interviewer's question ("Q: … Do you agree?") asks, it does not opine
            }
            tally.add(m, note(m.entry().kind()));
            sentencesWith.add(indexOf(body, m.span()));
        }
        for (int i = 0; i < body.size(); i++) {
            Sentence s = body.get(i);
            List<Token> toks = view.tokens(s);
            Token last = toks.get(toks.size() - 1);
            String end = last.span().in(text);
            if (last.kind() != Token.Kind.PUNCT || view.quoted(last.span()) || view.quoted(s.span())
                    || asked.stream().anyMatch(q -> q.contains(s.span()))) {
                continue;
            }
            String kind = end.contains("?") ? "question" : end.contains("!") ? "exclamation" : null;
            if (kind != null) {
                sentencesWith.add(i);
                tally.add(kind, 1, s.span(), kind.equals("question")
                        ? "a question in the writer's voice" : "an exclamation in the writer's voice");
            }
        }
        double per1000 = tally.per1000(view.bodyWords());
        Map<String, Double> measures = tally.measures(view.bodyWords());
        measures.put("sentencesWithMarkers", (double) sentencesWith.size());
        double score = tally.score(view.bodyWords(), SCALE);
        boolean labelled = labelledOpinion(doc);
        if (per1000 >= FIRE_AT && sentencesWith.size() >= MIN_SENTENCES) {
            String why = "The writer's own opinion shows in " + sentencesWith.size() + " of " + body.size()
                    + " body sentences (" + summary(tally.counts()) + ")"
                    + (labelled ? "; the page labels itself as opinion." : " in an article not labelled as opinion.");
            return SignalResult.fired(ID, score, why, tally.evidence(), measures);
        }
        return SignalResult.clear(ID, score, sentencesWith.isEmpty() ? "The body keeps to a reporting voice."
                : "A few opinion markers (" + summary(tally.counts()) + "), within what news writing shows.",
                tally.evidence(), measures);
    }

    private static int indexOf(List<Sentence> body, Span span) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).span().contains(span)) {
                return i;
            }
        }
        return -1;
    }

    /** The body paragraphs of an interview that hold the interviewer's questions ("Q: Is this season unusual?"). */
    private static List<org.credence.model.Span> interviewQuestions(Document doc) {
        List<org.credence.model.Span> out = new java.util.ArrayList<>();
        for (org.credence.model.Block b : doc.blocks()) {
            if (b.type() == BlockType.BODY && INTERVIEW_QUESTION.matcher(doc.textOf(b.span())).lookingAt()) {
                out.add(b.span());
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    private static boolean labelledOpinion(Document doc) {
        for (org.credence.model.Block b : doc.blocks()) {
            if (b.type() == BlockType.BODY) {
                break;
            }
            String t = doc.textOf(b.span()).toLowerCase(java.util.Locale.ROOT);
            if (t.matches("(?s).*\\b(opinion|commentary|editorial|op-ed|column|analysis)\\b.*")) {
                return true;
            }
        }
        return false;
    }

    private static String note(String kind) {
        return switch (kind) {
            case "first-person" -> "the writer speaks in the first person";
            case "second-person" -> "the writer addresses the reader";
            case "stance" -> "the writer takes a stance";
            default -> "the writer prescribes what should happen";
        };
    }

    private static String summary(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                parts.add(v + " " + k);
            }
        });
        return String.join(", ", parts);
    }
}
