package org.credence.signals.clickbait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.ml.LinearModel;
import org.credence.ml.Metrics;
import org.credence.ml.ModelFile;
import org.credence.testing.SharedData;
import org.junit.jupiter.api.Test;

class ClickbaitModelTest {

    private static final ClickbaitModel MODEL = ClickbaitModel.standard();

    /** Headlines we wrote, in the style of each side. */
    static final List<String> CLICKBAIT = List.of(
            "You Won't Believe What This Dog Did Next",
            "17 Things Only Teachers Will Understand",
            "This Is The Best Pizza You'll Ever Eat",
            "Which Harry Potter Character Are You",
            "Here's Why Your Phone Battery Dies So Fast",
            "27 Tweets About Anxiety That Will Make You Laugh Then Cry",
            "Can You Guess Which Celebrity Is Hiding In This Photo");
    static final List<String> NEWS = List.of(
            "Council Approves New Parking Plan For Old Town",
            "Senate Passes Budget Bill After Late-Night Vote",
            "Flooding Forces Thousands From Homes in Northern Italy",
            "Central Bank Raises Interest Rates to Curb Inflation",
            "Man Finds Wallet Lost 40 Years Ago",
            "Mayor: 'You Will See the Difference by Spring'");

    private static List<String> inEveryCase(List<String> headlines) {
        List<String> out = new ArrayList<>();
        for (String h : headlines) {
            out.add(h);
            out.add(h.toLowerCase(Locale.ROOT));
            out.add(h.toUpperCase(Locale.ROOT));
            out.add(h.charAt(0) + h.substring(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    @Test
    void writtenClickbaitScoresAboveTheThresholdInAnyCase() {
        for (String h : inEveryCase(CLICKBAIT)) {
            assertTrue(MODEL.probability(h) >= MODEL.threshold(), h + ": " + MODEL.probability(h));
        }
    }

    @Test
    void writtenNewsScoresBelowTheThresholdInAnyCase() {
        for (String h : inEveryCase(NEWS)) {
            assertTrue(MODEL.probability(h) < MODEL.threshold(), h + ": " + MODEL.probability(h));
        }
    }

    @Test
    void thresholdAndFeaturesComeFromTheProvenance() {
        assertTrue(MODEL.threshold() > 0.5 && MODEL.threshold() < 0.9, "threshold " + MODEL.threshold());
        assertEquals(HeadlineFeatures.standard(), MODEL.features());
        assertTrue(MODEL.provenance().contains("\"test\""), "provenance records held-out figures");
    }

    @Test
    void theShippedFileReloadsWithTheSameProvenanceAndPredictions() throws IOException {
        ModelFile file = ModelFile.resource(ClickbaitModel.class, ClickbaitModel.RESOURCE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.write(out);
        ClickbaitModel again = ClickbaitModel.of(ModelFile.read(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(MODEL.provenance(), again.provenance());
        for (String h : CLICKBAIT) {
            assertEquals(MODEL.probability(h), again.probability(h), 0.0, h);
        }
    }

    @Test
    void theWordsThatPushMostAreTheCues() {
        ClickbaitModel.Prediction p = MODEL.predict("You Won't Believe What This Dog Did Next");
        double[] c = p.contributions();
        assertEquals(p.tokens().size(), c.length);
        assertTrue(c[0] > 0.5, "'You' pushes towards clickbait: " + c[0]);
        assertEquals(p.probability(), MODEL.probability("You Won't Believe What This Dog Did Next"), 1e-12);
    }

    @Test
    void foldingTheRowsKeepsTheProbabilities() {
        List<ClickbaitData.Headline> data = new ArrayList<>();
        for (String h : CLICKBAIT) {
            data.add(new ClickbaitData.Headline(h, true, "t"));
        }
        for (String h : NEWS) {
            data.add(new ClickbaitData.Headline(h, false, "t"));
        }
        HeadlineFeatures f = new HeadlineFeatures(12, true, 3, 4, 0.5, true, true);
        LinearModel m = ClickbaitTrainer.fit(new ClickbaitTrainer.Params(f, 3, 0.2, 1e-5, 7), data);
        LinearModel folded = ClickbaitTrainer.fold(m);
        for (ClickbaitData.Headline h : data) {
            var x = f.encode(h.text()).vector();
            assertEquals(m.probabilities(x)[1], folded.probabilities(x)[1], 1e-5, h.text());
        }
    }

    @Test
    void thresholdIsTheLowestReachingTheTargetPrecision() {
        int[] y = {1, 1, 0, 1, 0, 0};
        double[] p = {0.95, 0.9, 0.85, 0.8, 0.6, 0.1};
        assertEquals(0.9, ClickbaitTrainer.threshold(y, p, 0.99), 1e-12);
        assertEquals(0.8, ClickbaitTrainer.threshold(y, p, 0.75), 1e-12);
        assertEquals(0.5, ClickbaitTrainer.threshold(new int[] {1, 0}, new double[] {0.9, 0.1}, 0.99), 1e-12);
    }

    @Test
    void aModelWithoutTheClickbaitClassIsRefused() {
        LinearModel m = new LinearModel(List.of("a", "b"), new float[2][1 << 12], new float[2]);
        assertThrows(IllegalArgumentException.class,
                () -> new ClickbaitModel(m, new HeadlineFeatures(12, false, 0, 0, 0, false, false), 0.7, "{}"));
    }

    @Test
    void heldOutFloorOnTheSharedData() throws IOException {
        var dir = SharedData.require("clickbait-chakraborty2016");
        List<ClickbaitData.Headline> test = ClickbaitData.read(dir).stream()
                .filter(h -> h.fromTrainingFile() && h.part() == ClickbaitData.Part.TEST).toList();
        int[] y = new int[test.size()];
        double[] p = new double[test.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = test.get(i).clickbait() ? 1 : 0;
            p[i] = MODEL.probability(test.get(i).text());
        }
        assertTrue(y.length > 5000, "held-out headlines: " + y.length);
        assertTrue(Metrics.accuracy(y, p) >= 0.98, "held-out accuracy " + Metrics.accuracy(y, p));
        assertTrue(Metrics.f1(y, p) >= 0.98, "held-out F1 " + Metrics.f1(y, p));
    }
}
