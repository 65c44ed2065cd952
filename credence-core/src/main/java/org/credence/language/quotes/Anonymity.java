package org.credence.language.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Clauses that make the speaker before them anonymous ("a resident who asked not to be named", "an
 * official, speaking on condition of anonymity"), loaded once from {@code anonymity-clauses.txt}.
 * Matching is on the document's lower-cased tokens ("*" in a clause stands for any one word); a
 * comma may stand before the clause, and up to ten words without punctuation may follow it before
 * the cue ("who spoke on condition of anonymity because the talks are private said"). Immutable
 * and thread-safe.
 */
final class Anonymity {

    static final Anonymity DEFAULT = load();

    /** Each clause: for each token, the forms it may take. */
    private final List<List<Set<String>>> clauses;

    private Anonymity(List<List<Set<String>>> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    /**
     * The token index just after an anonymity clause that starts at token {@code from} (or right
     * after a comma there) and ends before {@code max}; -1 when none starts there.
     */
    int endAfter(Doc d, int from, int max) {
        int at = from < max && d.isPunct(from, ",") ? from + 1 : from;
        for (List<Set<String>> c : clauses) {
            if (at + c.size() <= max && matches(d, c, at)) {
                return at + c.size();
            }
        }
        return -1;
    }

    /**
     * The first token of an anonymity clause that ends just before token {@code end} and starts at or
     * after {@code min}, with the comma before it if there is one; -1 when none ends there.
     */
    int startBefore(Doc d, int end, int min) {
        for (int tail = 0; tail <= MAX_TAIL; tail++) {
            if (tail > 0 && (end - tail < min || !d.isWord(end - tail) || d.quoteOf[end - tail] >= 0)) {
                return -1; // the words after a clause ("… anonymity because the talks are private") hold no punctuation
            }
            for (List<Set<String>> c : clauses) {
                int at = end - tail - c.size();
                if (at >= min && matches(d, c, at)) {
                    return at - 1 >= min && d.isPunct(at - 1, ",") ? at - 1 : at;
                }
            }
        }
        return -1;
    }

    /** Words that may follow a clause before the cue: its reason or object ("because the talks are private"). */
    private static final int MAX_TAIL = 10;

    /**
     * The first token (a comma before it included) of an anonymity clause that lies inside tokens
     * {@code (a, b)} after at least one other token; -1 when there is none.
     */
    int startIn(Doc d, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            if (endAfter(d, i, b) > 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(Doc d, List<Set<String>> clause, int at) {
        for (int k = 0; k < clause.size(); k++) {
            Set<String> forms = clause.get(k);
            if (!forms.contains(d.lower[at + k]) && !(forms.contains("*") && d.isWord(at + k))) {
                return false;
            }
        }
        return true;
    }

    private static Anonymity load() {
        String name = "anonymity-clauses.txt";
        try (InputStream in = Anonymity.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<List<Set<String>>> clauses = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<Set<String>> clause = new ArrayList<>();
                for (String token : line.toLowerCase(Locale.ROOT).split("\\s+")) {
                    clause.add(Set.of(token.split("\\|")));
                }
                clauses.add(List.copyOf(clause));
            }
            // longest first, so that "on the condition of anonymity" wins over a shorter prefix
            clauses.sort((x, y) -> Integer.compare(y.size(), x.size()));
            return new Anonymity(clauses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
