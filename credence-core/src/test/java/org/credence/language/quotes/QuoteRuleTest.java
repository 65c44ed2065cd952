package org.credence.language.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules' confidences: measured shares, told apart within a kind of quote. */
class QuoteRuleTest {

    @Test
    void eachConfidenceIsItsMeasuredShareRounded() {
        for (QuoteRule r : QuoteRule.values()) {
            assertTrue(r.right() >= 0 && r.right() <= r.quotes() && r.quotes() > 0, r.toString());
            assertEquals(Math.round(100.0 * r.right() / r.quotes()) / 100.0, r.confidence(), 1e-12, r.toString());
        }
        assertEquals(0.66, QuoteRule.FRAMED_NAMED.confidence(), 1e-12);
    }

    @Test
    void theRulesOfOneKindOfQuoteHaveDifferentConfidences() {
        QuoteRule[][] kinds = {
            {QuoteRule.FRAMED_NAMED, QuoteRule.FRAMED_OTHER, QuoteRule.CONTINUING, QuoteRule.NEARBY_SPEAKER, QuoteRule.UNATTRIBUTED},
            {QuoteRule.REPORTED, QuoteRule.MENTAL},
            {QuoteRule.REPORTED_PARTIAL, QuoteRule.MENTAL_PARTIAL},
        };
        for (QuoteRule[] kind : kinds) {
            Set<Double> seen = new HashSet<>();
            for (QuoteRule r : kind) {
                assertTrue(seen.add(r.confidence()), "two rules share " + r);
            }
        }
    }
}
