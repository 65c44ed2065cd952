package org.credence.signals.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.model.Document;
import org.credence.model.SignalResult;
import org.credence.testing.Analyzed;
import org.junit.jupiter.api.Test;

class AppealsSignalsTest {

    private static Document analyze(String text) {
        return Analyzed.text(text, "appeals");
    }

    private static List<String> excerpts(SignalResult r) {
        return Analyzed.excerpts(r);
    }

    private static final String APPEAL = """
            Mayor Signs Harbour Deal

            The mayor signed the harbour deal on Friday after two years of talks with the port authority.
            The deal gives the city control of the old docks and the land around them for fifty years.

            We are 100% independent and bring you unbiased news you can trust. Please donate today to keep us going.

            Sign up for our newsletter to get the news every morning.
            """;

    @Test
    void donationAppealAndSelfDeclaredNeutralityFire() {
        Document d = analyze(APPEAL);
        SignalResult f = d.signal(FundraisingSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.FIRED, f.outcome(), f.reason());
        assertTrue(f.measures().get("donationAppeals") >= 1, f.measures().toString());
        SignalResult n = d.signal(NeutralitySignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.FIRED, n.outcome(), n.reason());
        List<String> ex = excerpts(n);
        assertTrue(ex.contains("100% independent"), ex.toString());
        assertTrue(ex.contains("unbiased news"), ex.toString());
        // matches never overlap: "unbiased news" takes the "news" of "news you can trust"
        assertEquals(2, ex.size(), ex.toString());
    }

    @Test
    void readerFundedIndependenceIsADeclaration() {
        Document d = analyze("""
                Mayor Signs Harbour Deal

                The mayor signed the harbour deal on Friday after two years of talks with the port authority.
                The deal gives the city control of the old docks and the land around them for fifty years.

                We are reader-funded and independent. Become a member today for five euros a month.
                """);
        SignalResult n = d.signal(NeutralitySignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.FIRED, n.outcome(), n.reason());
        assertEquals(List.of("reader-funded and independent"), excerpts(n));
    }

    @Test
    void anIndependentInquiryIsNotADeclaration() {
        Document d = analyze("""
                Council Orders Harbour Inquiry

                The council ordered an independent inquiry into the harbour deal on Friday.
                The inquiry, led by a retired judge, is independent of the port authority and reports in May.
                """);
        SignalResult n = d.signal(NeutralitySignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.CLEAR, n.outcome(), excerpts(n).toString());
    }

    @Test
    void quotedAppealsAndPlainNewsDoNotFire() {
        Document d = analyze("""
                Charity Gala Raises Funds

                The children's hospital held its yearly gala on Saturday evening at the town hall.
                "Please donate today, every gift counts," said Ana Silva, who chairs the hospital board.
                Guests bid on paintings by local artists and raised more than forty thousand euros.
                """);
        SignalResult f = d.signal(FundraisingSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.CLEAR, f.outcome(), excerpts(f).toString());
        assertEquals(0.0, f.score(), 1e-9);
        assertEquals(SignalResult.Outcome.CLEAR, d.signal(NeutralitySignal.ID).orElseThrow().outcome());
    }

    @Test
    void newsletterAloneIsReportedWithoutFiring() {
        Document d = analyze("""
                Mayor Signs Harbour Deal

                The mayor signed the harbour deal on Friday after two years of talks with the port authority.
                The deal gives the city control of the old docks and the land around them for fifty years.
                Readers can subscribe to our newsletter for daily updates on the harbour works.
                """);
        SignalResult f = d.signal(FundraisingSignal.ID).orElseThrow();
        assertEquals(SignalResult.Outcome.CLEAR, f.outcome(), f.reason());
        assertTrue(f.measures().get("selfPromotion") >= 1, f.measures().toString());
        assertTrue(f.score() > 0, "promotion counts a little");
    }
}
