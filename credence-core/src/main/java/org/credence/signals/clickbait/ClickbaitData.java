package org.credence.signals.clickbait;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.credence.ml.FeatureHashing;

/**
 * The headline sets in the layout of Chakraborty et al. (2016): files named
 * {@code clickbait_data*.txt} hold clickbait headlines, {@code non_clickbait_data*.txt} others,
 * one headline a line (blank lines skipped; {@code .gz} allowed).
 *
 * <p>Split rule, fixed: the key of a headline is its text lower-cased with runs of white space
 * made one space and trimmed; {@code FeatureHashing.hash(key) mod 10} gives 0–1 TEST (held out,
 * about 20 %), 2 DEV (tuning, about 10 %), 3–9 TRAIN. Headlines that differ only in case or
 * spacing fall on the same side. The set has no group (outlet) labels, so no grouping is
 * possible beyond that.
 */
public final class ClickbaitData {

    /** Where a headline falls. */
    public enum Part { TRAIN, DEV, TEST }

    /**
     * One labelled headline.
     *
     * @param text      the headline as in the file
     * @param clickbait its label
     * @param file      the file name it came from
     */
    public record Headline(String text, boolean clickbait, String file) {

        /** The side of the fixed split this headline falls on. */
        public Part part() {
            return ClickbaitData.part(text);
        }

        /** Whether the file is one of the set's training files (its name contains "train"). */
        public boolean fromTrainingFile() {
            return file.toLowerCase(Locale.ROOT).contains("train");
        }
    }

    private ClickbaitData() {
    }

    /** The split key of a headline. */
    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The part of the fixed split a headline falls on. */
    public static Part part(String text) {
        int bucket = Math.floorMod(FeatureHashing.hash(key(text)), 10);
        return bucket <= 1 ? Part.TEST : bucket == 2 ? Part.DEV : Part.TRAIN;
    }

    /** Whether a file name belongs to the set, and on which side: null when it does not. */
    static Boolean label(String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        if (!(f.endsWith(".txt") || f.endsWith(".txt.gz"))) {
            return null;
        }
        if (f.startsWith("non_clickbait_data")) {
            return false;
        }
        return f.startsWith("clickbait_data") ? true : null;
    }

    /** The set's files in {@code dir} (not recursive), sorted by name. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && label(p.getFileName().toString()) != null)
                    .sorted().toList();
        }
    }

    /** Every headline of the set's files in {@code dir}; throws when there are none. */
    public static List<Headline> read(Path dir) throws IOException {
        List<Path> files = files(dir);
        if (files.isEmpty()) {
            throw new IOException("no clickbait_data*.txt or non_clickbait_data*.txt files in " + dir);
        }
        List<Headline> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            boolean clickbait = label(name);
            try (InputStream raw = Files.newInputStream(f);
                 InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String h = line.strip();
                    if (!h.isEmpty()) {
                        out.add(new Headline(h, clickbait, name));
                    }
                }
            }
        }
        return out;
    }
}
