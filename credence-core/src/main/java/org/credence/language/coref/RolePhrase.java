package org.credence.language.coref;

import java.util.List;
import java.util.Set;
import org.credence.model.Span;

/**
 * A noun phrase headed by a role or organisation noun, as read from the tokens: "the Russian
 * foreign minister", "Russia's foreign minister", "Foreign Minister" (a title before a name),
 * "a spokesman for the ministry".
 *
 * @param first      its first token (determiner, possessor or first modifier)
 * @param end        one past its last token
 * @param headToken  the head noun's token
 * @param head       the head noun
 * @param ranks      rank classes of its modifiers ("former", "deputy", "prime"), which must agree
 * @param mods       its other modifiers, pre- and post-head, loose ones left out
 * @param definite   "the", a possessor ("Russia's") or a title; false for "a" / "an" / no determiner
 * @param restricted a complement follows the head ("the secretary of state", "the president of
 *                   the company", "the ambassador to Lebanon"): its words are among {@code mods}
 * @param qualified  a relative clause or a complement that cannot be read follows the head ("the
 *                   candidate who wins", "the president of a group")
 */
record RolePhrase(int first, int end, int headToken, RoleLexicon.Head head, Set<String> ranks, List<Mod> mods,
                  boolean definite, boolean restricted, boolean qualified) {

    /**
     * One modifier: its key (lower-cased words; a place's canonical key) and, when it is a named
     * entity mention, the entity's chain and whether it is a place or nationality.
     */
    record Mod(String key, int chain, boolean place) {
        static Mod word(String key) {
            return new Mod(key, -1, false);
        }
    }

    RolePhrase {
        ranks = Set.copyOf(ranks);
        mods = List.copyOf(mods);
    }

    Span span(Words w) {
        return w.span(first, end - 1);
    }

    /** True when its first modifier is a possessor that is no place ("Trump's campaign manager", "Apple's board"). */
    boolean relational(Words w) {
        int e = w.entityStartingAt(first);
        return e >= 0 && w.possessive(w.entityEndToken(e)) && !mods.isEmpty() && !mods.get(0).place();
    }

    /** True when it names an entity in its modifiers as chain {@code c} ("Trump's campaign manager"). */
    boolean namesChain(int c) {
        for (Mod m : mods) {
            if (m.chain == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when this phrase (a nominal) fits {@code d} (a description): same head, same ranks,
     * and each of its modifiers is one of the description's (places compare by name and demonym).
     */
    boolean fits(RolePhrase d, RoleLexicon lex) {
        if (!head.word().equals(d.head.word()) || !ranks.equals(d.ranks)) {
            return false;
        }
        for (Mod m : mods) {
            if (!hasMod(d, m, lex)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMod(RolePhrase d, Mod m, RoleLexicon lex) {
        for (Mod o : d.mods) {
            if (m.key.equals(o.key) || (m.chain >= 0 && m.chain == o.chain)
                    || ((m.place || o.place) && lex.samePlace(m.key, o.key))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when this phrase and description {@code d} with the same head cannot mean the same
     * entity: their ranks differ, or both name places and none of them agree.
     */
    boolean contradicts(RolePhrase d, RoleLexicon lex) {
        if (!ranks.equals(d.ranks)) {
            return true;
        }
        boolean mine = false;
        boolean theirs = false;
        for (Mod m : mods) {
            if (m.place) {
                mine = true;
                if (hasMod(d, m, lex)) {
                    return false;
                }
            }
        }
        for (Mod o : d.mods) {
            theirs |= o.place;
        }
        return mine && theirs;
    }
}
