package org.credence.language.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.model.Entity;
import org.credence.model.EntityChain;
import org.credence.model.EntityType;
import org.credence.model.Span;

/**
 * Links the entity mentions of one article into chains. Immutable and thread-safe.
 *
 * <p>Mentions are taken in text order; each joins the most recent chain it matches, else starts
 * a chain. A mention matches a chain when, after dropping a leading "the", titles (Mr., Dr.,
 * President …), periods, a possessive and corporate suffixes (Inc., Corp. …):
 * <ul>
 *   <li>it equals one of the chain's mentions (case-insensitively), or both are names of the same
 *       country in a small alias table (United States, U.S., US, USA, America; Britain, U.K. …);</li>
 *   <li>for people: its words are the last words or the first word of a longer PERSON mention
 *       of the chain (Lavrov, Mr. Lavrov → Sergei Lavrov), or the chain's mention is such a part of it;</li>
 *   <li>it is an acronym (2–6 capitals) of a chain mention's capitalised words (World Health
 *       Organization → WHO; United States → U.S.), or a chain mention is its acronym.</li>
 * </ul>
 * Types must agree except for GPE, LOCATION and ORGANIZATION, which may mix (the tagger often
 * calls "U.S." an organisation in one place and a place in another). The chain's name is its
 * longest mention and its type that mention's type. Every entity gets a chain, singletons too.
 */
public final class EntityLinker {

    /** Entities with chain ids set, and the chains they point to (ids are list indexes). */
    public record Linked(List<Entity> entities, List<EntityChain> chains) {
        public Linked {
            entities = List.copyOf(entities);
            chains = List.copyOf(chains);
        }
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor",
            "sir", "dame", "lord", "lady", "president", "minister", "prime", "senator", "sen", "rep",
            "gov", "governor", "gen", "general", "col", "capt", "judge", "justice", "king", "queen",
            "prince", "princess", "pope", "rev", "father", "sheikh", "chancellor", "secretary", "mayor");
    private static final Set<String> SUFFIXES = Set.of("inc", "corp", "corporation", "ltd", "llc", "plc",
            "co", "company", "group", "ag", "sa", "nv", "gmbh");
    private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "de", "in", "on", "&", "-");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("united states", "us"), Map.entry("us", "us"), Map.entry("usa", "us"),
            Map.entry("america", "us"), Map.entry("united states of america", "us"),
            Map.entry("united kingdom", "uk"), Map.entry("uk", "uk"), Map.entry("britain", "uk"),
            Map.entry("great britain", "uk"), Map.entry("russian federation", "russia"),
            Map.entry("russia", "russia"), Map.entry("un", "un"), Map.entry("united nations", "un"),
            Map.entry("eu", "eu"), Map.entry("european union", "eu"));

    public EntityLinker() {
    }

    private record Mention(Entity entity, String text, List<String> words, String key, String acronym) {
    }

    /** Links {@code entities} (spans into {@code text}) into chains. */
    public Linked link(String text, List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(null);
        List<List<Mention>> chains = new ArrayList<>();
        int[] chainOf = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = mention(sorted.get(i), text);
            int found = -1;
            for (int c = chains.size() - 1; c >= 0 && found < 0; c--) {
                for (Mention o : chains.get(c)) {
                    if (matches(m, o)) {
                        found = c;
                        break;
                    }
                }
            }
            if (found < 0) {
                found = chains.size();
                chains.add(new ArrayList<>());
            }
            chains.get(found).add(m);
            chainOf[i] = found;
        }
        List<EntityChain> out = new ArrayList<>();
        for (int c = 0; c < chains.size(); c++) {
            Mention longest = chains.get(c).get(0);
            List<Span> spans = new ArrayList<>();
            for (Mention m : chains.get(c)) {
                spans.add(m.entity.span());
                if (m.text.length() > longest.text.length()) {
                    longest = m;
                }
            }
            out.add(new EntityChain(c, longest.entity.type(), longest.text, spans));
        }
        List<Entity> linked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            linked.add(sorted.get(i).withChain(chainOf[i]));
        }
        return new Linked(linked, out);
    }

    private static Mention mention(Entity e, String text) {
        String t = e.text(text);
        List<String> words = new ArrayList<>();
        for (String w : t.toLowerCase(Locale.ROOT).split("\\s+")) {
            String x = w.replace(".", "").replace("’", "'");
            if (x.endsWith("'s")) {
                x = x.substring(0, x.length() - 2);
            }
            if (!x.isEmpty()) {
                words.add(x);
            }
        }
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && TITLES.contains(words.get(0))) {
            words.remove(0);
        }
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).replace(",", ""))) {
            words.remove(words.size() - 1);
        }
        String key = String.join(" ", words);
        StringBuilder acr = new StringBuilder();
        for (String w : words) {
            if (!SMALL.contains(w)) {
                acr.append(w.charAt(0));
            }
        }
        return new Mention(e, t, List.copyOf(words), ALIASES.getOrDefault(key, key),
                words.size() > 1 ? acr.toString() : "");
    }

    private static boolean compatible(EntityType a, EntityType b) {
        if (a == b) {
            return true;
        }
        Set<EntityType> mix = Set.of(EntityType.GPE, EntityType.LOCATION, EntityType.ORGANIZATION);
        return mix.contains(a) && mix.contains(b);
    }

    private static boolean matches(Mention m, Mention o) {
        EntityType a = m.entity.type();
        EntityType b = o.entity.type();
        if (!compatible(a, b) || m.key.isEmpty() || o.key.isEmpty()) {
            return false;
        }
        if (m.key.equals(o.key)) {
            return true;
        }
        if (a == EntityType.PERSON && b == EntityType.PERSON) {
            return partOf(m.words, o.words) || partOf(o.words, m.words);
        }
        return isAcronym(m, o) || isAcronym(o, m);
    }

    /** True when {@code part} is the tail (or the single first word) of the longer {@code whole}. */
    private static boolean partOf(List<String> part, List<String> whole) {
        if (part.size() >= whole.size()) {
            return false;
        }
        if (whole.subList(whole.size() - part.size(), whole.size()).equals(part)) {
            return true;
        }
        return part.size() == 1 && part.get(0).equals(whole.get(0));
    }

    private static boolean isAcronym(Mention acr, Mention full) {
        String raw = acr.entity.span().isEmpty() ? "" : acr.text.replace(".", "");
        if (raw.length() < 2 || raw.length() > 6 || !raw.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        return raw.toLowerCase(Locale.ROOT).equals(full.acronym);
    }
}
