package org.credence.signals.appeals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.Layer;
import org.credence.model.Sentence;
import org.credence.model.SignalResult;
import org.credence.model.Span;
import org.credence.signals.ArticleView;
import org.credence.signals.PhraseLexicon;
import org.credence.signals.Signal;
import org.credence.signals.SignalInfo;

/**
 * Fundraising and self-promotion in or around the article: blocks the structure stage typed
 * as fundraising (donation appeals) or subscription (newsletter and subscription offers), and
 * appeal phrases inside other blocks ("chip in", "support our journalism", "use promo code").
 * Phrases inside quotation marks are not counted.
 *
 * <p>Fires on any donation appeal; self-promotion alone is reported (evidence and measures)
 * without firing, since most outlets invite readers to subscribe. Score: {@code 1 −
 * exp(−(donation + 0.3 · promotion) / 1.5)} over the number of appeals found.
 */
public final class FundraisingSignal implements Signal {

    public static final String ID = "fundraising";

    private static final SignalInfo INFO = new SignalInfo(ID, "Fundraising and self-promotion", "appeals",
            "Donation appeals and self-promotion in or around the article.",
            "Blocks typed fundraising or subscription by the structure stage, and a phrase list written for Credence"
                    + " (appeals.tsv) matched in the other blocks outside quotation marks.",
            "none (rules)");

    private final PhraseLexicon phrases;

    public FundraisingSignal() {
        this.phrases = PhraseLexicon.resource(FundraisingSignal.class, "appeals.tsv");
    }

    @Override public SignalInfo info() { return INFO; }
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.STRUCTURE, Layer.SENTENCES, Layer.QUOTES); }

    @Override
    public SignalResult judge(Document doc) {
        ArticleView view = ArticleView.of(doc);
        String text = doc.text();
        if (text.isBlank()) {
            return SignalResult.cannotJudge(ID, "the document has no text");
        }
        List<Evidence> evidence = new ArrayList<>();
        List<Span> blocks = new ArrayList<>();
        int donation = 0;
        int promotion = 0;
        for (Block b : doc.blocks()) {
            if (b.type() == BlockType.FUNDRAISING) {
                donation++;
                blocks.add(b.span());
                evidence.add(Evidence.of(text, b.span(), "fundraising block: " + b.reason()));
            } else if (b.type() == BlockType.SUBSCRIPTION) {
                promotion++;
                blocks.add(b.span());
                evidence.add(Evidence.of(text, b.span(), "self-promotion block: " + b.reason()));
            }
        }
        for (Sentence s : doc.language().sentences()) {
            if (blocks.stream().anyMatch(b -> b.contains(s.span()))) {
                continue;
            }
            for (PhraseLexicon.Match m : phrases.find(text, view.tokens(s))) {
                if (view.quoted(m.span()) || doc.language().isForeign(m.span())) {
                    continue;
                }
                boolean ask = m.entry().kind().equals("donation");
                if (ask) {
                    donation++;
                } else {
                    promotion++;
                }
                evidence.add(Evidence.of(text, m.span(), ask ? "asks readers for money" : "promotes the outlet's own offers"));
            }
        }
        Map<String, Double> measures = new LinkedHashMap<>();
        measures.put("donationAppeals", (double) donation);
        measures.put("selfPromotion", (double) promotion);
        double score = 1 - Math.exp(-(donation + 0.3 * promotion) / 1.5);
        if (donation > 0) {
            String why = "The page asks readers for money " + (donation == 1 ? "once" : donation + " times")
                    + (promotion > 0 ? " and promotes its own offers " + promotion + (promotion == 1 ? " time." : " times.") : ".");
            return SignalResult.fired(ID, score, why, evidence, measures);
        }
        String why = promotion > 0 ? "No donation appeal; the page promotes its own offers " + promotion
                + (promotion == 1 ? " time" : " times") + ", as most outlets do."
                : "No fundraising or self-promotion found.";
        return SignalResult.clear(ID, score, why, evidence, measures);
    }
}
