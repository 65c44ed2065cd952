package org.credence.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.credence.repair.mojibake.MojibakeRepairer;

/**
 * Measures {@link MojibakeRepairer} on files in ftfy's test-case format: a JSON list of objects
 * with {@code label}, {@code original}, {@code fixed} and optionally {@code fixed-encoding}.
 *
 * <p>The expected text of a case is {@code fixed-encoding} when present, else {@code fixed}. A case
 * "should change" when that differs from {@code original}. Ours is compared exactly: a changed case
 * is fixed when our output equals the expected text, else missed; an unchanged case is right when
 * our output equals the original, else a false positive. The identity baseline ("do nothing") is
 * scored the same way. ftfy's {@code fixed} may also apply ftfy's other fixes (uncurled quotes,
 * HTML entities); the shipped test files only do so where {@code fixed-encoding} says otherwise.
 */
public final class MojibakeEval {

    private MojibakeEval() {
    }

    /** The outcome of one case. */
    public record Outcome(String file, String label, boolean shouldChange, boolean correct,
                          String original, String expected, String actual) {

        public String kind() {
            if (shouldChange) {
                return correct ? "fixed" : "missed";
            }
            return correct ? "unchanged" : "false-positive";
        }
    }

    /** Counts for one file or for all. */
    public record Counts(String file, int cases, int fixed, int unchanged, int falsePositives,
                         int missed, int baselineCorrect) {

        public int correct() {
            return fixed + unchanged;
        }

        Counts plus(Counts o) {
            return new Counts(file, cases + o.cases, fixed + o.fixed, unchanged + o.unchanged,
                    falsePositives + o.falsePositives, missed + o.missed,
                    baselineCorrect + o.baselineCorrect);
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file);
            m.put("cases", cases);
            m.put("fixed", fixed);
            m.put("unchanged", unchanged);
            m.put("falsePositives", falsePositives);
            m.put("missed", missed);
            m.put("correct", correct());
            m.put("baselineCorrect", baselineCorrect);
            return m;
        }
    }

    /** Per-file counts, the total, and every case's outcome. */
    public record Result(List<Counts> files, Counts total, List<Outcome> outcomes) {

        public Result {
            files = List.copyOf(files);
            outcomes = List.copyOf(outcomes);
        }

        /** An aligned text table, one line per file and a total line. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            String fmt = "%-24s %6s %6s %10s %8s %7s %8s  %s%n";
            sb.append(String.format(fmt, "file", "cases", "fixed", "unchanged", "false+",
                    "missed", "correct", "baseline (identity) correct"));
            for (Counts c : files) {
                row(sb, fmt, c);
            }
            row(sb, fmt, total);
            return sb.toString();
        }

        private static void row(StringBuilder sb, String fmt, Counts c) {
            sb.append(String.format(fmt, c.file(), c.cases(), c.fixed(), c.unchanged(),
                    c.falsePositives(), c.missed(), c.correct() + "/" + c.cases(),
                    c.baselineCorrect() + "/" + c.cases()));
        }

        /** The figures as plain maps and lists, ready for a JSON writer. */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Object> fs = new ArrayList<>();
            for (Counts c : files) {
                fs.add(c.asMap());
            }
            m.put("files", fs);
            m.put("total", total.asMap());
            List<Object> wrong = new ArrayList<>();
            for (Outcome o : outcomes) {
                if (!o.correct()) {
                    Map<String, Object> w = new LinkedHashMap<>();
                    w.put("file", o.file());
                    w.put("label", o.label());
                    w.put("kind", o.kind());
                    w.put("expected", o.expected());
                    w.put("actual", o.actual());
                    wrong.add(w);
                }
            }
            m.put("wrong", wrong);
            return m;
        }
    }

    /**
     * Evaluates one JSON file, or every {@code *.json} file of a directory (sorted by name).
     *
     * @throws UncheckedIOException     if a file cannot be read
     * @throws IllegalArgumentException if a file is not a JSON list of cases
     */
    public static Result evaluate(Path file) {
        return evaluate(file, MojibakeRepairer.standard());
    }

    /** As {@link #evaluate(Path)}, with a given repairer. */
    public static Result evaluate(Path file, MojibakeRepairer repairer) {
        List<Path> paths = new ArrayList<>();
        if (Files.isDirectory(file)) {
            try (Stream<Path> s = Files.list(file)) {
                s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(paths::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            paths.add(file);
        }
        ObjectMapper json = new ObjectMapper();
        List<Counts> counts = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        Counts total = new Counts("TOTAL", 0, 0, 0, 0, 0, 0);
        for (Path p : paths) {
            JsonNode root;
            try {
                root = json.readTree(p.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p, e);
            }
            if (root == null || !root.isArray()) {
                throw new IllegalArgumentException("not a JSON list of cases: " + p);
            }
            String name = p.getFileName().toString();
            int cases = 0;
            int fixed = 0;
            int unchanged = 0;
            int fp = 0;
            int missed = 0;
            int base = 0;
            for (JsonNode c : root) {
                String original = c.path("original").asText();
                JsonNode fe = c.get("fixed-encoding");
                String expected = fe != null ? fe.asText() : c.path("fixed").asText(original);
                boolean change = !expected.equals(original);
                String actual = repairer.fix(original);
                boolean ok = change ? actual.equals(expected) : actual.equals(original);
                cases++;
                if (change) {
                    fixed += ok ? 1 : 0;
                    missed += ok ? 0 : 1;
                } else {
                    unchanged += ok ? 1 : 0;
                    fp += ok ? 0 : 1;
                    base++;
                }
                outcomes.add(new Outcome(name, c.path("label").asText(), change, ok, original,
                        expected, actual));
            }
            Counts fc = new Counts(name, cases, fixed, unchanged, fp, missed, base);
            counts.add(fc);
            total = total.plus(fc);
        }
        return new Result(counts, total, outcomes);
    }
}
