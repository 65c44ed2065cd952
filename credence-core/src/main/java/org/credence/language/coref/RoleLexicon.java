package org.credence.language.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the nominal linker ({@code roles.tsv} beside this class): role and
 * organisation head nouns with their variants, modifier classes, and place names with their
 * demonyms. Immutable and thread-safe; every lookup takes a lower-cased word.
 */
final class RoleLexicon {

    /** What a head noun names. */
    enum Kind {
        /** A person's role or title. */
        PERSON,
        /** A person's office, linked only through a description ("the president"). */
        OFFICE,
        /** A person role compatible with any description ("the candidate"). */
        BROAD,
        /** An organisation noun that may refer to any organisation ("the company"). */
        ORG,
        /** An organisation noun for bodies whose names carry it ("the ministry"). */
        BODY;

        boolean person() {
            return this != ORG && this != BODY;
        }
    }

    /** A head noun: its canonical form and kind. */
    record Head(String word, Kind kind) {
    }

    private static final String RESOURCE = "roles.tsv";

    private final Map<String, Head> heads = new HashMap<>();
    private final Map<String, String> ranks = new HashMap<>();
    private final Map<String, String> places = new HashMap<>();
    private final Set<String> block = new HashSet<>();
    private final Set<String> loose = new HashSet<>();
    private final Set<String> known = new HashSet<>();
    private final Set<String> tail = new HashSet<>();
    private final Set<String> adjectival = new HashSet<>();
    private final Set<String> stop = new HashSet<>();

    private RoleLexicon(BufferedReader in) throws IOException {
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": no tab");
            }
            String kind = line.substring(0, tab);
            String[] words = line.substring(tab + 1).split(",");
            String first = words[0].strip();
            for (String raw : words) {
                String w = raw.strip();
                switch (kind) {
                    case "person" -> heads.put(w, new Head(first, Kind.PERSON));
                    case "office" -> heads.put(w, new Head(first, Kind.OFFICE));
                    case "broad" -> heads.put(w, new Head(first, Kind.BROAD));
                    case "org" -> heads.put(w, new Head(first, Kind.ORG));
                    case "body" -> heads.put(w, new Head(first, Kind.BODY));
                    case "rank" -> ranks.put(w, first);
                    case "place" -> places.put(w, first);
                    case "block" -> block.add(w);
                    case "loose" -> loose.add(w);
                    case "known" -> known.add(w);
                    case "tail" -> tail.add(w);
                    case "adjectival" -> adjectival.add(w);
                    case "stop" -> stop.add(w);
                    default -> throw new IllegalArgumentException(RESOURCE + " line " + n + ": unknown kind " + kind);
                }
            }
        }
    }

    private static final class Holder {
        static final RoleLexicon STANDARD = load();
    }

    /** The shipped lists, loaded once. */
    static RoleLexicon standard() {
        return Holder.STANDARD;
    }

    private static RoleLexicon load() {
        try (InputStream s = RoleLexicon.class.getResourceAsStream(RESOURCE)) {
            if (s == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return new RoleLexicon(new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The head noun {@code w} is, or null. */
    Head head(String w) {
        return heads.get(w);
    }

    /** The rank class of modifier {@code w} ("former" for "ex"), or null. */
    String rank(String w) {
        return ranks.get(w);
    }

    boolean blocks(String w) {
        return block.contains(w);
    }

    /** True for modifiers that describe without narrowing: listed ones, numbers, "47-year-old", "two-term". */
    boolean loose(String w) {
        if (loose.contains(w)) {
            return true;
        }
        if (w.endsWith("-year-old") || w.endsWith("-term") || w.endsWith("-time")) {
            return true;
        }
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /** True for listed lower-case modifiers, ranks and loose modifiers (not head nouns). */
    boolean modifier(String w) {
        return known.contains(w) || ranks.containsKey(w) || loose(w);
    }

    boolean known(String w) {
        return known.contains(w) || heads.containsKey(w) || ranks.containsKey(w) || loose(w);
    }

    /** True when a head noun followed by {@code w} is a modifier of a compound ("the party leadership"). */
    boolean continuesCompound(String w) {
        if (tail.contains(w) || heads.containsKey(w)) {
            return true;
        }
        if (w.endsWith("men") && heads.containsKey(w.substring(0, w.length() - 3) + "man")) {
            return true;
        }
        if (w.endsWith("ies") && heads.containsKey(w.substring(0, w.length() - 3) + "y")) {
            return true;
        }
        return w.endsWith("s") && heads.containsKey(w.substring(0, w.length() - 1));
    }

    /** True for head nouns that are also common adjectives ("executive", "general"). */
    boolean adjectival(String w) {
        return adjectival.contains(w);
    }

    boolean stop(String w) {
        return stop.contains(w);
    }

    /** The canonical key of a place name or demonym ("u.s." and "american" → "us"), else {@code w}. */
    String place(String w) {
        return places.getOrDefault(w, w);
    }

    /** True when two place keys name the same place, directly or as a regular demonym (russia, russian). */
    boolean samePlace(String a, String b) {
        String x = place(a);
        String y = place(b);
        return x.equals(y) || demonym(x, y) || demonym(y, x);
    }

    private static final String[] DEMONYM_ENDINGS = {"n", "an", "ian", "i", "ese", "ish"};

    private static boolean demonym(String place, String d) {
        if (place.length() < 3 || d.length() <= place.length() - 1) {
            return false;
        }
        char last = place.charAt(place.length() - 1);
        String stem = last == 'a' || last == 'e' || last == 'o' || last == 'y' ? place.substring(0, place.length() - 1) : null;
        for (String e : DEMONYM_ENDINGS) {
            if (d.equals(place + e) || (stem != null && d.equals(stem + e))) {
                return true;
            }
        }
        return false;
    }
}
