package org.credence.signals.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ClaimBuster's two-class sentences (US presidential debates 1960–2016; 1 = check-worthy factual
 * sentence, 0 = not), read from the JSON list of {@code {sentence_id, label, text}}, with the
 * rule that keeps CheckThat! debates we do not train on out of the training data.
 *
 * <p>Leak rule ({@link #usable}): ClaimBuster's 2016 general-election debates (sentence ids from
 * {@value #FIRST_2016_ID} on), which CheckThat! 2019 also transcribes, are never used; any other
 * sentence whose {@link #normalise normalised} text equals a sentence of an excluded debate is
 * dropped too.
 */
public final class ClaimBusterData {

    /** First sentence id of the 2016 general-election debates in ClaimBuster's numbering. */
    public static final int FIRST_2016_ID = 29060;

    private ClaimBusterData() {
    }

    /** One labelled sentence. */
    public record Sentence(int id, String text, boolean checkWorthy) {
    }

    /** Reads a two-class JSON file (UTF-8). */
    public static List<Sentence> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Sentence> out = new ArrayList<>();
        for (JsonNode n : root) {
            out.add(new Sentence(n.path("sentence_id").asInt(), n.path("text").asText(), n.path("label").asInt() == 1));
        }
        return out;
    }

    /** The sentences that pass the leak rule, given the normalised texts of excluded debates. */
    public static List<Sentence> usable(List<Sentence> all, Set<String> excludedTexts) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : all) {
            if (s.id() < FIRST_2016_ID && !excludedTexts.contains(normalise(s.text()))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Lower case, letters and digits only, single spaces: the key that finds the same sentence twice. */
    public static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else if (Character.isWhitespace(c)) {
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
