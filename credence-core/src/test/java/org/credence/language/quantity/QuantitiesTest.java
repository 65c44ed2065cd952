package org.credence.language.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.model.Quantity;
import org.credence.model.Sentence;
import org.credence.model.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final Quantities QUANTITIES = new Quantities();

    /** Each quantity as {@code text=KIND value unit}, values printed without a trailing .0; "~" marks approximate. */
    static String describe(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        List<Sentence> sentences = SPLITTER.split(text, tokens);
        List<Quantity> qs = QUANTITIES.find(text, tokens, sentences);
        for (Quantity q : qs) {
            assertEquals(q.text(), text.substring(q.span().start(), q.span().end()), "span of " + q);
        }
        return qs.stream().map(q -> q.text() + "=" + q.kind() + " " + num(q.value()) + (q.unit().isEmpty() ? "" : " " + q.unit())
                + (q.approximate() ? " ~" : "")).collect(Collectors.joining("; "));
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The deal was worth $2.3 million.                 | $2.3 million=MONEY 2300000 USD
            It raised US$5bn in bonds.                       | US$5bn=MONEY 5000000000 USD
            It cost €1.5bn.                                  | €1.5bn=MONEY 1500000000 EUR
            Sales fell to £300m last year.                   | £300m=MONEY 300000000 GBP
            A fine of ¥5,000 was paid.                       | ¥5,000=MONEY 5000 JPY
            The bill was ₽100 and ₴250.                      | ₽100=MONEY 100 RUB; ₴250=MONEY 250 UAH
            He paid 20 euros and 5 million dollars.          | 20 euros=MONEY 20 EUR; 5 million dollars=MONEY 5000000 USD
            It cost 3 billion roubles or 2 million hryvnias. | 3 billion roubles=MONEY 3000000000 RUB; 2 million hryvnias=MONEY 2000000 UAH
            They paid 10 million rubles.                     | 10 million rubles=MONEY 10000000 RUB
            A loan of USD 5 million was agreed.              | USD 5 million=MONEY 5000000 USD
            A loan of 5 million EUR was agreed.              | 5 million EUR=MONEY 5000000 EUR
            It costs 25 € now.                               | 25 €=MONEY 25 EUR
            He paid C$40 and HK$1.2bn.                       | C$40=MONEY 40 CAD; HK$1.2bn=MONEY 1200000000 HKD
            It cost 4 billion Canadian dollars.              | 4 billion Canadian dollars=MONEY 4000000000 CAD
            It cost 2 million pounds.                        | 2 million pounds=MONEY 2000000 GBP
            He lost 20 pounds in a month.                    | 20 pounds=MEASURE 20 lb
            The tax costs $2019 a year.                      | $2019=MONEY 2019 USD
            Inflation rose 3.2% in October.                  | 3.2%=PERCENT 3.2 %
            Inflation rose 3.2 percent.                      | 3.2 percent=PERCENT 3.2 %
            Inflation rose 3.2 per cent.                     | 3.2 per cent=PERCENT 3.2 %
            Rates rose 2 percentage points.                  | 2 percentage points=PERCENT 2 pp
            Output fell -0.5% after a 1.5 % rise.            | -0.5%=PERCENT -0.5 %; 1.5 %=PERCENT 1.5 %
            Police said 300 people were hurt.                | 300 people=COUNT 300 people
            Some 2,000 troops crossed.                       | 2,000 troops=COUNT 2000 troops ~
            About 2,000 Russian troops crossed.              | 2,000 Russian troops=COUNT 2000 troops ~
            Three people died and 1.5 million fled.          | Three people=COUNT 3 people; 1.5 million=COUNT 1500000
            A dozen houses burned.                           | A dozen houses=COUNT 12 houses
            Hundreds of people marched.                      | Hundreds of people=COUNT 200 people ~
            Tens of thousands of people marched.             | Tens of thousands of people=COUNT 20000 people ~
            It took 10 days and three years.                 | 10 days=DURATION 10 day; three years=DURATION 3 year
            The pipeline is 1,200 km long.                   | 1,200 km=MEASURE 1200 km
            A 5km race and a 10-mile walk.                   | 5km=MEASURE 5 km
            It was 20 °C and then -5°C.                      | 20 °C=MEASURE 20 °C; -5°C=MEASURE -5 °C
            It was 30 degrees Celsius.                       | 30 degrees Celsius=MEASURE 30 °C
            Output is 2 million barrels per day.             | 2 million barrels per day=MEASURE 2000000 bbl/d
            It weighs 40 tonnes.                             | 40 tonnes=MEASURE 40 t
            The crowd was 25’000 people.                     | 25’000 people=COUNT 25000 people
            The crowd was 25'000 people.                     | 25'000 people=COUNT 25000 people
            The crowd was 25 000 people.                     | 25 000 people=COUNT 25000 people
            It grew between 10 and 20 percent.               | 10=PERCENT 10 %; 20 percent=PERCENT 20 %
            It grew 10-20%.                                  | 10=PERCENT 10 %; 20%=PERCENT 20 %
            It cost $10-20 million.                          | $10=MONEY 10000000 USD; 20 million=MONEY 20000000 USD
            From 10 to 20 people came.                       | 10=COUNT 10 people; 20 people=COUNT 20 people
            """)
    void english(String text, String expected) {
        assertEquals(expected.strip(), describe(text.strip()), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Der Umsatz stieg auf 25.000,50 Euro.                  | 25.000,50 Euro=MONEY 25000.5 EUR
            Die Kosten lagen bei 1,5 Mrd Euro, nicht 2,25 Mrd.    | 1,5 Mrd Euro=MONEY 1500000000 EUR; 2,25 Mrd.=COUNT 2250000000
            Es kostet 25.000 Euro, 3,5 Prozent mehr.              | 25.000 Euro=MONEY 25000 EUR; 3,5 Prozent=PERCENT 3.5 %
            Es kostet 25 000,50 Euro.                             | 25 000,50 Euro=MONEY 25000.5 EUR
            Il costo è di 1,5 milioni.                            | 
            Он заплатил 100 ₽ и 5 млн рублей.                     | 100 ₽=MONEY 100 RUB
            """)
    void otherLocales(String text, String expected) {
        assertEquals(expected == null ? "" : expected.strip(), describe(text.strip()), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The court ruled in a 5–4 vote.
            He lives in Room 101.
            In 2019 cases rose.
            The game ended 2-1 at 10:30 on 2019-11-19.
            It was open 24/7 in the 1990s and on the 21st.
            One of the men left.
            Boeing 737 jets were grounded.
            COVID-19 spread to G7 nations.
            """)
    void notQuantities(String text) {
        assertEquals("", describe(text.strip()), text);
    }
}
