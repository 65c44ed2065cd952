package org.credence.language.ner;

import java.util.Locale;
import java.util.Set;
import org.credence.model.EntityType;

/**
 * Maps a model label to an {@link EntityType} using the gazetteer: LOC splits into GPE (known
 * countries, cities, regions, OntoNotes GPE names, or no geographic head word) and LOCATION
 * (OntoNotes LOC names that are no country or region, or a head word such as River, Sea, Mountains); MISC and
 * plural group-like ORG names that are demonyms or OntoNotes NORP names become NATIONALITY.
 * OntoNotes labels map as documented on {@link EntityType}. Stateless and thread-safe.
 */
final class TypeRefiner {

    private static final Set<String> GEO_HEADS = Set.of("river", "sea", "ocean", "mountains", "mountain",
            "mount", "mt.", "lake", "gulf", "bay", "strait", "straits", "valley", "island", "islands",
            "peninsula", "desert", "coast", "canal", "channel", "basin", "plateau", "range", "glacier",
            "delta", "cape", "falls", "hills", "forest", "park", "square", "street", "avenue", "bridge",
            "airport", "highway", "road", "border", "strip", "bank", "heights");
    private static final int GPE_BITS = Gazetteer.COUNTRY | Gazetteer.CITY | Gazetteer.REGION | Gazetteer.GPE;
    private static final int NORP_BITS = Gazetteer.DEMONYM | Gazetteer.NORP;

    private final Gazetteer gazetteer;

    TypeRefiner(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    EntityType refine(String label, String[] words, int start, int end) {
        switch (label) {
            case "PER", "PERSON":
                return EntityType.PERSON;
            case "GPE":
                return EntityType.GPE;
            case "LOC", "FAC":
                return label.equals("LOC") ? place(words, start, end) : EntityType.LOCATION;
            case "NORP":
                return EntityType.NATIONALITY;
            case "ORG": {
                int bits = bits(words, start, end);
                return (bits & NORP_BITS) != 0 && (bits & Gazetteer.ORG) == 0 ? EntityType.NATIONALITY
                        : EntityType.ORGANIZATION;
            }
            case "MISC": {
                int bits = bits(words, start, end);
                return (bits & NORP_BITS) != 0 ? EntityType.NATIONALITY : EntityType.MISC;
            }
            default:
                return EntityType.MISC;
        }
    }

    private EntityType place(String[] words, int start, int end) {
        int from = start;
        if (end - from > 1 && words[from].equalsIgnoreCase("the")) {
            from++;
        }
        String head = words[end - 1].toLowerCase(Locale.ROOT);
        String first = words[from].toLowerCase(Locale.ROOT);
        if (GEO_HEADS.contains(head) || (end - from > 1 && (first.equals("mount") || first.equals("lake")
                || first.equals("gulf") || first.equals("cape")))) {
            return EntityType.LOCATION;
        }
        int bits = bits(words, from, end);
        if ((bits & Gazetteer.LOC) != 0 && (bits & (Gazetteer.COUNTRY | Gazetteer.REGION)) == 0) {
            return EntityType.LOCATION;
        }
        return EntityType.GPE;
    }

    private int bits(String[] words, int start, int end) {
        String[] lower = new String[end - start];
        for (int i = start; i < end; i++) {
            lower[i - start] = words[i].toLowerCase(Locale.ROOT);
        }
        return gazetteer.lookup(lower, 0, lower.length);
    }
}
