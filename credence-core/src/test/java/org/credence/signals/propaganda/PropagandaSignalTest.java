package org.credence.signals.propaganda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.Credence;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.SignalResult;
import org.credence.testing.Spans;
import org.junit.jupiter.api.Test;

class PropagandaSignalTest {

    private static final Credence CREDENCE = Credence.standard();

    private static SignalResult judge(String text) {
        Document doc = CREDENCE.analyzeText(text);
        Spans.check(doc, "propaganda signal");
        return doc.signal(PropagandaSignal.ID).orElseThrow();
    }

    @Test
    void firesOnARantAndNamesEachFragmentsTechnique() {
        SignalResult r = judge("Traitors Sell Out Our Nation\n\n"
                + "The corrupt, treasonous elites in Washington are destroying our great nation with their evil lies. "
                + "These radical extremists hate America and every patriot who loves freedom. "
                + "Wake up, America! They will stop at nothing to crush you and your children. "
                + "Only a fool would trust these disgusting, lying thugs ever again.\n");
        assertEquals(SignalResult.Outcome.FIRED, r.outcome(), r.reason());
        assertTrue(r.score() >= 0.5);
        Set<String> names = Arrays.stream(Technique.values()).map(Technique::plainName).collect(Collectors.toSet());
        for (Evidence e : r.evidence()) {
            assertTrue(names.contains(e.note()), e.note());
        }
        assertEquals(r.evidence().size(), r.measures().get("fragments").intValue());
        double perTechnique = r.measures().entrySet().stream().filter(e -> e.getKey().startsWith("technique."))
                .mapToDouble(e -> e.getValue()).sum();
        assertEquals(r.evidence().size(), (int) perTechnique);
        assertTrue(r.reason().contains("per 100 words"), r.reason());
    }

    @Test
    void aPlainReportScoresLowerThanARant() {
        SignalResult plain = judge("Council approves budget\n\n"
                + "The city council approved the annual budget on Tuesday by a vote of seven to two. "
                + "The plan sets aside 12 million dollars for road repairs and 3 million dollars for parks, "
                + "the city clerk said in a statement. The budget takes effect in July. Two members asked for "
                + "more money for libraries; the council will discuss that request at its next meeting.\n");
        SignalResult rant = judge("Traitors Sell Out Our Nation\n\n"
                + "The corrupt, treasonous elites are destroying our great nation with their evil lies. "
                + "These radical extremists hate every patriot who loves freedom, and they will stop at nothing "
                + "to crush you. Wake up! Only a fool would trust these disgusting, lying thugs.\n");
        assertTrue(plain.score() < rant.score(), plain.score() + " vs " + rant.score());
        assertTrue(plain.outcome() != SignalResult.Outcome.CANNOT_JUDGE);
    }

    @Test
    void cannotJudgeShortOrForeignText() {
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, judge("Evil traitors!\n\nThey lie.\n").outcome());
        SignalResult ru = judge("Новости дня\n\nПравительство объявило о новых мерах поддержки экономики. "
                + "Министр финансов заявил, что бюджет будет пересмотрен в следующем месяце, а налоги "
                + "для малого бизнеса будут снижены. Эксперты считают, что эти меры помогут компаниям "
                + "пережить трудный период и сохранить рабочие места в регионах страны.\n");
        assertEquals(SignalResult.Outcome.CANNOT_JUDGE, ru.outcome(), ru.reason());
        assertTrue(Double.isNaN(ru.score()));
    }
}
