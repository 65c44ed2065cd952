package org.credence.language.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.model.Sentence;
import org.credence.model.TimeExpression;
import org.credence.model.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Against Tuesday 2019-11-19 unless a case names another date. */
class TimeExpressionsTest {

    static final LocalDate TUESDAY = LocalDate.of(2019, 11, 19);
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final TimeExpressions TIMEX = new TimeExpressions();

    /** Each expression as {@code text=KIND value}; spans are checked to be exact. */
    static String describe(String text, LocalDate date) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        List<Sentence> sentences = SPLITTER.split(text, tokens);
        List<TimeExpression> found = TIMEX.find(text, tokens, sentences, date);
        return found.stream().map(t -> t.text(text) + "=" + t.kind() + " " + t.value()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It happened on November 19, 2019.           | November 19, 2019=DATE 2019-11-19
            It happened on 19 November 2019.            | 19 November 2019=DATE 2019-11-19
            It happened on the 19th of November 2019.   | 19th of November 2019=DATE 2019-11-19
            The vote is on Nov. 25.                     | Nov. 25=DATE 2019-11-25
            The vote is on Dec. 28.                     | Dec. 28=DATE 2019-12-28
            The vote is on Jan. 5.                      | Jan. 5=DATE 2020-01-05
            He spoke on Tuesday, Nov. 19, 2019.         | Tuesday, Nov. 19, 2019=DATE 2019-11-19
            The file is dated 2019-11-19.               | 2019-11-19=DATE 2019-11-19
            The file is dated 11/19/2019.               | 11/19/2019=DATE 2019-11-19
            The file is dated 19/11/2019.               | 19/11/2019=DATE 2019-11-19
            The file is dated 03/04/2019.               | 03/04/2019=DATE 2019-03-04
            The file is dated 19.11.2019.               | 19.11.2019=DATE 2019-11-19
            Sales rose in 2019.                         | 2019=DATE 2019
            Sales rose in November.                     | November=DATE 2019-11
            Sales rose in December.                     | December=DATE 2018-12
            Sales will rise in December.                | December=DATE 2019-12
            Sales rose in November 2018.                | November 2018=DATE 2018-11
            Sales rose last year.                       | last year=DATE 2018
            Sales rose this month.                      | this month=DATE 2019-11
            Sales rose last month.                      | last month=DATE 2019-10
            Sales rose last week.                       | last week=DATE 2019-11-11/2019-11-17
            Sales rose this week.                       | this week=DATE 2019-11-18/2019-11-24
            Sales rose early this week.                 | early this week=DATE 2019-11-18/2019-11-20
            Sales rose late last week.                  | late last week=DATE 2019-11-14/2019-11-17
            Sales rose earlier this week.               | earlier this week=DATE 2019-11-18/2019-11-18
            Sales rose last weekend.                    | last weekend=DATE 2019-11-16/2019-11-17
            He left yesterday.                          | yesterday=DATE 2019-11-18
            He left yesterday morning.                  | yesterday morning=DATE 2019-11-18TMO
            He leaves tomorrow.                         | tomorrow=DATE 2019-11-20
            He left last night.                         | last night=DATE 2019-11-18TNI
            He spoke on Monday.                         | Monday=DATE 2019-11-18
            He spoke on Tuesday.                        | Tuesday=DATE 2019-11-19
            He spoke on Friday.                         | Friday=DATE 2019-11-15
            He will speak on Friday.                    | Friday=DATE 2019-11-22
            He said on Friday that he will run.         | Friday=DATE 2019-11-15
            She said on Monday that hearings would follow next week. | Monday=DATE 2019-11-18; next week=DATE 2019-11-25/2019-12-01
            Officials on Friday announced a plan to meet next month. | Friday=DATE 2019-11-15; next month=DATE 2019-12
            He will speak on Friday, his office said.   | Friday=DATE 2019-11-22
            The meeting will be held on Friday.         | Friday=DATE 2019-11-22
            The vote was held on Friday.                | Friday=DATE 2019-11-15
            It lost money in the year to September, and it will close stores next year. | September=DATE 2019-09; next year=DATE 2020
            The company will report its results in September. | September=DATE 2020-09
            Next year, he said, they will meet on Friday. | Next year=DATE 2020; Friday=DATE 2019-11-22
            He will speak next Friday.                  | next Friday=DATE 2019-11-29
            He spoke last Friday.                       | last Friday=DATE 2019-11-15
            He left two days ago.                       | two days ago=DATE 2019-11-17
            He left a year ago.                         | a year ago=DATE 2018
            He left three weeks ago.                    | three weeks ago=DATE 2019-W44
            It was big in the 1990s.                    | the 1990s=DATE 199X
            It was big in the ’90s.                     | the ’90s=DATE 199X
            It starts at 10:30 a.m.                     | 10:30 a.m.=TIME T10:30
            It starts at 3 p.m. ET.                     | 3 p.m. ET=TIME T15:00-05:00
            It starts at 3pm GMT.                       | 3pm GMT=TIME T15:00Z
            It starts on Nov. 20 at 3 p.m.              | Nov. 20 at 3 p.m.=DATETIME 2019-11-20T15:00
            He served for three years.                  | three years=DURATION P3Y
            The trial lasted 10 days.                   | 10 days=DURATION P10D
            He worked there for years.                  | years=DURATION PXY
            It signed a 10-year deal.                   | 10-year=DURATION P10Y
            Prices rose over the past three years.      | past three years=DURATION P3Y
            They meet every Monday and publish daily.   | every Monday=SET XXXX-WXX-1; daily=SET P1D
            It ran from 2010 to 2015.                   | 2010 to 2015=RANGE 2010/2015
            It ran between 2010 and 2015.               | 2010 and 2015=RANGE 2010/2015
            It ran in 2010–2015.                        | 2010–2015=RANGE 2010/2015
            The 2019-20 season.                         | 2019-20=RANGE 2019/2020
            It ran from Monday to Wednesday.            | Monday to Wednesday=RANGE 2019-11-18/2019-11-13
            Prices rose in early November.              | early November=DATE 2019-11-01/2019-11-10
            Prices rose in late 2018.                   | late 2018=DATE 2018-09/2018-12
            It has risen recently and will fall soon.   | recently=DATE PAST_REF; soon=DATE FUTURE_REF
            Prices rose in recent years.                | recent years=DATE PAST_REF
            Prices rose in the 2016 election.           | 2016=DATE 2016
            """)
    void english(String text, String expected) {
        assertEquals(expected.strip(), describe(text.strip(), TUESDAY), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2020-01-15 | Sales rose last month.     | last month=DATE 2019-12
            2020-01-15 | Sales rose last year.      | last year=DATE 2019
            2019-12-31 | Sales rose this week.      | this week=DATE 2019-12-30/2020-01-05
            2019-12-31 | It is week 1: see this week.| this week=DATE 2019-12-30/2020-01-05
            2020-01-01 | Sales rose last week.      | last week=DATE 2019-12-23/2019-12-29
            2020-03-01 | He left yesterday.         | yesterday=DATE 2020-02-29
            2019-03-01 | He left yesterday.         | yesterday=DATE 2019-02-28
            2020-03-01 | It was on Feb. 29.         | Feb. 29=DATE 2020-02-29
            2019-11-18 | Sales rose earlier this week.| earlier this week=DATE PAST_REF
            2020-01-02 | The vote was on Dec. 30.   | Dec. 30=DATE 2019-12-30
            2019-07-01 | Sales rose 3 days ago.     | 3 days ago=DATE 2019-06-28
            """)
    void boundaries(String date, String text, String expected) {
        assertEquals(expected.strip(), describe(text.strip(), LocalDate.parse(date.strip())), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The Daily Mail and the Weekly Standard ran it.   | ''
            Daily Patriot Wire staff wrote the story.        | ''
            The Daily Mail ran it daily.                     | daily=SET P1D
            Daily checks began on Monday.                    | Daily=SET P1D; Monday=DATE 2019-11-18
            """)
    void frequencyWordsInsideNamesAreNotTimes(String text, String expected) {
        assertEquals(expected.strip(), describe(text.strip(), TUESDAY), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            He left yesterday.            | yesterday=DATE PAST_REF
            He spoke on Tuesday.          | Tuesday=DATE XXXX-WXX-2
            The vote is on Nov. 25.       | Nov. 25=DATE XXXX-11-25
            Sales rose last week.         | last week=DATE PAST_REF
            It starts at 3 p.m. ET.       | 3 p.m. ET=TIME T15:00
            Sales rose in 2019.           | 2019=DATE 2019
            """)
    void withoutArticleDate(String text, String expected) {
        assertEquals(expected.strip(), describe(text.strip(), null), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The court ruled in a 5–4 vote.
            The tax is $2019 a year.
            He lives in Room 101.
            About 2000 people marched.
            It may rain and troops march.
            The score was 2-1 after 24/7 coverage.
            Он сказал, что 19 ноября 2019 года всё закончилось.
            He came 21st of 30 runners.
            """)
    void notTimes(String text) {
        assertEquals("", describe(text.strip(), TUESDAY).replaceAll("years?=DURATION P1Y", ""), text);
    }
}
