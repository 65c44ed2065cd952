package org.credence.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the FakeNewsNet (v1, Shu et al. 2017) layout: folders {@code FakeNewsContent} and
 * {@code RealNewsContent} anywhere under the given folder (so {@code fakenewsnet-v1},
 * its {@code Data} or one of {@code Data/BuzzFeed}, {@code Data/PolitiFact} all work), each
 * holding one JSON object per article ({@code title}, {@code text}, {@code url}, {@code source}).
 * Fake articles are labelled {@code unreliable}, real ones {@code reliable}. The outlet is the
 * host of {@code source}, else of {@code url}. A file that cannot be read or has no text is
 * counted in {@link ScoreData.Read#problems}, never lost silently.
 */
public final class FakeNewsNet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeNewsNet() {
    }

    /** Whether {@code dir} holds the FakeNewsNet layout. */
    public static boolean isLayout(Path dir) {
        return !contentFolders(dir).isEmpty();
    }

    /** Reads every article under {@code dir}. */
    public static ScoreData.Read read(Path dir) throws IOException {
        List<Path> folders = contentFolders(dir);
        if (folders.isEmpty()) {
            throw new IOException("no FakeNewsContent/ or RealNewsContent/ folder under " + dir + " (FakeNewsNet layout)");
        }
        List<LabeledArticle> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path folder : folders) {
            String label = folder.getFileName().toString().startsWith("Fake") ? "unreliable" : "reliable";
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                String id = f.getFileName().toString().replaceFirst("(-Webpage)?\\.json$", "");
                try {
                    JsonNode n = JSON.readTree(f.toFile());
                    String text = n.path("text").asText("").strip();
                    if (text.isEmpty()) {
                        problems.add(f + ": no text");
                        continue;
                    }
                    String url = n.path("url").asText("");
                    String outlet = LabeledArticle.outletOf(n.path("source").asText(""));
                    if (outlet.isEmpty()) {
                        outlet = LabeledArticle.outletOf(url);
                    }
                    out.add(new LabeledArticle(id, n.path("title").asText("").strip(), text, url, outlet, label, f.toString()));
                } catch (IOException e) {
                    problems.add(f + ": cannot read (" + e.getMessage() + ")");
                }
            }
        }
        return new ScoreData.Read(dir.toString(), out, problems);
    }

    private static List<Path> contentFolders(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, 4)) {
            return s.filter(Files::isDirectory).filter(p -> {
                String n = p.getFileName().toString();
                return n.equals("FakeNewsContent") || n.equals("RealNewsContent");
            }).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }
}
