package org.credence.language.coref;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credence.model.EntityType;

/**
 * Reads role phrases from an article's tokens: forward from a determiner or possessor ("the
 * Russian foreign minister", "Russia's foreign minister", "a spokesman for the ministry") and
 * backward from a name (the title in "Russian Foreign Minister Sergei Lavrov"). Stateless apart
 * from the article it reads; not shared between threads.
 */
final class PhraseReader {

    /** Modifiers read before a head at most. */
    private static final int MAX_MODS = 5;
    /** Words read in a post-modifier ("of State", "for the Foreign Ministry") at most; it ends after a name. */
    private static final int MAX_POST = 4;
    /** Words of a post-modifier after which a common word ends it: "of the company", "of state", not "of state aggressively". */
    private static final int MAX_COMMON = 1;

    /** Nouns after a role's possessive that make it a kind of thing, not a person ("the governor's race"). */
    private static final java.util.Set<String> GENERIC_GENITIVES = java.util.Set.of("race", "races", "seat", "seats",
            "contest", "primary");

    private final Words w;
    private final RoleLexicon lex;

    PhraseReader(Words w, RoleLexicon lex) {
        this.w = w;
        this.lex = lex;
    }

    /** A head noun at token {@code i}, with a rank carried by a hyphenated prefix or suffix; or null. */
    private record HeadAt(RoleLexicon.Head head, String rank) {
    }

    private HeadAt headAt(int i) {
        if (!w.isWord(i)) {
            return null;
        }
        String s = w.lower(i);
        RoleLexicon.Head h = lex.head(s);
        if (h != null) {
            return new HeadAt(h, null);
        }
        int dash = s.indexOf('-');
        if (dash > 0 && dash < s.length() - 1) {
            String pre = s.substring(0, dash);
            String rest = s.substring(dash + 1);
            if (lex.rank(pre) != null && lex.head(rest) != null) {
                return new HeadAt(lex.head(rest), lex.rank(pre));
            }
            if (lex.rank(rest) != null && lex.head(pre) != null) {
                return new HeadAt(lex.head(pre), lex.rank(rest));
            }
        }
        return null;
    }

    /**
     * The phrase starting at token {@code start}: "the" / "a" / "an" / an entity with a possessive
     * "'s", or, when {@code bare}, a modifier or the head itself. Null when no role or
     * organisation head follows within the sentence, or a word that cannot be a modifier or a
     * blocking modifier ("the next president") comes first.
     */
    RolePhrase forward(int start, boolean bare) {
        int limit = w.sentenceEnd(start);
        int i = start;
        boolean definite;
        List<RolePhrase.Mod> mods = new ArrayList<>();
        Set<String> ranks = new HashSet<>();
        if (w.is(i, "the")) {
            definite = true;
            i++;
        } else if (w.is(i, "a") || w.is(i, "an")) {
            definite = false;
            i++;
        } else if (w.entityStartingAt(i) >= 0 && w.possessive(w.entityEndToken(w.entityStartingAt(i)))) {
            int e = w.entityStartingAt(i);
            mods.add(entityMod(e));
            definite = true;
            i = w.entityEndToken(e) + 1;
        } else if (bare) {
            definite = false;
        } else {
            return null;
        }
        for (int n = 0; n <= MAX_MODS && i < limit; n++) {
            int e = w.entityStartingAt(i);
            if (e >= 0) {
                mods.add(entityMod(e));
                i = w.entityEndToken(e);
                if (w.possessive(i)) {
                    i++;
                }
                continue;
            }
            if (w.isNumber(i)) {
                i++;
                continue;
            }
            if (!w.isWord(i)) {
                return null;
            }
            String s = w.lower(i);
            HeadAt h = headAt(i);
            if (h != null && endsPhrase(i, limit)) {
                if (h.rank != null) {
                    ranks.add(h.rank);
                }
                return finish(start, i, h.head, ranks, mods, definite, limit);
            }
            if (lex.stop(s) || lex.blocks(s) || w.possessive(i)) {
                return null;
            }
            addModifier(s, h, ranks, mods);
            i++;
        }
        return null;
    }

    /**
     * True when the head noun at {@code i} ends its phrase: no compound noun follows ("the party
     * leadership"), and for a head that is also an adjective ("executive"), only punctuation or a
     * function word follows.
     */
    private boolean endsPhrase(int i, int limit) {
        if (i + 1 >= limit || !w.isWord(i + 1)) {
            return true;
        }
        String next = w.lower(i + 1);
        if (w.possessive(i + 1) && i + 2 < limit && w.isWord(i + 2) && GENERIC_GENITIVES.contains(w.lower(i + 2))) {
            return false;
        }
        if (lex.adjectival(w.lower(i))) {
            return lex.stop(next) || w.possessive(i + 1);
        }
        return !lex.continuesCompound(next);
    }

    private void addModifier(String s, HeadAt h, Set<String> ranks, List<RolePhrase.Mod> mods) {
        if (h != null && h.rank != null) {
            ranks.add(h.rank);
            mods.add(RolePhrase.Mod.word(h.head.word()));
        } else if (lex.rank(s) != null) {
            ranks.add(lex.rank(s));
        } else if (!lex.loose(s)) {
            mods.add(RolePhrase.Mod.word(h != null ? h.head.word() : s));
        }
    }

