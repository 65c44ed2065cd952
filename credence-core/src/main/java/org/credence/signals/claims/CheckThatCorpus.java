package org.credence.signals.claims;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credence.ml.FeatureHashing;

/**
 * Reads CheckThat! 2019 task 1 data (political debates and speeches, one sentence a line with
 * its speaker and a 0/1 check-worthy label) into debates, and assigns each debate to a fixed
 * split.
 *
 * <p>Layouts: a CSV with a header naming {@code line_number, speaker, text, label} and
 * optionally {@code file_name} (the debate; without it the whole file is one debate), as the
 * shared {@code CT19-T1-Training.csv}; the official per-debate TSV files without header
 * ({@code line_number, speaker, text, label}), the file name naming the debate; or a folder of
 * either. Lines keep file order; a missing or unreadable label is an error.
 *
 * <p>Split rule ({@link #splitOf(String)}): the debate's name without its extension, its
 * {@link FeatureHashing#hash} modulo 10: 0–2 TEST (held out, never tuned on), 3–4 DEV (tuning),
 * 5–9 TRAIN.
 */
public final class CheckThatCorpus {

    private CheckThatCorpus() {
    }

    /** One transcript line. */
    public record Line(int number, String speaker, String text, boolean checkWorthy) {
    }

    /** One debate or speech: its name (file name without extension) and its lines in order. */
    public record Debate(String name, List<Line> lines) {
        public Debate {
            lines = List.copyOf(lines);
        }

        public int positives() {
            int n = 0;
            for (Line l : lines) {
                if (l.checkWorthy()) {
                    n++;
                }
            }
            return n;
        }
    }

    /** Where a debate falls. */
    public enum Split {
        TRAIN, DEV, TEST;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The split of a debate by the rule in the class comment. */
    public static Split splitOf(String debate) {
        int m = Math.floorMod(FeatureHashing.hash(baseName(debate)), 10);
        return m < 3 ? Split.TEST : m < 5 ? Split.DEV : Split.TRAIN;
    }

    /** Reads a CSV or TSV file, or every {@code .csv}/{@code .tsv} file under a folder (in name order). */
    public static List<Debate> read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(path)) {
                files = s.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".tsv"))
                        .sorted().toList();
            }
            List<Debate> all = new ArrayList<>();
            for (Path f : files) {
                all.addAll(read(f));
            }
            return all;
        }
        String name = path.getFileName().toString();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return name.endsWith(".tsv") ? readTsv(r, baseName(name)) : readCsv(r, baseName(name));
        }
    }

    static List<Debate> readCsv(Reader r, String fileName) throws IOException {
        Map<String, List<Line>> debates = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser p = CSVParser.parse(r, format)) {
            Map<String, Integer> header = p.getHeaderMap();
            for (String col : List.of("speaker", "text", "label")) {
                if (!header.containsKey(col)) {
                    throw new IOException("CheckThat CSV lacks the column '" + col + "' (has " + header.keySet() + ")");
                }
            }
            boolean hasFile = header.containsKey("file_name");
            boolean hasLine = header.containsKey("line_number");
            for (CSVRecord rec : p) {
                String debate = hasFile ? baseName(rec.get("file_name")) : fileName;
                List<Line> lines = debates.computeIfAbsent(debate, k -> new ArrayList<>());
                int number = hasLine ? parseInt(rec.get("line_number"), rec) : lines.size() + 1;
                lines.add(new Line(number, rec.get("speaker"), rec.get("text"), label(rec.get("label"), rec)));
            }
        }
        List<Debate> out = new ArrayList<>();
        debates.forEach((k, v) -> out.add(new Debate(k, v)));
        return out;
    }

    static List<Debate> readTsv(Reader r, String debate) throws IOException {
        CSVFormat format = CSVFormat.TDF.builder().setQuote(null).setIgnoreSurroundingSpaces(false).build();
        List<Line> lines = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(r, format)) {
            for (CSVRecord rec : p) {
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue;
                }
                if (rec.size() < 4) {
                    throw new IOException(debate + " line " + rec.getRecordNumber()
                            + ": expected line_number, speaker, text, label separated by tabs");
                }
                lines.add(new Line(parseInt(rec.get(0), rec), rec.get(1), rec.get(2), label(rec.get(3), rec)));
            }
        }
        return List.of(new Debate(debate, lines));
    }

    private static boolean label(String v, CSVRecord rec) throws IOException {
        return switch (v.strip()) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IOException("record " + rec.getRecordNumber() + ": label must be 0 or 1, not '" + v + "'");
        };
    }

    private static int parseInt(String v, CSVRecord rec) throws IOException {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IOException("record " + rec.getRecordNumber() + ": line number '" + v + "' is not a number");
        }
    }

    static String baseName(String name) {
        String n = name.strip();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
