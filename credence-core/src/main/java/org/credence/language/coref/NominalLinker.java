package org.credence.language.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.model.EntityChain;
import org.credence.model.EntityType;
import org.credence.model.Language;
import org.credence.model.NominalMention;
import org.credence.model.NominalMention.Reason;
import org.credence.model.Span;

/**
 * Links nominal mentions to named-entity chains within one article: "the Russian foreign
 * minister" → Sergei Lavrov, "the 47-year-old senator" → Sen. Lisa Warren, "the company" → the
 * organisation named just before. Immutable and thread-safe. Precision comes first: a nominal is
 * left unlinked whenever two chains could fit it.
 *
 * <p>A nominal mention is a definite noun phrase ("the …" or a named possessor "Russia's …")
 * whose head is a role noun (minister, senator, spokesman …) for a person chain or an
 * organisation noun (company, ministry, agency, party …) for an organisation chain, with
 * optional modifiers and an "of" complement ("the secretary of state"). Phrases followed by a
 * name are titles, not mentions; predicative ones ("is the minister") and ones with a blocking
 * modifier ("the next president") or a relative clause ("the candidate who wins") are skipped.
 *
 * <p>Descriptions of chains are read from titles ("Russian Foreign Minister Sergei Lavrov"),
 * appositives on either side of a name ("Lavrov, Russia's foreign minister,"; "The foreign
 * minister, Sergei Lavrov,") and, for organisations, the head noun of the name ("Foreign
 * Ministry", "Apple Inc." as a company). A nominal then links, in this order:
 * <ol>
 *   <li>{@link Reason#APPOSITIVE}: it is itself an appositive of a name;</li>
 *   <li>{@link Reason#DESCRIBED} or {@link Reason#NAME}: exactly one chain has an earlier
 *       description with the same head, the same ranks ("former", "deputy", "prime") and every
 *       modifier of the nominal ("the foreign minister" fits "Russian Foreign Minister"; places match
 *       their demonyms); descriptive modifiers ("embattled", "47-year-old") are ignored;</li>
 *   <li>{@link Reason#RECENT}: otherwise, for roles other than offices ("the president") and
 *       phrases without an "of" complement of common words ("the president of the company"), the
 *       chain is the only one of its type mentioned in the nominal's sentence and the few before,
 *       no earlier description contradicts it, and no other chain was described with that role.</li>
 * </ol>
 * An indefinite phrase with the same head just before ("a spokesman said … the spokesman added")
 * means the nominal is about that unnamed one, and it is left unlinked.
 */
public final class NominalLinker {