    private RolePhrase.Mod entityMod(int e) {
        EntityType t = w.type(e);
        boolean place = t == EntityType.GPE || t == EntityType.NATIONALITY || t == EntityType.LOCATION;
        StringBuilder key = new StringBuilder();
        for (int k = w.entityFirstToken(e); k < w.entityEndToken(e); k++) {
            String s = w.lower(k);
            if (k == w.entityFirstToken(e) && s.equals("the")) {
                continue;
            }
            key.append(key.length() == 0 ? "" : " ").append(s);
        }
        String k = place ? lex.place(key.toString()) : key.toString();
        return new RolePhrase.Mod(k, w.chain(e), place);
    }

    /** Reads an optional post-modifier after the head at {@code head} and builds the phrase. */
    private RolePhrase finish(int start, int head, RoleLexicon.Head h, Set<String> ranks, List<RolePhrase.Mod> mods,
                              boolean definite, int limit) {
        int end = head + 1;
        boolean restricted = false;
        boolean qualified = false;
        String next = end < limit && w.isWord(end) ? w.lower(end) : "";
        if (next.equals("of") || next.equals("for") || next.equals("from") || next.equals("at") || next.equals("to")) {
            int j = end + 1;
            if (j < limit && w.is(j, "the")) {
                j++;
            }
            int words = 0;
            List<RolePhrase.Mod> post = new ArrayList<>();
            boolean common = false;
            while (j < limit && words < MAX_POST) {
                int e = w.entityStartingAt(j);
                if (e >= 0) {
                    post.add(entityMod(e));
                    j = w.entityEndToken(e);
                    break;
                }
                if (!w.isWord(j) || w.possessive(j) || lex.stop(w.lower(j)) || (!w.capitalised(j) && words >= MAX_COMMON)) {
                    break;
                }
                common |= !w.capitalised(j);
                HeadAt ph = headAt(j);
                post.add(RolePhrase.Mod.word(ph != null ? ph.head.word() : w.lower(j)));
                j++;
                words++;
            }
            // "of" takes a complement that says who is meant ("the president of the company");
            // "for", "from", "at", "to" with common words are mostly adjuncts ("the company for years")
            if (!post.isEmpty() && (next.equals("of") || !common)) {
                mods.addAll(post);
                end = j;
                restricted = true;
            } else if (next.equals("of")) {
                qualified = true;
            }
        } else if (next.equals("who") || next.equals("that") || next.equals("whom") || next.equals("whose")
                || next.equals("which")) {
            qualified = true;
        }
        return new RolePhrase(start, end, head, h, ranks, mods, definite, restricted, qualified);
    }

    /**
     * The title just before token {@code name} (the first token of a name, or the token after a
     * title inside the name's own span): "Russian Foreign Minister", "Secretary of State",
     * "Russia's foreign minister", "former Sen.", "the oil company". Lower-case modifiers are read
     * only when listed as known; null when no head noun ends the title.
     */
    RolePhrase titleBefore(int name) {
        int from = w.sentenceStart(name);
        int headTok = name - 1;
        List<RolePhrase.Mod> mods = new ArrayList<>();
        Set<String> ranks = new HashSet<>();
        if (headTok < from) {
            return null;
        }
        int end = name;
        if (headTok - 2 >= from && w.capitalised(headTok) && w.is(headTok - 1, "of")
                && w.entity(headTok) < 0 && headAt(headTok - 2) != null) {
            mods.add(RolePhrase.Mod.word(w.lower(headTok)));
            headTok -= 2;
        }
        HeadAt h = headAt(headTok);
        if (h == null || w.entity(headTok) >= 0 && w.entityStartingAt(headTok) != headTok) {
            return null;
        }
        if (h.rank != null) {
            ranks.add(h.rank);
        }
        int first = headTok;
        for (int i = headTok - 1, n = 0; i >= from && n < MAX_MODS; n++) {
            int e = w.entityEndingAt(i);
            if (e >= 0) {
                mods.add(entityMod(e));
                first = w.entityFirstToken(e);
                i = first - 1;
                if (w.type(e) == EntityType.PERSON) {
                    break;
                }
                continue;
            }
            if (w.possessive(i)) {
                int p = w.entityEndingAt(i - 1);
                if (p < 0) {
                    break;
                }
                mods.add(entityMod(p));
                first = w.entityFirstToken(p);
                break;
            }
            if (!w.isWord(i)) {
                break;
            }
            String s = w.lower(i);
            if (s.equals("the") || s.equals("a") || s.equals("an")) {
                first = i;
                break;
            }
            HeadAt mh = headAt(i);
            boolean known = lex.rank(s) != null || mh != null || lex.known(s);
            if (lex.stop(s) || lex.blocks(s) || !(known || w.capitalised(i))) {
                break;
            }
            addModifier(s, mh, ranks, mods);
            first = i;
            i--;
        }
        return new RolePhrase(first, end, headTok, h.head, ranks, mods, true, false, false);
    }
}
