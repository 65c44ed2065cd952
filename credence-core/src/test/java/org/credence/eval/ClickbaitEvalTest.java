package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.credence.signals.clickbait.ClickbaitData;
import org.credence.signals.clickbait.ClickbaitModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClickbaitEvalTest {

    private static final List<String> BAIT = List.of("You Won't Believe What This Dog Did Next",
            "17 Things Only Teachers Will Understand", "This Is The Best Pizza You'll Ever Eat",
            "Which Harry Potter Character Are You", "Here's Why Your Phone Battery Dies So Fast",
            "27 Tweets About Anxiety That Will Make You Laugh Then Cry", "Can You Guess Which Celebrity Is In This Photo",
            "21 Cats Who Are Absolutely Done With Mondays", "What Your Favourite Cereal Says About You",
            "This Girl Tried A Week Without Her Phone And Here's What Happened");
    private static final List<String> NEWS = List.of("Council approves new parking plan for old town",
            "Senate passes budget bill after late-night vote", "Flooding forces thousands from homes in northern Italy",
            "Central bank raises interest rates to curb inflation", "Man finds wallet lost 40 years ago",
            "Rail strike halts trains across the country", "Court jails former minister for fraud",
            "Storm cuts power to 20,000 homes on the coast", "Exports fall for a third month in a row",
            "Health officials confirm second case of measles in city");

    private static Path write(Path dir) throws IOException {
        Files.write(dir.resolve("clickbait_data.train.txt"), BAIT);
        Files.write(dir.resolve("non_clickbait_data.train.txt"), NEWS);
        Files.write(dir.resolve("clickbait_data.test.txt"), List.of("23 Dogs Who Are Way Too Proud Of Themselves"));
        Files.write(dir.resolve("non_clickbait_data.test.txt"), List.of("Parliament delays vote on pension reform"));
        return dir;
    }

    @Test
    void autoScoresHeldOutTrainHeadlinesAndEveryOtherFile(@TempDir Path dir) throws IOException {
        write(dir);
        List<ClickbaitData.Headline> all = ClickbaitData.read(dir);
        List<ClickbaitData.Headline> auto = ClickbaitEval.select(all, ClickbaitEval.Selection.AUTO);
        List<String> expected = new ArrayList<>();
        for (ClickbaitData.Headline h : all) {
            if (!h.fromTrainingFile() || h.part() == ClickbaitData.Part.TEST) {
                expected.add(h.text());
            }
        }
        assertEquals(expected, auto.stream().map(ClickbaitData.Headline::text).toList());
        assertTrue(auto.stream().anyMatch(h -> h.file().equals("clickbait_data.test.txt")));
        assertTrue(auto.stream().noneMatch(h -> h.fromTrainingFile() && h.part() != ClickbaitData.Part.TEST));
        assertEquals(all.size(), ClickbaitEval.select(all, ClickbaitEval.Selection.ALL).size());
    }

    @Test
    void printsCredenceBesideBothBaselines(@TempDir Path dir) throws IOException {
        write(dir);
        ClickbaitEval r = ClickbaitEval.evaluate(dir, dir, ClickbaitEval.Selection.ALL, ClickbaitModel.standard());
        assertEquals(22, r.headlines());
        assertEquals(3, r.rows().size());
        assertEquals(1.0, r.credence().accuracy(), 1e-9, r.table());
        assertEquals(0.5, r.rows().get(1).accuracy(), 1e-9, "majority of a balanced set: " + r.table());
        assertTrue(r.table().contains("tf-idf"), r.table());
        assertTrue(r.asMap().containsKey("systems"));
    }

    @Test
    void noHeadlinesToScoreIsAnError(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("clickbait_data.train.txt"), List.of(onTrainPart("You Won't Believe What Dog Number ")));
        Files.write(dir.resolve("non_clickbait_data.train.txt"), List.of(onTrainPart("Council approves parking plan number ")));
        assertThrows(IOException.class,
                () -> ClickbaitEval.evaluate(dir, dir, ClickbaitEval.Selection.TEST, ClickbaitModel.standard()));
        assertThrows(IOException.class,
                () -> ClickbaitEval.evaluate(dir, dir.resolve("missing"), ClickbaitEval.Selection.ALL, ClickbaitModel.standard()));
    }

    private static String onTrainPart(String prefix) {
        for (int i = 0; ; i++) {
            if (ClickbaitData.part(prefix + i) == ClickbaitData.Part.TRAIN) {
                return prefix + i;
            }
        }
    }
}
