package org.credence.language.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * left unlinked whenever two chains could fit it or the evidence is thin.
 *
 * <p>A nominal mention is a definite noun phrase ("the …" or a named possessor "Russia's …")
 * whose head is a role noun (minister, senator, spokesman …) for a person chain or an
 * organisation noun (company, ministry, agency, party …) for an organisation chain, with
 * optional modifiers and a complement ("the secretary of state"). Phrases followed by a name
 * are titles, not mentions; predicative ones ("is the minister") and ones with a blocking
 * modifier ("the next president"), a relative clause ("the candidate who wins") or an unreadable
 * complement ("the president of a group") are skipped.
 *
 * <p>{@link Evidence} reads descriptions of chains from titles, appositives and organisations'
 * own names. A nominal then links, in this order:
 * <ol>
 *   <li>{@link Reason#APPOSITIVE}: it is itself an appositive of a name;</li>
 *   <li>{@link Reason#DESCRIBED} or {@link Reason#NAME}: exactly one chain has an earlier
 *       description with the same head, the same ranks ("former", "deputy", "prime") and every
 *       modifier of the nominal ("the foreign minister" fits "Russian Foreign Minister"; places
 *       match their demonyms; descriptive modifiers such as "embattled" or "47-year-old" are
 *       ignored). Not for a bare broad role ("the candidate"); not from a description with a
 *       complement the nominal lacks ("the president of Judicial Watch") or with a possessor of
 *       the nominal's own kind ("Carrier's parent company"); and for a general organisation noun
 *       ("the company") only when no other organisation it could mean was named in the last few
 *       sentences;</li>
 *   <li>{@link Reason#RECENT}: otherwise, when all of these hold:
 *     <ul>
 *       <li>the role is no office ("the president") and the phrase has no complement and no
 *           person or organisation as possessor ("Trump's spokesman");</li>
 *       <li>the chain is the only compatible one named in the nominal's sentence and the
 *           {@value #PERSON_WINDOW} (people) or {@value #ORG_WINDOW} (organisations) before it,
 *           but not earlier in the nominal's own sentence ("Brafman told the judge": someone else);</li>
 *       <li>neither the nominal nor the chain's last mention is in quoted speech, and that mention
 *           is the subject of its sentence and not in a title-case headline (organisations);</li>
 *       <li>the chain is established: named twice, or in the headline or lede;</li>
 *       <li>no description contradicts the role, no other chain was described with it, and for an
 *           organisation the noun is a general one ("the company", not "the airline") and the
 *           chain's names support its modifiers.</li>
 *     </ul></li>
 * </ol>
 * An indefinite phrase with the same head just before ("a spokesman said … the spokesman added")
 * means the nominal is about that unnamed one, and it is left unlinked.
 */
public final class NominalLinker {

    /** Sentences before a person nominal's own in which the one candidate must be named. */
    static final int PERSON_WINDOW = 2;
    /** Sentences before an organisation nominal's own in which the one candidate must be named. */
    static final int ORG_WINDOW = 3;
    /** Sentences at the article's start (headline, lede) in which one naming establishes an entity. */
    static final int OPENING = 2;
    /** Tokens from its sentence's start within which a mention counts as the subject. */
    private static final int SUBJECT_REACH = 4;

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "being", "'s",
            "become", "becomes", "became", "becoming", "remain", "remains", "remained", "as", "named", "elected",
            "appointed", "chosen", "called", "dubbed", "like", "than");
    /** Words after a name that make it the subject of what follows ("Lavrov said", "Warren, who …"). */
    private static final Set<String> SUBJECT_VERBS = Set.of("said", "says", "told", "tells", "is", "was", "has", "had",
            "will", "would", "could", "can", "added", "adds", "noted", "wrote", "writes", "argued", "insisted",
            "claimed", "announced", "declared", "urged", "called", "asked", "did", "does", "also", "who", "later",
            "then", "spoke", "speaks", "explained", "replied", "responded", "continued", "went");

    private final RoleLexicon lex;

    public NominalLinker() {
        this.lex = RoleLexicon.standard();
    }

    /**
     * A definite role phrase the linker considered, linked or not (for evaluations).
     *
     * @param span   the phrase
     * @param person true for a person role, false for an organisation noun
     */
    public record Candidate(Span span, boolean person) {
    }

    /**
     * What the linker did on one article.
     *
     * @param candidates every definite role phrase considered, in text order, appositives included
     * @param chains     the article's chains with their nominal mentions
     */
    public record Result(List<Candidate> candidates, List<EntityChain> chains) {
        public Result {
            candidates = List.copyOf(candidates);
            chains = List.copyOf(chains);
        }
    }

    /** A mention of a chain, named or nominal, for the recency window: its first and end tokens. */
    private record Mention(int chain, int first, int end, Span span) {
    }

    /** The working state for one article. */
    private static final class Article {
        final Words w;
        final Language l;
        final Evidence evidence;
        final Map<Integer, EntityChain> chains = new HashMap<>();
        final List<RolePhrase> indefinites = new ArrayList<>();
        final List<RolePhrase> candidates = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        final Map<Integer, List<NominalMention>> found = new HashMap<>();
        final List<Candidate> considered = new ArrayList<>();

        Article(Words w, Language l, Evidence evidence) {
            this.w = w;
            this.l = l;
            this.evidence = evidence;
            for (EntityChain c : l.chains()) {
                chains.put(c.id(), c);
            }
        }

        EntityType type(int chain) {
            EntityChain c = chains.get(chain);
            return c == null ? null : c.type();
        }
    }

    /** The chains of {@code l} with their nominal mentions; {@code l}'s entities and chains must be linked. */
    public List<EntityChain> link(String text, Language l) {
        return analyse(text, l).chains();
    }

    /** Like {@link #link}, with every definite role phrase considered. */
    public Result analyse(String text, Language l) {
        if (l.chains().stream().noneMatch(c -> c.type() == EntityType.PERSON || c.type() == EntityType.ORGANIZATION)) {
            return new Result(List.of(), l.chains());
        }
        Words w = new Words(text, l);
        PhraseReader reader = new PhraseReader(w, lex);
        Article a = new Article(w, l, new Evidence(w, reader, lex, l));
        scan(a, reader);
        for (int e = 0; e < w.entities.size(); e++) {
            if (w.chain(e) >= 0) {
                a.mentions.add(new Mention(w.chain(e), w.entityFirstToken(e), w.entityEndToken(e), w.entities.get(e).span()));
            }
        }
        for (Evidence.Appositive ap : a.evidence.appositives) {
            add(a, ap.chain(), new NominalMention(ap.phrase(), Reason.APPOSITIVE, ap.name()));
            a.considered.add(new Candidate(ap.phrase(), ap.person()));
        }
        for (RolePhrase p : a.candidates) {
            resolve(a, p);
        }
        List<EntityChain> out = new ArrayList<>(l.chains().size());
        for (EntityChain c : l.chains()) {
            List<NominalMention> n = a.found.get(c.id());
            out.add(n == null ? c : c.withNominals(n));
        }
        a.considered.sort(Comparator.comparing(Candidate::span));
        return new Result(a.considered, out);
    }

    /** Definite phrases (candidates), indefinite ones (blockers) and appositives before names. */
    private void scan(Article a, PhraseReader reader) {
        Words w = a.w;
        int after = 0;
        for (int i = 0; i < w.size(); i++) {
            if (i < after || w.sentence(i) < 0 || a.evidence.appositiveStarts.contains(i)) {
                continue;
            }
            int e = w.entityStartingAt(i);
            boolean possessor = e >= 0 && w.possessive(w.entityEndToken(e));
            if (!possessor && (!w.isWord(i) || w.entity(i) >= 0)) {
                continue;
            }
            if (!possessor && !w.is(i, "the") && !w.is(i, "a") && !w.is(i, "an")) {
                continue;
            }
            RolePhrase p = reader.forward(i, false);
            if (p == null || a.l.isForeign(p.span(w))) {
                continue;
            }
            after = p.headToken() + 1;
            if (!p.definite()) {
                a.indefinites.add(p);
                continue;
            }
            if (a.evidence.beforeName(p.end()) || a.evidence.appositiveBefore(p) || properName(w, p)
                    || commaThenName(a, p)) {
                continue;
            }
            int before = p.first() - 1;
            if (p.qualified() || (before >= w.sentenceStart(i) && COPULAS.contains(w.lower(before)))) {
                continue;
            }
            a.candidates.add(p);
            a.considered.add(new Candidate(p.span(w), p.head().kind().person()));
        }
    }

    /**
     * True when the phrase is a name, not a role: its head is capitalised after a capitalised word
     * that is neither a named entity nor a known modifier ("The New Hampshire Union Leader").
     */
    private boolean properName(Words w, RolePhrase p) {
        int h = p.headToken();
        int e = w.entity(h - 1);
        boolean place = e >= 0 && (w.type(e) == EntityType.GPE || w.type(e) == EntityType.NATIONALITY);
        return h - 1 > p.first() && w.capitalised(h) && w.capitalised(h - 1) && !place
                && !lex.modifier(w.lower(h - 1));
    }

    /** "the party chairwoman, Representative Debbie …": an appositive to a name not linked as one. */
    private static boolean commaThenName(Article a, RolePhrase p) {
        int k = p.end();
        return k + 1 < a.w.sentenceEnd(p.first()) && a.w.is(k, ",") && a.evidence.beforeName(k + 1);
    }

    private void add(Article a, int chain, NominalMention n) {
        a.found.computeIfAbsent(chain, k -> new ArrayList<>()).add(n);
        int first = tokenAt(a.w, n.span().start());
        int end = tokenAt(a.w, n.span().end() - 1) + 1;
        a.mentions.add(new Mention(chain, first, end, n.span()));
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
            if (q.first() < p.first() && q.head().word().equals(p.head().word()) && w.sentence(q.first()) >= sentence - window) {
                return;
            }
        }
        int matched = -1;
        Evidence.Description best = null;
        Set<Integer> described = new HashSet<>();
        boolean bareBroad = kind == RoleLexicon.Kind.BROAD && p.mods().isEmpty() && p.ranks().isEmpty();
        for (Evidence.Description d : a.evidence.descriptions) {
            if (d.at() > span.start() || !Evidence.fits(kind, a.type(d.chain())) || p.namesChain(d.chain())) {
                continue;
            }
            if (d.phrase().head().word().equals(p.head().word())) {
                described.add(d.chain());
            }
            if (!bareBroad && p.fits(d.phrase(), lex) && !(d.phrase().restricted() && p.mods().isEmpty())
                    && !possessorClash(a, p, d.phrase())) {
                if (matched >= 0 && matched != d.chain()) {
                    return;
                }
                matched = d.chain();
                if (best == null || d.at() > best.at()) {
                    best = d;
                }
            }
        }
        if (best != null) {
            if (kind != RoleLexicon.Kind.ORG || onlyInWindow(a, p, span, sentence, window, matched)) {
                add(a, matched, new NominalMention(span, best.reason(), best.evidence()));
            }
            return;
        }
        if (kind == RoleLexicon.Kind.OFFICE || p.restricted() || p.relational(w)) {
            return;
        }
        Mention last = recent(a, p, span, sentence, window);
        if (last == null || (!described.isEmpty() && !described.equals(Set.of(last.chain)))) {
            return;
        }
        for (Mention m : a.mentions) {
            if (m.chain == last.chain && w.sentence(m.first) == sentence && m.span.start() < span.start()) {
                return;
            }
        }
        if (w.quoted(p.first()) || w.quoted(last.first)) {
            return;
        }
        if (!subject(w, last) || !established(a, last.chain, span.start())
                || (!kind.person() && !supported(a, p, last.chain, span.start()))) {
            return;
        }
        if (agrees(a, p, last.chain, span.start())) {
            add(a, last.chain, new NominalMention(span, Reason.RECENT, last.span));
        }
    }

    /**
     * True when description {@code d} names an entity of the kind the nominal refers to that the
     * nominal does not: "Carrier's parent company" describes another company than "the company".
     */
    private static boolean possessorClash(Article a, RolePhrase p, RolePhrase d) {
        for (RolePhrase.Mod m : d.mods()) {
            if (m.chain() >= 0 && !m.place() && Evidence.fits(p.head().kind(), a.type(m.chain())) && !p.namesChain(m.chain())) {
                return true;
            }
        }
        return false;
    }

    /** The last mention of the one compatible chain named in the window before {@code span}, or null. */
    private Mention recent(Article a, RolePhrase p, Span span, int sentence, int window) {
        RoleLexicon.Kind kind = p.head().kind();
        Mention last = null;
        for (Mention m : a.mentions) {
            int ms = a.w.sentence(m.first);
            if (m.span.start() >= span.start() || ms < sentence - window || ms > sentence
                    || !Evidence.fits(kind, a.type(m.chain)) || p.namesChain(m.chain)) {
                continue;
            }
            if (!kind.person() && (!orgHeadAgrees(a, p, m.chain, span.start()) || a.w.titleCase(m.first))) {
                continue;
            }
            if (last != null && last.chain != m.chain) {
                return null;
            }
            if (last == null || m.span.start() > last.span.start()) {
                last = m;
            }
        }
        return last;
    }

    /** For a general organisation noun matched by a description: no other organisation it could mean is in the window. */
    private boolean onlyInWindow(Article a, RolePhrase p, Span span, int sentence, int window, int chain) {
        for (Mention m : a.mentions) {
            int ms = a.w.sentence(m.first);
            if (m.chain != chain && m.span.start() < span.start() && ms >= sentence - window && ms <= sentence
                    && a.type(m.chain) == EntityType.ORGANIZATION && orgHeadAgrees(a, p, m.chain, span.start())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a mention opens its sentence (after nothing but a title, a date or punctuation:
     * "Former President Bill Clinton", "On Monday, Lavrov") or is followed by a verb it is the
     * subject of ("… as Lavrov said") or by an appositive ("Exxon, the oil company").
     */
    private boolean subject(Words w, Mention m) {
        int limit = w.sentenceEnd(m.first);
        if (m.end < limit && w.isWord(m.end) && SUBJECT_VERBS.contains(w.lower(m.end))) {
            return true;
        }
        if (m.end + 1 < limit && w.is(m.end, ",") && (w.is(m.end + 1, "the") || w.is(m.end + 1, "a") || w.is(m.end + 1, "an"))) {
            return true;
        }
        int start = w.sentenceStart(m.first);
        if (m.first - start > SUBJECT_REACH) {
            return false;
        }
        for (int k = start; k < m.first; k++) {
            if (w.isWord(k) && !w.capitalised(k) && w.entity(k) < 0 && !lex.known(w.lower(k)) && !w.lower(k).equals("the")) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the chain is an established topic before offset {@code before}: named at least
     * twice, or named in the article's first {@value #OPENING} sentences (headline and lede).
     */
    private static boolean established(Article a, int chain, int before) {
        int named = 0;
        for (Span s : a.chains.get(chain).mentions()) {
            if (s.start() >= before) {
                break;
            }
            named++;
            if (named >= 2 || a.w.sentence(tokenAt(a.w, s.start())) < OPENING) {
                return true;
            }
        }
        return false;
    }

    /** Every modifier of an organisation nominal is a word of the chain's names or descriptions. */
    private boolean supported(Article a, RolePhrase p, int chain, int before) {
        if (p.mods().isEmpty()) {
            return true;
        }
        Set<String> words = new HashSet<>();
        for (Span s : a.chains.get(chain).mentions()) {
            for (String x : s.in(a.w.text).toLowerCase(Locale.ROOT).split("\\s+")) {
                words.add(x);
            }
        }
        for (Evidence.Description d : a.evidence.descriptions) {
            if (d.chain() == chain && d.at() <= before) {
                for (RolePhrase.Mod m : d.phrase().mods()) {
                    words.add(m.key());
                }
            }
        }
        for (RolePhrase.Mod m : p.mods()) {
            if (!words.contains(m.key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * For an organisation: the chain has a description with the nominal's head, or none at all
     * and the head is a general one ("the company", not "the ministry").
     */
    private boolean orgHeadAgrees(Article a, RolePhrase p, int chain, int before) {
        boolean any = false;
        for (Evidence.Description d : a.evidence.descriptions) {
            if (d.chain() == chain && d.at() <= before) {
                any = true;
                if (d.phrase().head().word().equals(p.head().word())) {
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
        for (Evidence.Description d : a.evidence.descriptions) {
            if (d.chain() != chain || d.at() > before) {
                continue;
            }
            RoleLexicon.Head h = d.phrase().head();
            if (h.word().equals(p.head().word())) {
                if (p.contradicts(d.phrase(), lex)) {
                    return false;
                }
            } else if (p.head().kind() != RoleLexicon.Kind.BROAD && h.kind() != RoleLexicon.Kind.BROAD) {
                return false;
            }
        }
        return true;
    }
}
