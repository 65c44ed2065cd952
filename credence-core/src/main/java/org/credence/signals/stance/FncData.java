package org.credence.signals.stance;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credence.ml.FeatureHashing;

/**
 * The FNC-1 stance data: a bodies file ({@code Body ID, articleBody}) and a stances file
 * ({@code Headline, Body ID, Stance}), as in the official training and competition-test sets.
 *
 * <p><b>Split rule</b> (by body, so no body is on two sides): {@code FeatureHashing.hash("fnc1-body:" + id)}
 * modulo 10 (non-negative) is 0 or 1 → TEST (held out, about 20 % of bodies), 2 → DEV (tuning,
 * about 10 %), otherwise TRAIN. Headlines may recur on both sides: FNC-1 pairs each claim's
 * headlines with several bodies.
 *
 * @param bodies body text by id
 * @param pairs  the labelled pairs, in file order
 */
public record FncData(Map<Integer, String> bodies, List<Pair> pairs) {

    /** The four stances, in the order the models and tables use. */
    public static final List<String> LABELS = List.of("unrelated", "discuss", "agree", "disagree");

    /** Sides of the split. */
    public enum Side { TRAIN, DEV, TEST }

    /**
     * One labelled pair.
     *
     * @param headline the headline
     * @param bodyId   the body's id
     * @param stance   index into {@link #LABELS}
     */
    public record Pair(String headline, int bodyId, int stance) {
    }

    public FncData {
        bodies = Map.copyOf(bodies);
        pairs = List.copyOf(pairs);
    }

    /** The side of a body id. */
    public static Side side(int bodyId) {
        int m = Math.floorMod(FeatureHashing.hash("fnc1-body:" + bodyId), 10);
        return m < 2 ? Side.TEST : m == 2 ? Side.DEV : Side.TRAIN;
    }

    /** Reads a bodies file and a stances file; every pair's body must be present. */
    public static FncData read(Path bodiesCsv, Path stancesCsv) throws IOException {
        Map<Integer, String> bodies = new HashMap<>();
        for (CSVRecord r : records(bodiesCsv)) {
            bodies.put(Integer.parseInt(r.get("Body ID").strip()), r.get("articleBody"));
        }
        List<Pair> pairs = new ArrayList<>();
        for (CSVRecord r : records(stancesCsv)) {
            int id = Integer.parseInt(r.get("Body ID").strip());
            if (!bodies.containsKey(id)) {
                throw new IOException(stancesCsv + " line " + r.getRecordNumber() + ": no body " + id + " in " + bodiesCsv);
            }
            String s = r.get("Stance").strip().toLowerCase(Locale.ROOT);
            int y = LABELS.indexOf(s);
            if (y < 0) {
                throw new IOException(stancesCsv + " line " + r.getRecordNumber() + ": unknown stance '" + s + "'");
            }
            pairs.add(new Pair(r.get("Headline"), id, y));
        }
        return new FncData(bodies, pairs);
    }

    /** The pairs whose body lies on one of {@code sides}. */
    public List<Pair> on(Side... sides) {
        List<Side> want = List.of(sides);
        return pairs.stream().filter(p -> want.contains(side(p.bodyId()))).toList();
    }

    private static List<CSVRecord> records(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return parser.getRecords();
        }
    }
}
