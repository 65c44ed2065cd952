package org.credence.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Progress of a batch on standard error: records done (of the total, once known), errors, rate
 * and the time left. On a terminal one line is redrawn in place (carriage return, no colour or
 * other escape codes) a few times a second; elsewhere (a log file, when forced with
 * {@code --progress}) a plain line is printed every {@link #LOG_INTERVAL_NANOS} instead.
 */
final class Progress {

    static final long TERMINAL_INTERVAL_NANOS = 250_000_000L;
    static final long LOG_INTERVAL_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start;
    private final LongSupplier clock;
    private final AtomicLong total = new AtomicLong(-1);
    private long done;
    private long errors;
    private long lastDraw;
    private int lastWidth;

    Progress(PrintWriter err, boolean terminal) {
        this(err, terminal, System::nanoTime);
    }

    Progress(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDraw = start;
    }

    /** Sets the number of records the run will do (from any thread), once counted. */
    void total(long n) {
        total.set(n);
    }

    /** One more record done. */
    void step(boolean error) {
        done++;
        errors += error ? 1 : 0;
        long now = clock.getAsLong();
        if (now - lastDraw >= (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
            lastDraw = now;
            draw(now);
        }
    }

    /** Draws the final state and ends the line. */
    void finish() {
        if (terminal) {
            draw(clock.getAsLong());
            err.print('\n');
            err.flush();
        }
    }

    /** The status line, e.g. {@code analyze  41% 4,100/10,000 records, 3 errors, 112 rec/s, ETA 0:52}. */
    String line(long now) {
        double sec = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / sec;
        long t = total.get();
        StringBuilder sb = new StringBuilder("analyze ");
        if (t >= 0) {
            sb.append(String.format(Locale.ROOT, "%3d%% %,d/%,d", t == 0 ? 100 : Math.min(100, done * 100 / t), done, t));
        } else {
            sb.append(String.format(Locale.ROOT, "%,d", done));
        }
        sb.append(String.format(Locale.ROOT, " records, %,d errors, %.0f rec/s, %s elapsed", errors, rate, clock((long) sec)));
        if (t >= 0 && rate > 0) {
            sb.append(", ETA ").append(clock((long) Math.ceil(Math.max(0, t - done) / rate)));
        }
        return sb.toString();
    }

    private void draw(long now) {
        String s = line(now);
        if (terminal) {
            int pad = Math.max(0, lastWidth - s.length());
            err.print("\r" + s + " ".repeat(pad));
            lastWidth = s.length();
        } else {
            err.println(s);
        }
        err.flush();
    }

    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /**
     * Whether standard error is a terminal. Java 17 cannot ask this directly; on Linux the
     * descriptor's link names the device ({@code /dev/pts/N}); elsewhere a console on standard
     * input and output stands in for it.
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return System.console() != null;
    }
}
