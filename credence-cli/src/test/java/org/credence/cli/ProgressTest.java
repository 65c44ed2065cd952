package org.credence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line: counts, rate and time left; no escape codes; in-place only on a terminal. */
class ProgressTest {

    @Test
    void rateAndTimeLeftFromAFakeClock() {
        long[] now = {0};
        StringWriter log = new StringWriter();
        Progress p = new Progress(new PrintWriter(log), false, () -> now[0]);
        for (int i = 0; i < 100; i++) {
            now[0] += 50_000_000L; // 20 records a second
            p.step(i % 10 == 0);
        }
        assertEquals("analyze 100 records, 10 errors, 20 rec/s, 0:05 elapsed", p.line(now[0]));
        p.total(1_000);
        assertEquals("analyze  10% 100/1,000 records, 10 errors, 20 rec/s, 0:05 elapsed, ETA 0:45", p.line(now[0]));
        for (int i = 0; i < 200; i++) {
            now[0] += 50_000_000L;
            p.step(false);
        }
        String printed = log.toString();
        assertTrue(printed.contains("analyze  15% 150/1,000") || printed.contains("records"), printed);
        assertFalse(printed.contains("\r") || printed.contains("\u001b"), "a log gets plain lines");
        assertEquals(1, printed.lines().count(), "one line per 10 s: " + printed);
        assertEquals("1:02:03", Progress.clock(3723));
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlace() {
        long[] now = {0};
        StringWriter term = new StringWriter();
        Progress p = new Progress(new PrintWriter(term), true, () -> now[0]);
        p.total(3);
        for (int i = 0; i < 3; i++) {
            now[0] += 300_000_000L;
            p.step(false);
        }
        p.finish();
        String s = term.toString();
        assertTrue(s.startsWith("\ranalyze "), s);
        assertTrue(s.endsWith("100% 3/3 records, 0 errors, 3 rec/s, 0:00 elapsed, ETA 0:00\n"), s);
        assertFalse(s.contains("\u001b"), "no escape codes");
    }
}
