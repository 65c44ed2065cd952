package org.credence.language.coref;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credence.model.EntityType;
import org.credence.model.Language;
import org.credence.model.NominalMention.Reason;
import org.credence.model.Span;

/**
 * What one article says about its named entities' roles: titles before names ("Russian Foreign
 * Minister Sergei Lavrov"), appositives after names ("Lavrov, Russia's foreign minister,") and
 * before them ("The foreign minister, Sergei Lavrov,"), and organisations' own head nouns
 * ("Foreign Ministry", "Apple Inc." as a company). Built once per article; not shared.
 */
final class Evidence {

    /** A description of chain {@code chain}, usable by nominals that start at or after offset {@code at}. */
    record Description(int chain, RolePhrase phrase, int at, Span evidence, Reason reason) {
    }

    /** A definite phrase in apposition to a name of chain {@code chain}. */
    record Appositive(int chain, Span phrase, Span name, boolean person) {
    }

    private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", ")", "!", "?", "—", "–", "-", "--");
    /** Words after an appositive's head that may run on to its closing comma ("the GOP's nominee in 2008,"). */
    private static final Set<String> RUN_ON = Set.of("in", "since", "from", "at", "for", "on", "until");
    /** Words before a name that make "Name, the …" an introductory phrase, not an apposition ("Unlike Trump, the governor"). */
    private static final Set<String> INTRO = Set.of("like", "unlike", "after", "before", "to", "for", "with", "about",
            "against", "when", "while", "although", "though", "if", "unless", "since", "as", "despite", "besides",
            "from", "by", "in", "on", "at", "under", "over", "than", "including", "without", "among", "behind",
            "toward", "towards", "via", "upon", "into", "onto", "beside", "beyond", "near", "between", "and", "or");
    private static final Set<String> CORPORATE = Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.",
            "llc", "plc", "ag", "sa", "nv", "gmbh", "s.a.", "n.v.", "l.p.", "lp");
    private static final int RUN_ON_MAX = 6;

    final List<Description> descriptions = new ArrayList<>();
    final List<Appositive> appositives = new ArrayList<>();
    /** First tokens of appositive phrases after names, which the nominal scan must not read again. */
    final Set<Integer> appositiveStarts = new HashSet<>();

    private final Words w;
    private final PhraseReader reader;
    private final RoleLexicon lex;

    Evidence(Words w, PhraseReader reader, RoleLexicon lex, Language l) {
        this.w = w;
        this.reader = reader;
        this.lex = lex;
        for (int e = 0; e < w.entities.size(); e++) {
            EntityType t = w.type(e);
            if (w.chain(e) >= 0 && (t == EntityType.PERSON || t == EntityType.ORGANIZATION)
                    && !l.isForeign(w.entities.get(e).span())) {
                read(e, t);
            }
        }
    }

    /** True when a head of kind {@code k} can refer to an entity of type {@code t}. */
    static boolean fits(RoleLexicon.Kind k, EntityType t) {
        return k.person() ? t == EntityType.PERSON : t == EntityType.ORGANIZATION;
    }

    private void read(int e, EntityType t) {
        int chain = w.chain(e);
        Span name = w.entities.get(e).span();
        int s = w.entityFirstToken(e);
        int en = w.entityEndToken(e);
        RoleLexicon.Head own = w.isWord(s) ? lex.head(w.lower(s)) : null;
        int titleEnd = own != null && own.kind().person() && t == EntityType.PERSON && en - s >= 2 ? s + 1 : s;
        RolePhrase title = reader.titleBefore(titleEnd);
        if (title != null && fits(title.head().kind(), t)) {
            descriptions.add(new Description(chain, title, name.end(), title.span(w), Reason.DESCRIBED));
        }
        int before = s - 1;
        boolean intro = before >= w.sentenceStart(s) && w.isWord(before) && INTRO.contains(w.lower(before));
        if (!intro && en + 1 < w.sentenceEnd(s) && w.is(en, ",")) {
            RolePhrase p = reader.forward(en + 1, true);
            if (p != null && fits(p.head().kind(), t) && !p.qualified() && closesAfterRunOn(p.end())) {
                Span ps = p.span(w);
                descriptions.add(new Description(chain, p, ps.end(), ps, Reason.DESCRIBED));
                appositiveStarts.add(p.first());
                if (p.definite()) {
                    appositives.add(new Appositive(chain, ps, name, t == EntityType.PERSON));
                }
            }
        }
        if (t == EntityType.ORGANIZATION) {
            RolePhrase n = nameHead(s, en);
            if (n != null) {
                descriptions.add(new Description(chain, n, name.end(), name, Reason.NAME));
            }
        }
    }

    /** The organisation noun an organisation's name is headed by ("Foreign Ministry", "Bank of England", "Apple Inc."). */
    private RolePhrase nameHead(int s, int en) {
        int head = en - 1;
        for (int k = s + 1; k < en - 1; k++) {
            if (w.is(k, "of")) {
                head = k - 1;
                break;
            }
        }
        RoleLexicon.Head h = w.isWord(head) ? lex.head(w.lower(head)) : null;
        if (h == null && en - s >= 2 && CORPORATE.contains(w.lower(en - 1))) {
            h = lex.head("company");
        }
        if (h == null || h.kind().person()) {
            return null;
        }
        List<RolePhrase.Mod> mods = new ArrayList<>();
        for (int k = s; k < en; k++) {
            String x = w.lower(k);
            if (k != head && w.isWord(k) && !lex.stop(x) && !CORPORATE.contains(x)) {
                mods.add(RolePhrase.Mod.word(x));
            }
        }
        return new RolePhrase(s, en, head, h, Set.of(), mods, true, false, false);
    }

    /** True when the sentence ends or closing punctuation comes at token {@code k}. */
    private boolean closes(int k) {
        return k >= w.size() || k >= w.sentenceEnd(k - 1) || CLOSERS.contains(w.lower(k));
    }

    /** Like {@link #closes}, or a short prepositional run-on ("in 2008") then closing punctuation. */
    private boolean closesAfterRunOn(int k) {
        if (closes(k)) {
            return true;
        }
        if (!w.isWord(k) || !RUN_ON.contains(w.lower(k))) {
            return false;
        }
        int limit = Math.min(w.sentenceEnd(k - 1), k + RUN_ON_MAX);
        for (int j = k + 1; j < limit; j++) {
            if (closes(j)) {
                return true;
            }
            if (w.isWord(j) && lex.stop(w.lower(j)) && !RUN_ON.contains(w.lower(j)) && !w.is(j, "the")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "The foreign minister, Sergei Lavrov,": when definite phrase {@code p} stands in apposition
     * before a name of a compatible type, records the description and the appositive and says so.
     */
    boolean appositiveBefore(RolePhrase p) {
        int comma = p.end();
        if (comma + 1 >= w.sentenceEnd(p.first()) || !w.is(comma, ",")) {
            return false;
        }
        int e = w.entityStartingAt(comma + 1);
        if (e < 0 || w.chain(e) < 0 || !fits(p.head().kind(), w.type(e)) || !closes(w.entityEndToken(e))) {
            return false;
        }
        Span ps = p.span(w);
        descriptions.add(new Description(w.chain(e), p, ps.end(), ps, Reason.DESCRIBED));
        appositives.add(new Appositive(w.chain(e), ps, w.entities.get(e).span(), w.type(e) == EntityType.PERSON));
        return true;
    }

    /**
     * True when token {@code k} starts a name, so that the phrase before it is a title ("the
     * minister Sergei Lavrov"): an entity, or a capitalised word with lower-case letters (a name
     * the recognizer missed; words in capitals, as in headlines, are not taken for names).
     */
    boolean beforeName(int k) {
        if (k >= w.size() || k >= w.sentenceEnd(k - 1)) {
            return false;
        }
        if (w.entityStartingAt(k) >= 0) {
            return true;
        }
        if (!w.capitalised(k) || w.possessive(k)) {
            return false;
        }
        String t = w.tokens.get(k).text(w.text);
        for (int c = 1; c < t.length(); c++) {
            if (Character.isLowerCase(t.charAt(c))) {
                return true;
            }
        }
        return false;
    }
}
