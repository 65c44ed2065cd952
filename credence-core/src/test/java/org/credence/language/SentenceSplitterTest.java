package org.credence.language;

import org.credence.model.Token;
import org.credence.model.Sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.credence.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sharp edges of {@link SentenceSplitter}: each case is an input and its sentences joined by " || ". */
class SentenceSplitterTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private String sentences(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<Sentence> ss = splitter.split(text, tokens);
        TokenChecks.sentences(text, tokens, ss, text);
        return ss.stream().map(s -> s.text(text).replace("\n", "\\n")).collect(Collectors.joining(" || "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        "He left. She stayed.                         => ~He left. || She stayed.~",
        "Really?! Yes... It is.                       => ~Really?! || Yes... || It is.~",
        "Wait… what happened?                         => ~Wait… what happened?~",
        "Dr. Smith met Mr. Jones. They talked.        => ~Dr. Smith met Mr. Jones. || They talked.~",
        "Gen. Milley and Sen. Warren spoke.           => ~Gen. Milley and Sen. Warren spoke.~",
        "He lives in the U.S. He works there.         => ~He lives in the U.S. || He works there.~",
        "The U.S. President spoke.                    => ~The U.S. President spoke.~",
        "U.S. officials said so.                      => ~U.S. officials said so.~",
        "Shares of Apple Inc. The company fell.       => ~Shares of Apple Inc. || The company fell.~",
        "Apple Inc. CEO Tim Cook said so.             => ~Apple Inc. CEO Tim Cook said so.~",
        "J. K. Rowling and George W. Bush met.        => ~J. K. Rowling and George W. Bush met.~",
        "He chose plan B. The rest followed.          => ~He chose plan B. || The rest followed.~",
        "No. 10 said it. St. Paul agreed.             => ~No. 10 said it. || St. Paul agreed.~",
        "fruit, e.g. Apples and Pears.                => ~fruit, e.g. Apples and Pears.~",
        "It ended at 10 a.m. Police then left.        => ~It ended at 10 a.m. || Police then left.~",
        "at 10 a.m. EST on Monday.                    => ~at 10 a.m. EST on Monday.~",
        "~\"He left.\" She said so.~                  => ~\"He left.\" || She said so.~",
        "~\"He left,\" she said. \"Then he came back.~  => ~\"He left,\" she said. || \"Then he came back.~",
        "~\"He left. She stayed. We all did,\" he said.~  => ~\"He left. || She stayed. || We all did,\" he said.~",
        "“Why?” he asked.                             => ~“Why?” he asked.~",
        "(He left.) Then she did.                     => ~(He left.) || Then she did.~",
        "It rose 3.2% in 2019. Then it fell.          => ~It rose 3.2% in 2019. || Then it fell.~",
        "It was 2019.It was late.                     => ~It was 2019. || It was late.~",
        "Visit example.com. It works.                 => ~Visit example.com. || It works.~",
        "Yahoo! said so, eBay said.                   => ~Yahoo! said so, eBay said.~",
        "He left. eBay fell.                          => ~He left. || eBay fell.~",
        "Headline Without Period                      => ~Headline Without Period~",
    })
    void sentences(String input, String expected) {
        assertEquals(expected, sentences(input.strip()), input);
    }

    @Test
    void paragraphBreaksAlwaysEnd() {
        assertEquals("Talks Collapse || The talks ended on Monday || and nobody said why.",
                sentences("Talks Collapse\n\nThe talks ended on Monday\n\nand nobody said why."));
        assertEquals("Dr. || Smith", sentences("Dr.\n\nSmith"));
        assertEquals("One || Two", sentences("One\r\n\r\nTwo"));
        assertEquals("One || Two", sentences("One\u2029Two"));
    }

    @Test
    void headingLinesEndWithoutPunctuation() {
        assertEquals("Regional Ministers Agree Water Deal || By Marta Kowalczyk || NAIROBI (Reuters) - Ministers agreed on Monday.",
                sentences("Regional Ministers Agree Water Deal\nBy Marta Kowalczyk\nNAIROBI (Reuters) - Ministers agreed on Monday."));
    }

    @Test
    void wrappedProseIsNotCut() {
        assertEquals("The minister said on Monday that the\\nagreement would hold for\\nPresident Ruto and others.",
                sentences("The minister said on Monday that the\nagreement would hold for\nPresident Ruto and others."));
        assertEquals("Ministers met in Nairobi on Monday,\\nTuesday and Wednesday.",
                sentences("Ministers met in Nairobi on Monday,\nTuesday and Wednesday."));
        assertEquals("The deal was signed by Kenya and\\nEthiopia late on Monday after\\nlong talks.",
                sentences("The deal was signed by Kenya and\nEthiopia late on Monday after\nlong talks."));
    }

    @Test
    void listItemsEndAtTheirLine() {
        assertEquals("The deal sets: || - quotas for each country || - a joint commission || 1. a review in 2030",
                sentences("The deal sets:\n- quotas for each country\n- a joint commission\n1. a review in 2030"));
    }

    @Test
    void emptyAndBadInput() {
        assertEquals(List.of(), splitter.split("", List.of()));
        assertEquals(List.of(), splitter.split("   ", tokenizer.tokenize("   ")));
        List<Token> overlapping = List.of(new Token(new Span(0, 3), Token.Kind.WORD), new Token(new Span(2, 4), Token.Kind.WORD));
        assertThrows(IllegalArgumentException.class, () -> splitter.split("abcd", overlapping));
        assertThrows(IllegalArgumentException.class, () -> splitter.split("ab", List.of(new Token(new Span(0, 3), Token.Kind.WORD))));
    }
}
