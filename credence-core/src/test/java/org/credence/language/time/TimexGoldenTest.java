package org.credence.language.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.language.quantity.Quantities;
import org.credence.model.Quantity;
import org.credence.model.Sentence;
import org.credence.model.TimeExpression;
import org.credence.model.Token;
import org.credence.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code golden/timex/*.txt} through the time expressions (article date Tuesday
 * 2019-11-19) and the quantities, compared whole with its {@code .expected.json}: one line per
 * expression ({@code start end KIND value | text}). Regenerate with {@code -Dcredence.golden.update=true}.
 */
class TimexGoldenTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        return Golden.cases("timex", (name, text) -> {
            List<Token> tokens = tokenizer.tokenize(text);
            List<Sentence> sentences = splitter.split(text, tokens);
            List<TimeExpression> times = new TimeExpressions().find(text, tokens, sentences, LocalDate.of(2019, 11, 19));
            List<Quantity> qs = new Quantities().find(text, tokens, sentences);
            StringBuilder sb = new StringBuilder("{\n  \"times\": [\n");
            for (int k = 0; k < times.size(); k++) {
                TimeExpression t = times.get(k);
                sb.append("    ").append(json(t.span().start() + " " + t.span().end() + " " + t.kind() + " " + t.value()
                        + (t.relative() ? " rel" : "") + " | " + t.text(text))).append(k + 1 < times.size() ? ",\n" : "\n");
            }
            sb.append("  ],\n  \"quantities\": [\n");
            for (int k = 0; k < qs.size(); k++) {
                Quantity q = qs.get(k);
                assertEquals(q.text(), q.span().in(text), name);
                sb.append("    ").append(json(q.span().start() + " " + q.span().end() + " " + q.kind() + " " + q.value()
                        + " " + q.unit() + (q.approximate() ? " ~" : "") + " | " + q.text())).append(k + 1 < qs.size() ? ",\n" : "\n");
            }
            sb.append("  ]\n}\n");
            return sb.toString();
        });
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
