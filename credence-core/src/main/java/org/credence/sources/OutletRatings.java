package org.credence.sources;

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
import org.apache.commons.csv.CSVRecord;
import org.credence.model.Metadata;
import org.credence.model.SourceRating;

/**
 * What public datasets say about outlets, looked up by an article's URL or source field.
 *
 * <p>Credence ships no outlet ratings: the public lists carry no licence (Baly et al.'s Media
 * Bias/Fact Check labels) or LGPL-3.0 (OpenSources), neither of which an Apache-2.0 artifact can
 * bundle. Operators point Credence at their own copy with {@link #load}. Immutable and
 * thread-safe once loaded.
 *
 * <p>Formats read by {@link #load} (a file, or a directory searched for them):
 * <ul>
 *   <li>{@code corpus.tsv} of ramybaly/News-Media-Reliability (columns {@code source_url, ref,
 *       fact, bias}): dataset {@code mbfc-baly2018} under {@code emnlp18/}, {@code mbfc-baly2020}
 *       under {@code acl2020/}, else {@code mbfc};</li>
 *   <li>{@code sources.csv} of OpenSources (domain, type, 2nd type, 3rd type, notes): dataset
 *       {@code opensources};</li>
 *   <li>any other {@code .tsv} with a header {@code outlet, factuality, bias, types,
 *       reference} (types separated by {@code ;}): dataset named after the file.</li>
 * </ul>
 */
public final class OutletRatings {

    /** No ratings: every lookup is empty. */
    public static final OutletRatings NONE = new OutletRatings(Map.of(), 0);

    private final Map<String, List<Entry>> byHost;
    private final int size;

    private record Entry(String path, SourceRating rating) {
    }

    private OutletRatings(Map<String, List<Entry>> byHost, int size) {
        this.byHost = byHost;
        this.size = size;
    }

    /** Number of ratings held. */
    public int size() {
        return size;
    }

    /**
     * Loads the ratings in a file or under a directory.
     *
     * @throws IOException when nothing readable in a known format is found, or a file cannot be read
     */
    public static OutletRatings load(Path path) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (var walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(OutletRatings::known).sorted().forEach(files::add);
            }
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        } else {
            throw new IOException("no outlet ratings at " + path + ": not a file or directory");
        }
        Map<String, List<Entry>> byHost = new HashMap<>();
        int n = 0;
        for (Path f : files) {
            n += read(f, byHost);
        }
        if (n == 0) {
            throw new IOException("no outlet ratings read from " + path
                    + " (expected corpus.tsv, sources.csv or a .tsv with outlet, factuality, bias, types, reference)");
        }
        Map<String, List<Entry>> frozen = new HashMap<>();
        byHost.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new OutletRatings(Map.copyOf(frozen), n);
    }

    private static boolean known(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("sources.csv") || name.endsWith(".tsv");
    }

    private static int read(Path f, Map<String, List<Entry>> into) throws IOException {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        CSVFormat fmt = (name.endsWith(".csv") ? CSVFormat.RFC4180 : CSVFormat.TDF).builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true).build();
        int n = 0;
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             var parser = fmt.parse(r)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (CSVRecord rec : parser) {
                SourceRatingRow row = row(f, name, header, rec);
                if (row == null) {
                    continue;
                }
                Outlets.Key key = Outlets.parse(row.outlet);
                if (key == null) {
                    continue;
                }
                SourceRating rating = new SourceRating(key.display(), "", row.dataset, row.factuality,
                        row.bias, row.types, row.reference);
                into.computeIfAbsent(key.host(), k -> new ArrayList<>()).add(new Entry(key.path(), rating));
                n++;
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException("cannot read outlet ratings " + f + ": " + e.getMessage(), e);
        }
        return n;
    }

    private record SourceRatingRow(String outlet, String dataset, String factuality, String bias,
                                   List<String> types, String reference) {
    }

    private static SourceRatingRow row(Path f, String name, Map<String, Integer> header, CSVRecord rec) {
        if (header.containsKey("source_url") && header.containsKey("fact")) {
            String parent = f.getParent() == null ? "" : f.getParent().getFileName().toString();
            String dataset = parent.contains("emnlp18") ? "mbfc-baly2018"
                    : parent.contains("acl2020") ? "mbfc-baly2020" : "mbfc";
            return new SourceRatingRow(get(rec, "source_url"), dataset, get(rec, "fact"),
                    get(rec, "bias"), List.of(), get(rec, "ref"));
        }
        if (name.equals("sources.csv") && header.containsKey("type")) {
            List<String> types = new ArrayList<>();
            for (String col : List.of("type", "2nd type", "3rd type")) {
                String t = get(rec, col).toLowerCase(Locale.ROOT);
                if (!t.isEmpty() && !types.contains(t)) {
                    types.add(t);
                }
            }
            String outlet = rec.size() > 0 ? rec.get(0) : "";
            return new SourceRatingRow(outlet, "opensources", "", "", types, "");
        }
        if (header.containsKey("outlet")) {
            List<String> types = new ArrayList<>();
            for (String t : get(rec, "types").split(";")) {
                if (!t.isBlank()) {
                    types.add(t.strip());
                }
            }
            String dataset = name.substring(0, name.lastIndexOf('.'));
            return new SourceRatingRow(get(rec, "outlet"), dataset, get(rec, "factuality"),
                    get(rec, "bias"), types, get(rec, "reference"));
        }
        return null;
    }

    private static String get(CSVRecord rec, String column) {
        return rec.isMapped(column) && rec.isSet(column) ? rec.get(column).strip() : "";
    }

    /**
     * The ratings of the record's outlet: its {@code url} first, then its {@code source} field
     * when that is domain-like. A rating for a path ({@code example.com/opinion}) applies only
     * to URLs under that path; the most specific host wins (a rating of
     * {@code news.example.com} before one of {@code example.com}). One rating per dataset.
     */
    public List<SourceRating> lookup(Metadata metadata) {
        if (byHost.isEmpty()) {
            return List.of();
        }
        List<SourceRating> out = lookup(Outlets.parse(metadata.url()), "url");
        return out.isEmpty() ? lookup(Outlets.parse(metadata.source()), "source") : out;
    }

    private List<SourceRating> lookup(Outlets.Key key, String matchedFrom) {
        if (key == null) {
            return List.of();
        }
        Map<String, SourceRating> byDataset = new java.util.LinkedHashMap<>();
        for (String host : Outlets.hostAndParents(key.host())) {
            List<Entry> entries = byHost.getOrDefault(host, List.of());
            // path-specific ratings first, longest path first
            List<Entry> sorted = new ArrayList<>(entries);
            sorted.sort((a, b) -> Integer.compare(b.path().length(), a.path().length()));
            for (Entry e : sorted) {
                boolean applies = e.path().isEmpty()
                        || (host.equals(key.host()) && (key.path().equals(e.path()) || key.path().startsWith(e.path() + "/")));
                if (applies && !byDataset.containsKey(e.rating().dataset())) {
                    SourceRating r = e.rating();
                    byDataset.put(r.dataset(), new SourceRating(r.outlet(), matchedFrom, r.dataset(),
                            r.factuality(), r.bias(), r.types(), r.reference()));
                }
            }
        }
        return List.copyOf(byDataset.values());
    }
}
