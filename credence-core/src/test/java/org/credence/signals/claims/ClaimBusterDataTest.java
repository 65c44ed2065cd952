package org.credence.signals.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimBusterDataTest {

    @Test
    void normaliseKeepsLettersAndDigitsInLowerCase() {
        assertEquals("we lost 700000 jobs", ClaimBusterData.normalise("  We lost 700,000   jobs! "));
        assertEquals("its a e mail", ClaimBusterData.normalise("It's a e- mail"));
    }

    @Test
    void leakRuleDrops2016DebatesAndSentencesOfExcludedDebates() {
        List<ClaimBusterData.Sentence> all = List.of(
                new ClaimBusterData.Sentence(100, "Our Navy is smaller now than at any time since 1917.", true),
                new ClaimBusterData.Sentence(200, "Property crime is down 40 percent.", true),
                new ClaimBusterData.Sentence(ClaimBusterData.FIRST_2016_ID, "I have a plan.", false),
                new ClaimBusterData.Sentence(300, "Thank you.", false));
        Set<String> excluded = Set.of(ClaimBusterData.normalise("Property crime is down 40 percent"));
        List<Integer> kept = ClaimBusterData.usable(all, excluded).stream().map(ClaimBusterData.Sentence::id).toList();
        assertEquals(List.of(100, 300), kept);
    }
}
