package org.credence.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credence.report.SummaryRow;
import org.junit.jupiter.api.Test;

/** The job in local[2] against the single-machine path, record by record. */
class AnalyzeJobIT {

    @Test
    void theJobGivesTheSameRowAsOneMachineForEveryRecord() throws IOException {
        CorpusRun run = CorpusRun.get();
        assertEquals(0, run.exitCode, run.stderr);
        List<SummaryRow> actual = run.actual();
        assertEquals(run.corpus.records(), run.expected.size(), "one single-machine row per non-blank line");
        assertEquals(run.expected.size(), actual.size(), "one Spark row per input record");
        Map<String, SummaryRow> byOrigin = actual.stream()
                .collect(Collectors.toMap(SummaryRow::origin, Function.identity(), (a, b) -> {
                    throw new AssertionError("two rows for " + a.origin());
                }));
        int differ = 0;
        StringBuilder first = new StringBuilder();
        for (SummaryRow want : run.expected) {
            SummaryRow got = byOrigin.get(want.origin());
            if (!want.equals(got)) {
                if (differ++ < 3) {
                    first.append("\n").append(want.origin()).append("\n  one machine: ").append(want).append("\n  spark:       ").append(got);
                }
            }
        }
        assertEquals(0, differ, differ + " of " + run.expected.size() + " rows differ:" + first);
    }

    @Test
    void everyBadLineIsAnErrorRowWithItsCodeAndLine() throws IOException {
        CorpusRun run = CorpusRun.get();
        Map<String, Long> codes = run.actual().stream().filter(r -> r.status().equals("error"))
                .collect(Collectors.groupingBy(SummaryRow::errorCode, Collectors.counting()));
        assertEquals(run.corpus.invalidJson(), codes.getOrDefault("json.invalid", 0L), codes.toString());
        assertEquals(run.corpus.notObject(), codes.getOrDefault("json.not-object", 0L), codes.toString());
        assertEquals(run.corpus.noContent(), codes.getOrDefault("record.no-content", 0L), codes.toString());
        SummaryRow bad = run.actual().stream().filter(r -> r.errorCode().equals("json.invalid")).findFirst().orElseThrow();
        String line = bad.origin().substring(bad.origin().lastIndexOf(':') + 1);
        assertTrue(bad.errorMessage().startsWith("invalid JSON on line " + line + ":"), bad.toString());
        assertTrue(bad.origin().startsWith(run.dir.toString()), bad.origin());
    }

    @Test
    void theCorpusExercisesThePipeline() throws IOException {
        CorpusRun run = CorpusRun.get();
        Map<String, Long> status = new HashMap<>();
        Map<String, Long> fired = new HashMap<>();
        for (SummaryRow r : run.actual()) {
            status.merge(r.status(), 1L, Long::sum);
            r.signalsFired().forEach(s -> fired.merge(s, 1L, Long::sum));
        }
        assertTrue(status.getOrDefault("ok", 0L) > run.corpus.records() * 9L / 10, status.toString());
        assertTrue(fired.size() >= 3, "signals fired: " + fired);
        assertTrue(run.stderr.contains(run.corpus.records() + " records ("), run.stderr);
    }

    @Test
    void thePipelineIsBuiltOncePerJvmNotPerRecordOrPartition() throws IOException {
        CorpusRun.get();
        assertEquals(1, SharedCredence.builds());
    }
}