    /** Sentences before a person nominal's own in which the one candidate must be mentioned. */
    static final int PERSON_WINDOW = 2;
    /** Sentences before an organisation nominal's own in which the one candidate must be mentioned. */
    static final int ORG_WINDOW = 3;

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "being", "'s",
            "become", "becomes", "became", "becoming", "remain", "remains", "remained", "as", "named", "elected",
            "appointed", "chosen", "called", "dubbed", "like", "than");
    private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", ")", "!", "?", "—", "–", "-", "--");
    private static final Set<String> CORPORATE = Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.",
            "llc", "plc", "ag", "sa", "nv", "gmbh", "s.a.", "n.v.", "l.p.", "lp");

    private final RoleLexicon lex;

    public NominalLinker() {
        this.lex = RoleLexicon.standard();
    }

    /** A description of chain {@code chain}, usable by nominals that start at or after {@code at}. */
    private record Description(int chain, RolePhrase phrase, int at, Span evidence, Reason reason) {
    }

    /** A mention of a chain, named or nominal, for the recency window. */
    private record Mention(int chain, int sentence, Span span) {
    }

    /** The working state for one article. */
    private final class Article {
        final Words w;
        final PhraseReader reader;
        final Language l;
        final Map<Integer, EntityChain> chains = new HashMap<>();
        final List<Description> descriptions = new ArrayList<>();
        final List<RolePhrase> indefinites = new ArrayList<>();
        final List<RolePhrase> candidates = new ArrayList<>();
        final Set<Integer> appositiveStarts = new HashSet<>();
        final List<Mention> mentions = new ArrayList<>();
        final Map<Integer, List<NominalMention>> found = new HashMap<>();

        Article(String text, Language l) {
            this.l = l;
            this.w = new Words(text, l);
            this.reader = new PhraseReader(w, lex);
            for (EntityChain c : l.chains()) {
                chains.put(c.id(), c);
            }
        }
    }

    /** The chains of {@code l} with their nominal mentions; {@code l}'s entities and chains must be linked. */
    public List<EntityChain> link(String text, Language l) {
        if (l.chains().isEmpty() || l.chains().stream().noneMatch(c -> personal(c.type()) || c.type() == EntityType.ORGANIZATION)) {
            return l.chains();
        }
        Article a = new Article(text, l);
        describe(a);
        scan(a);
        for (int e = 0; e < a.w.entities.size(); e++) {
            int c = a.w.chain(e);
            if (c >= 0) {
                a.mentions.add(new Mention(c, a.w.sentence(a.w.entityFirstToken(e)), a.w.entities.get(e).span()));
            }
        }
        for (RolePhrase p : a.candidates) {
            resolve(a, p);
        }
        List<EntityChain> out = new ArrayList<>(l.chains().size());
        for (EntityChain c : l.chains()) {
            List<NominalMention> n = a.found.get(c.id());
            out.add(n == null ? c : c.withNominals(n));
        }
        return out;
    }

    private static boolean personal(EntityType t) {
        return t == EntityType.PERSON;
    }

    /** True when a head of kind {@code k} can refer to an entity of type {@code t}. */
    private static boolean fits(RoleLexicon.Kind k, EntityType t) {
        return k.person() ? t == EntityType.PERSON : t == EntityType.ORGANIZATION;
    }

    private EntityType chainType(Article a, int chain) {
        EntityChain c = a.chains.get(chain);
        return c == null ? null : c.type();
    }

    /** Titles, appositives after names and organisations' own head nouns. */
    private void describe(Article a) {
        Words w = a.w;
        for (int e = 0; e < w.entities.size(); e++) {
            int chain = w.chain(e);
            EntityType t = w.type(e);
            if (chain < 0 || !(t == EntityType.PERSON || t == EntityType.ORGANIZATION)
                    || a.l.isForeign(w.entities.get(e).span())) {
                continue;
            }
            Span name = w.entities.get(e).span();
            int s = w.entityFirstToken(e);
            int en = w.entityEndToken(e);
            RoleLexicon.Head own = w.isWord(s) ? lex.head(w.lower(s)) : null;
            int titleEnd = own != null && own.kind().person() && t == EntityType.PERSON && en - s >= 2 ? s + 1 : s;
            RolePhrase title = a.reader.titleBefore(titleEnd);
            if (title != null && fits(title.head().kind(), t)) {
                a.descriptions.add(new Description(chain, title, name.end(), title.span(w), Reason.DESCRIBED));
            }
            if (en < w.size() && w.lower(en).equals(",") && w.sentence(en) == w.sentence(s) && en + 1 < w.sentenceEnd(s)) {
                RolePhrase p = a.reader.forward(en + 1, true);
                if (p != null && fits(p.head().kind(), t) && closes(w, p.end())) {
                    Span ps = p.span(w);
                    a.descriptions.add(new Description(chain, p, ps.end(), ps, Reason.DESCRIBED));
                    a.appositiveStarts.add(p.first());
                    if (p.definite()) {
                        add(a, chain, new NominalMention(ps, Reason.APPOSITIVE, name));
                    }
                }
            }
            if (t == EntityType.ORGANIZATION) {
                RolePhrase n = nameHead(w, e, s, en);
                if (n != null) {
                    a.descriptions.add(new Description(chain, n, name.end(), name, Reason.NAME));
                }
            }
        }
    }

    /** The organisation noun an organisation's name is headed by ("Foreign Ministry", "Bank of England", "Apple Inc."). */
    private RolePhrase nameHead(Words w, int e, int s, int en) {
        int head = en - 1;
        for (int k = s + 1; k < en - 1; k++) {
            if (w.lower(k).equals("of")) {
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

    private static boolean closes(Words w, int k) {
        return k >= w.size() || k >= w.sentenceEnd(k - 1) || CLOSERS.contains(w.lower(k));
    }

    /** Definite phrases (candidates), indefinite ones (blockers) and appositives before names. */
    private void scan(Article a) {
        Words w = a.w;
        for (int i = 0; i < w.size(); i++) {
            if (w.sentence(i) < 0 || a.appositiveStarts.contains(i)) {
                continue;
            }
            int e = w.entityStartingAt(i);
            boolean possessor = e >= 0 && w.possessive(w.entityEndToken(e));
            if (!possessor && (!w.isWord(i) || w.entity(i) >= 0)) {
                continue;
            }
            String d = w.lower(i);
            if (!possessor && !d.equals("the") && !d.equals("a") && !d.equals("an")) {
                continue;
            }
            RolePhrase p = a.reader.forward(i, false);
            if (p == null || a.l.isForeign(p.span(w))) {
                continue;
            }
            if (!p.definite()) {
                a.indefinites.add(p);
                continue;
            }
            if (beforeName(w, p.end())) {
                continue;
            }
            if (appositiveBefore(a, p)) {
                continue;
            }
            int before = p.first() - 1;
            if (p.relative() || (before >= w.sentenceStart(i) && COPULAS.contains(w.lower(before)))) {
                continue;
            }
            a.candidates.add(p);
        }
    }

    /**
     * True when token {@code k} starts a name, so that the phrase before it is a title ("the
     * minister Sergei Lavrov"): an entity, or a capitalised word with lower-case letters (a name
     * the recognizer missed; words in capitals, as in headlines, are not taken for names).
     */
    private static boolean beforeName(Words w, int k) {
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

    /** "The foreign minister, Sergei Lavrov," : records the description and the appositive mention. */
    private boolean appositiveBefore(Article a, RolePhrase p) {
        Words w = a.w;
        int comma = p.end();
        if (comma + 1 >= w.sentenceEnd(p.first()) || !w.lower(comma).equals(",")) {
            return false;
        }
        int e = w.entityStartingAt(comma + 1);
        if (e < 0 || w.chain(e) < 0 || !fits(p.head().kind(), w.type(e)) || !closes(w, w.entityEndToken(e))) {
            return false;
        }
        Span ps = p.span(w);
        a.descriptions.add(new Description(w.chain(e), p, ps.end(), ps, Reason.DESCRIBED));
        add(a, w.chain(e), new NominalMention(ps, Reason.APPOSITIVE, w.entities.get(e).span()));
        return true;
    }

    private void add(Article a, int chain, NominalMention n) {
        a.found.computeIfAbsent(chain, k -> new ArrayList<>()).add(n);
        a.mentions.add(new Mention(chain, a.w.sentence(tokenAt(a.w, n.span().start())), n.span()));
    }

    private static int tokenAt(Words w, int offset) {
        int lo = 0;
        int hi = w.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (w.tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Links one definite candidate, or leaves it. */
    private void resolve(Article a, RolePhrase p) {
        Words w = a.w;
        Span span = p.span(w);
        int sentence = w.sentence(p.first());
        RoleLexicon.Kind kind = p.head().kind();
        int window = kind.person() ? PERSON_WINDOW : ORG_WINDOW;
        for (RolePhrase q : a.indefinites) {
            if (q.first() < p.first() && q.head().word().equals(p.head().word())
                    && w.sentence(q.first()) >= sentence - window && !a.appositiveStarts.contains(q.first())) {
                return;
            }
        }
        int matched = -1;
        Description best = null;
        Set<Integer> described = new HashSet<>();
        for (Description d : a.descriptions) {
            if (d.at > span.start() || !fits(kind, chainType(a, d.chain)) || p.namesChain(d.chain)) {
                continue;
            }
            if (d.phrase.head().word().equals(p.head().word())) {
                described.add(d.chain);
            }
            if (p.fits(d.phrase, lex)) {
                if (matched >= 0 && matched != d.chain) {
                    return;
                }
                matched = d.chain;
                if (best == null || d.at > best.at) {
                    best = d;
                }
            }
        }
        if (best != null) {
            add(a, matched, new NominalMention(span, best.reason, best.evidence));
            return;
        }
        if (kind == RoleLexicon.Kind.OFFICE || p.restricted()) {
            return;
        }
        int only = -1;
        Span last = null;
        for (Mention m : a.mentions) {
            if (m.span.start() >= span.start() || m.sentence < sentence - window || m.sentence > sentence
                    || !fits(kind, chainType(a, m.chain)) || p.namesChain(m.chain)) {
                continue;
            }
            if (!kind.person() && !orgHeadAgrees(a, p, m.chain, span.start())) {
                continue;
            }
            if (only >= 0 && only != m.chain) {
                return;
            }
            only = m.chain;
            if (last == null || m.span.start() > last.start()) {
                last = m.span;
            }
        }
        if (only < 0 || (!described.isEmpty() && !described.equals(Set.of(only))) || !agrees(a, p, only, span.start())) {
            return;
        }
        add(a, only, new NominalMention(span, Reason.RECENT, last));
    }

    /**
     * For an organisation: the chain has a description with the nominal's head, or none at all
     * and the head is a general one ("the company", not "the ministry").
     */
    private boolean orgHeadAgrees(Article a, RolePhrase p, int chain, int before) {
        boolean any = false;
        for (Description d : a.descriptions) {
            if (d.chain == chain && d.at <= before) {
                any = true;
                if (d.phrase.head().word().equals(p.head().word())) {
                    return true;
                }
            }
        }
        return !any && p.head().kind() == RoleLexicon.Kind.ORG;
    }

    /**
     * No description of the chain contradicts the nominal: one with the same head has no clashing
     * rank or place, and, for people, one with another head is allowed only when either role is broad.
     */
    private boolean agrees(Article a, RolePhrase p, int chain, int before) {
        for (Description d : a.descriptions) {
            if (d.chain != chain || d.at > before) {
                continue;
            }
            RoleLexicon.Head h = d.phrase.head();
            if (h.word().equals(p.head().word())) {
                if (p.contradicts(d.phrase, lex)) {
                    return false;
                }
            } else if (p.head().kind() != RoleLexicon.Kind.BROAD && h.kind() != RoleLexicon.Kind.BROAD) {
                return false;
            }
        }
        return true;
    }
}
