package org.credence.language.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.credence.model.Attribution;
import org.credence.model.Quote;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * Extracts quotes and their sources from one text, rule by rule.
 *
 * <p>Direct quotes are the stretches in quotation marks ({@link QuoteMarks}) with a reporting frame
 * beside them in the same paragraph: after ("…,” said Smith. / “…,” Smith said. / “…,” he told
 * reporters. / “…,” Rep. Smith (D-Ohio) said.) or before (Smith said: “…” / Smith said, “…” /
 * According to Smith, “…”), or a dash and a name after a quote that opens its sentence (“…” ― Jane
 * Smith). A quoted
 * stretch of four words or more with no frame is still a direct quote: it takes the source of the
 * direct quote of the paragraph before when it opens a paragraph, else its source is missing.
 * Shorter framed-less stretches are scare quotes or titles and count only as the verbatim part of a
 * reported clause around them (a partial quote). Reported speech is a reporting verb outside quotes
 * (lower-case, not after a determiner or "to", but for a hedge after a vague quantifier: "many see",
 * "some say"; "see" only with "as" or "that") with a subject beside it and a clause after it,
 * skipping a hearer ("told reporters"), a time or place ("on Tuesday", "in a statement") and
 * "that"; or a clause before it ("The plan is dead, Smith said."); or "according to X".
 * Sentences not written mostly in Latin letters (a Cyrillic caption, mojibake) are skipped.
 *
 * <p>Immutable and thread-safe; each call works on its own state. Linear in the text, but for
 * pronoun and title look-back, which scan the entity mentions before the cue.
 */
public final class QuoteExtractor {

    private final Lexicon lex;

    public QuoteExtractor() {
        this.lex = Lexicon.DEFAULT;
    }

    /**
     * Quotes of {@code text} in text order.
     *
     * @param tokens    the text's tokens ({@code org.credence.language.Tokenizer})
     * @param sentences its sentences over those tokens ({@code org.credence.language.SentenceSplitter})
     * @param entities  entity mentions (any order; may be empty), used to name and resolve sources
     */
    public List<Quote> extract(String text, List<Token> tokens, List<Sentence> sentences,
                               List<EntityHint> entities) {
        List<EntityHint> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(EntityHint::span));
        Doc d = new Doc(text, tokens, sentences, sorted);
        return new Run(d, lex).run();
    }

    /** The state of one extraction. */
    private static final class Run {
        private final Doc d;
        private final Lexicon lex;
        private final Sources src;
        private final boolean[] usedCue;
        private final Quote[] direct;
        private final List<Quote> out = new ArrayList<>();

        Run(Doc d, Lexicon lex) {
            this.d = d;
            this.lex = lex;
            this.src = new Sources(d, lex);
            this.usedCue = new boolean[d.size()];
            this.direct = new Quote[d.quoted.size()];
        }

        List<Quote> run() {
            if (d.size() == 0) {
                return List.of();
            }
            Quote previous = null;
            for (int q = 0; q < d.quoted.size(); q++) {
                Quote quote = directQuote(q, previous);
                direct[q] = quote;
                if (quote != null) {
                    previous = quote;
                }
            }
            reported();
            for (Quote q : direct) {
                if (q != null) {
                    out.add(q);
                }
            }
            Transcript.addAnswers(d, src, out);
            out.sort(Comparator.comparing(Quote::content));
            return List.copyOf(out);
        }

        /** A frame: the cue tokens [c0, c1), its lemma and the source tokens. */
        private record Frame(int c0, int c1, String lemma, int[] np, boolean appositive) {
            Frame(int c0, int c1, String lemma, int[] np) {
                this(c0, c1, lemma, np, false);
            }
        }

        private Quote directQuote(int qi, Quote previous) {
            QuoteMarks.Quoted q = d.quoted.get(qi);
            int first = d.tokenAtOrAfter(q.content().start());
            if (first >= d.size() || !d.latin[d.sentenceOf[first]]) {
                return null;
            }
            int words = 0;
            for (int i = first; i < d.size() && d.tokens.get(i).start() < q.content().end(); i++) {
                words += d.isWord(i) ? 1 : 0;
            }
            int after = d.tokenAtOrAfter(q.end());
            int before = d.tokenAtOrAfter(q.open()) - 1;
            Frame f = byline(after, q);
            if (f == null && after < d.size() && !d.lineBreakBetween(after - 1, after)) {
                f = frameAfter(after, q);
                if (f != null && (opensNextQuote(f, q) || endsItsSentence(q, before, first) && !closesSentence(f))) {
                    f = null;
                }
            }
            if (f == null && before >= 0) {
                f = frameBefore(before);
            }
            Span content = q.content();
            if (f != null && words >= 1) {
                for (int k = f.c0; k < f.c1; k++) {
                    usedCue[k] = true;
                }
                Span cue = new Span(d.tokens.get(f.c0).start(), d.tokens.get(f.c1 - 1).end());
                Attribution a = f.np == null ? Attribution.NONE
                        : f.appositive ? src.withMention(src.classify(f.np[0], f.np[2]), f.np[0], f.np[1])
                        : src.classify(f.np[0], f.np[1]);
                return new Quote(content, cue, f.lemma, Quote.Kind.DIRECT, a, List.of(content),
                        (a.isNamed() ? QuoteRule.FRAMED_NAMED : QuoteRule.FRAMED_OTHER).confidence());
            }
            if (words < 4) {
                return null;
            }
            return frameless(q, content, previous);
        }

        /**
         * Whether the quote opens inside a sentence and closes it ("… on what he called “internal
         * deliberations.”"): a frame after it that runs on ("The owner did not respond to requests
         * for comment.") is the next sentence's subject and verb.
         */
        private boolean endsItsSentence(QuoteMarks.Quoted q, int before, int first) {
            if (before < 0 || !d.isWord(before) || d.sentenceOf[before] != d.sentenceOf[first] || q.content().isEmpty()) {
                return false;
            }
            char last = d.text.charAt(q.content().end() - 1);
            return last == '.';
        }

        /** Whether nothing but punctuation follows frame {@code f} in its sentence ("“…” Smith said."). */
        private boolean closesSentence(Frame f) {
            int k = f.np != null && f.np[0] >= f.c1 ? Math.max(f.c1, f.np[1]) : f.c1;
            int end = d.sentences.get(d.sentenceOf[f.c0]).endToken();
            return k >= end || d.tokens.get(k).kind() == Token.Kind.PUNCT && !d.isPunct(k, "(");
        }

        /**
         * The source of a quote with no frame beside it: the nearest earlier speaker in its paragraph or
         * the one before, looking back from the quote over text outside quotes: the source of the direct
         * quote before it when that comes first (a continuing quote), else the subject of the nearest
         * finished frame ("…, Mr. Holt said. “…”", "…, she said, and “…”") or of the nearest sentence
         * opening with a person's name or a personal pronoun ("Brooks said the tone “…”", "Moore
         * thanked him for “…”"); missing when none is found. A quote inside a reported clause
         * is taken over later as a partial quote.
         */
        private Quote frameless(QuoteMarks.Quoted q, Span content, Quote previous) {
            int open = d.tokenAtOrAfter(q.open());
            int last = previous == null || previous.source().kind() == Attribution.Kind.MISSING ? -1
                    : d.tokenAtOrAfter(previous.content().end());
            int[] introducer = open > 1 && d.isPunct(open - 1, ":") && !d.lineBreakBetween(open - 1, open)
                    && frameCueAt(open - 2) == null ? subjectBeforeColon(open - 1) : null;
            if (introducer != null) {
                return new Quote(content, null, null, Quote.Kind.DIRECT, src.classify(introducer[0], introducer[1]),
                        List.of(content), QuoteRule.NEARBY_SPEAKER.confidence());
            }
            int para = open < d.size() ? d.paraOf[open] : -1;
            for (int k = open - 1; k >= 0 && para - d.paraOf[k] <= 1; k--) {
                if (k < last) {
                    return new Quote(content, null, null, Quote.Kind.DIRECT, previous.source(), List.of(content), QuoteRule.CONTINUING.confidence());
                }
                if (d.quoteOf[k] >= 0) {
                    continue;
                }
                int[] framed = closedFrame(k);
                if (framed != null) {
                    return new Quote(content, null, null, Quote.Kind.DIRECT, src.classify(framed[0], framed[1]),
                            List.of(content), QuoteRule.NEARBY_SPEAKER.confidence());
                }
                if (!subjectPlace(k)) {
                    continue;
                }
                int e = d.entityOf[k];
                boolean person = e >= 0 && d.entities.get(e).person();
                if (person || Lexicon.PERSON_PRONOUNS.contains(d.lower[k]) || d.lower[k].equals("i")) {
                    int b = k + 1;
                    while (person && b < d.size() && d.entityOf[b] == e) {
                        b++;
                    }
                    return new Quote(content, null, null, Quote.Kind.DIRECT, src.classify(k, b), List.of(content), QuoteRule.NEARBY_SPEAKER.confidence());
                }
            }
            return new Quote(content, null, null, Quote.Kind.DIRECT, Attribution.NONE, List.of(content), QuoteRule.UNATTRIBUTED.confidence());
        }

        /**
         * Who introduces a quote after a colon at token {@code colon}: a person's name just before the
         * colon ("More from Jane Smith: “…”", "Republican pollster Jane Smith: “…”"), else the subject
         * opening the sentence when it is a person, a personal pronoun or a source word ("Trump went
         * even further: “…”", "The spokesman was blunt: “…”"); null otherwise.
         */
        private int[] subjectBeforeColon(int colon) {
            int start = d.sentences.get(d.sentenceOf[colon]).firstToken();
            int[] near = src.left(colon, start);
            while (near != null && near[0] < near[1] - 1 && !d.capitalised(near[0])
                    && lex.sourceWord(d.lower[near[0]]) == null) {
                near[0]++; // "does not surprise pollster Jane Smith:": the verb is not the name
            }
            if (near != null && personAt(near[1] - 1)
                    && (near[0] == start || !d.isWord(near[0] - 1) || !OBJECT_PREPS.contains(d.lower[near[0] - 1]))) {
                return near; // not "delivered a blunt message to Trump: “…”"
            }
            int i = start;
            while (i < colon && (!d.isWord(i) || Lexicon.STOP.contains(d.lower[i]))) {
                i++;
            }
            int[] np = i < colon ? src.right(i, colon) : null;
            if (np == null || np[1] >= colon || d.quoteOf[np[0]] >= 0) {
                return null;
            }
            String h = d.lower[np[1] - 1];
            boolean speaker = personAt(np[1] - 1) || Lexicon.PERSON_PRONOUNS.contains(h)
                    || lex.sourceWord(h) != null && !d.capitalised(np[1] - 1);
            return speaker ? np : null;
        }

        private static final java.util.Set<String> OBJECT_PREPS = java.util.Set.of("to", "with", "of", "for", "at", "on", "in",
                "about", "against", "by", "toward", "towards");

        private boolean personAt(int k) {
            return d.entityOf[k] >= 0 && d.entities.get(d.entityOf[k]).person();
        }

        /**
         * The source of a finished frame whose cue is token {@code k}: a speech cue with its subject
         * before it and nothing reported after it ("…, Mr. Smith said." / "she said, and"); null when
         * {@code k} is no such cue.
         */
        private int[] closedFrame(int k) {
            Lexicon.Cue cue = frameCueAt(k);
            if (cue == null || cue.cueClass() == Lexicon.CueClass.MENTAL || usedCue[k]) {
                return null;
            }
            Sentence s = d.sentences.get(d.sentenceOf[k]);
            if (k + 1 >= s.endToken() || !d.isPunct(k + 1, ".") && !d.isPunct(k + 1, ",")) {
                return null;
            }
            int[] np = src.left(k, s.firstToken());
            return np != null && src.speakerLike(np[1] - 1) ? np : null;
        }

        /**
         * Whether token {@code k} is in its sentence's subject place: after nothing but "But", "And" and
         * the like, determiners and capitalised words (a title: "Ohio Gov. John Kasich").
         */
        private boolean subjectPlace(int k) {
            int s = d.sentences.get(d.sentenceOf[k]).firstToken();
            int i = s;
            while (i < k && (!d.isWord(i) || Lexicon.STOP.contains(d.lower[i]) && lex.cue(d.lower[i]) == null
                    || d.lower[i].equals("then") || d.lower[i].equals("so") || d.lower[i].equals("yet")
                    || d.lower[i].equals("former") || Lexicon.DETERMINERS.contains(d.lower[i])
                    || d.capitalised(i) && !Lexicon.PRONOUNS.contains(d.lower[i])
                        && (d.entityOf[i] < 0 || !d.entities.get(d.entityOf[i]).person()))) {
                i++;
            }
            return i == k && d.isWord(k);
        }

        /**
         * “…” ― Jane Smith: a quote that opens its sentence, a dash just after the closing mark (on its
         * line or opening the next one) and a run of capitalised words that ends there: at the line's
         * end, at a full stop closing the line, at a comma ("-Jane Smith, Ohio.") or at the next
         * opening mark. Token {@code j} is just after the closing mark. A quote inside a sentence
         * ("called him “…”--Jane Smith.") is left alone: the name is the writer's credit.
         */
        private Frame byline(int j, QuoteMarks.Quoted q) {
            if (j + 1 >= d.size() || !isDash(j) || d.lineBreakBetween(j, j + 1)) {
                return null;
            }
            int o = d.tokenAtOrAfter(q.open());
            if (o > 0 && o != d.sentences.get(d.sentenceOf[o]).firstToken() && !d.lineBreakBetween(o - 1, o)) {
                return null;
            }
            int a = j + 1;
            if (Lexicon.DETERMINERS.contains(d.lower[a]) || Lexicon.PRONOUNS.contains(d.lower[a])) {
                return null;
            }
            int b = a;
            while (b < d.size() && b - a < 6 && d.capitalised(b) && (b == a || !d.lineBreakBetween(b - 1, b))) {
                b++;
            }
            if (b == a) {
                return null;
            }
            boolean ends = b >= d.size() || d.lineBreakBetween(b - 1, b) || d.isPunct(b, ",")
                    || d.isPunct(b, ".") && (b + 1 >= d.size() || d.lineBreakBetween(b, b + 1))
                    || d.tokens.get(b).kind() == Token.Kind.PUNCT && "“”\"„«".indexOf(d.text.charAt(d.tokens.get(b).start())) >= 0;
            return ends ? new Frame(j, j + 1, "—", new int[] {a, b}) : null;
        }

        private boolean isDash(int k) {
            return d.tokens.get(k).kind() == Token.Kind.PUNCT
                    && (d.lower[k].equals("-") || d.lower[k].equals("--") || d.lower[k].equals("–")
                        || d.lower[k].equals("—") || d.lower[k].equals("―"));
        }

        /** "…,” said Smith / “…,” Smith said / “…,” according to Smith: token {@code j} is just after the closing mark. */
        private Frame frameAfter(int j, QuoteMarks.Quoted q) {
            int s = d.sentenceOf[j];
            int end = d.sentences.get(s).endToken();
            if (d.isPunct(j, ",") && j + 1 < end) {
                j++;
            }
            Lexicon.Cue cue = frameCueAt(j);
            if (cue != null) {
                int[] np = src.right(j + 1, end);
                if (np != null && frameEnds(np[1], end, !d.lower[j].equals(cue.lemma()))) {
                    return new Frame(j, j + 1, cue.lemma(), np);
                }
                return null;
            }
            if (according(j)) {
                int[] np = src.right(j + 2, end);
                return np == null ? null : new Frame(j, j + 2, "according to", np);
            }
            int comma = -1;
            for (int c = j + 1; c < Math.min(end, j + 30); c++) {
                int close = comma < 0 && d.isPunct(c, "(") ? parenthesisAfterName(c, end) : -1;
                if (close > 0) {
                    c = close; // “…,” Rep. Jane Smith (D-Ohio) said
                    continue;
                }
                if (d.quoteOf[c] >= 0 || d.tokens.get(c).kind() == Token.Kind.PUNCT && !d.isPunct(c, ",")
                        && !(comma >= 0 && (d.isPunct(c, "(") || d.isPunct(c, ")") || d.isPunct(c, "-")))) {
                    return null;
                }
                if (d.isPunct(c, ",") && comma < 0) {
                    comma = c;
                }
                Lexicon.Cue cc = frameCueAt(c);
                if (cc != null) {
                    int last = d.isPunct(c - 1, ",") ? c - 1 : c;
                    boolean anonymous = Anonymity.DEFAULT.startBefore(d, last, j) > j; // longer than most names
                    int[] np = c < j + 9 || anonymous && c < j + 20 ? src.left(c, j) : null;
                    boolean appositive = false;
                    if (comma > j && (np == null || np[0] != j || np[1] <= comma)) {
                        int[] wide = appositive(j, comma, c);
                        if (wide != null) {
                            np = wide;
                            appositive = true;
                        }
                    }
                    if (np != null && np[0] == j) {
                        int k = skipHearer(c, cc, end);
                        if (frameEnds(k, end, !d.lower[c].equals(cc.lemma()))) {
                            return new Frame(c, c + 1, cc.lemma(), np, appositive);
                        }
                    }
                    if (comma >= 0 || c + 1 < end && frameCueAt(c + 1) != null) {
                        // “…,” the report stated: the first "cue" was a noun; “…,” Smith, the head of the
                        // state union, said: a word inside an appositive
                        continue;
                    }
                    return null;
                }
            }
            return null;
        }

        /**
         * Whether an after-frame belongs to the next quote instead: the quote ends its sentence with a
         * full stop and the frame leads into another opening mark (“… change.” She adds, “…”). A
         * quote split by its frame (“…,” she said, “…”) ends with a comma and keeps it.
         */
        private boolean opensNextQuote(Frame f, QuoteMarks.Quoted q) {
            if (q.content().isEmpty() || d.text.charAt(q.content().end() - 1) != '.') {
                return false;
            }
            int k = f.c1 < d.size() && f.np != null && f.np[0] >= f.c1 ? Math.max(f.c1, f.np[1]) : f.c1;
            while (k < d.size() && (d.isPunct(k, ",") || d.isPunct(k, ":"))) {
                k++;
            }
            if (k >= d.size() || d.quoteOf[k] >= 0 || d.tokens.get(k).kind() != Token.Kind.PUNCT) {
                return false;
            }
            int at = d.tokens.get(k).start();
            char ch = d.text.charAt(at);
            return QuoteMarks.isDoubleOpener(ch) || ch == '\'' && at + 1 < d.text.length() && d.text.charAt(at + 1) == '\'';
        }

        /** The ")" closing a parenthesis of a few tokens that opens at {@code open} just after a capitalised word; -1 when none. */
        private int parenthesisAfterName(int open, int end) {
            if (open == 0 || !d.capitalised(open - 1)) {
                return -1;
            }
            for (int k = open + 1; k < Math.min(end, open + 8); k++) {
                if (d.isPunct(k, ")")) {
                    return k;
                }
                if (d.isPunct(k, "(") || d.quoteOf[k] >= 0) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * “…,” Smith, a Democrat from Ohio, said: the name (with a party in parentheses) from token
         * {@code j} to the first comma, and
         * the phrase from the name to the comma just before the cue {@code c} (with "also" and the like
         * between); null unless the name is a name, a title or a pronoun.
         */
        private int[] appositive(int j, int comma, int c) {
            int k = c - 1;
            while (k > comma && d.isWord(k) && !d.capitalised(k)
                    && (Lexicon.BETWEEN.contains(d.lower[k]) || d.lower[k].endsWith("ly"))) {
                k--;
            }
            if (k <= comma + 1 || !d.isPunct(k, ",")) {
                return null;
            }
            int[] name = src.right(j, comma);
            boolean party = name != null && name[1] < comma && d.isPunct(name[1], "(")
                    && parenthesisAfterName(name[1], comma) == comma - 1; // Rep. Jane Smith (D-Ohio), a member, said
            if (name == null || name[1] != comma && !party) {
                return null;
            }
            boolean named = false;
            for (int i = name[0]; i < name[1]; i++) {
                named |= d.entityOf[i] >= 0 && d.entities.get(d.entityOf[i]).person() || d.capitalised(i)
                        || lex.sourceWord(d.lower[i]) != null;
            }
            return named ? new int[] {j, k, name[1]} : null;
        }

        /**
         * Whether a frame ending at token {@code k} is followed by no reported clause of its own; after an
         * inflected cue ("said", not "tweet", which may be a noun) a participle or "and" may follow.
         */
        private boolean frameEnds(int k, int end, boolean inflected) {
            if (k >= end) {
                return true;
            }
            if (d.isPunct(k, "(")) {
                // "said Sen. Jane Smith (D-Ohio)."
                for (int i = k + 1; i < Math.min(end, k + 6); i++) {
                    if (d.isPunct(i, ")")) {
                        return frameEnds(i + 1, end, false);
                    }
                }
                return false;
            }
            if (d.tokens.get(k).kind() == Token.Kind.PUNCT) {
                return true;
            }
            String w = d.lower[k];
            return Lexicon.AFTER_CUE_PREPS.contains(w) || Lexicon.AFTER_FRAME.contains(w)
                    || w.endsWith("ly") && !d.capitalised(k)
                    || inflected && (w.endsWith("ing") && !d.capitalised(k) // “…,” Smith said answering a question
                        || w.equals("and") || w.equals("but")); // “…,” Smith barked and left
        }

        private int skipHearer(int c, Lexicon.Cue cue, int end) {
            int k = c + 1;
            if (Lexicon.HEARER_VERBS.contains(cue.lemma()) && k < end) {
                int[] np = src.right(k, end);
                if (np != null) {
                    k = np[1];
                }
            }
            return k;
        }

        /** Smith said: “…” / Smith said, “…” / According to Smith, “…” / Smith: “…”: token {@code b} is just before the opening mark. */
        private Frame frameBefore(int b) {
            int s = d.sentenceOf[b];
            int start = d.sentences.get(s).firstToken();
            boolean colon = d.isPunct(b, ":");
            int c = (colon || d.isPunct(b, ",")) ? b - 1 : b;
            if (c == b && frameCueAt(b) == null) {
                return null; // "said the deal was “a disaster”": a partial quote, read as reported speech
            }
            if (!colon && d.lineBreakBetween(b, b + 1)) {
                return null;
            }
            for (int k = c; k >= Math.max(start, c - 8) && k >= 0; k--) {
                if (d.quoteOf[k] >= 0 || d.isPunct(k, ".")) {
                    return null;
                }
                if (according(k)) {
                    int[] np = src.right(k + 2, b + 1);
                    return np == null ? null : new Frame(k, k + 2, "according to", np);
                }
                Lexicon.Cue cue = frameCueAt(k);
                if (cue != null && !usedCue[k]) {
                    int[] np = d.lower[k].endsWith("ing") ? src.subject(start, k) : src.left(k, start);
                    if (np == null) {
                        np = src.right(k + 1, b + 1);
                    }
                    return np == null ? null : new Frame(k, k + 1, cue.lemma(), np);
                }
            }
            if (colon && c >= start) {
                int[] np = src.left(b, start);
                if (np != null && np[0] == start && d.capitalised(np[1] - 1)) {
                    return new Frame(b, b + 1, ":", np);
                }
            }
            return null;
        }

        private boolean according(int k) {
            return d.lower[k].equals("according") && k + 1 < d.size() && d.lower[k + 1].equals("to")
                    && d.quoteOf[k] < 0;
        }

        /** A reporting verb at token {@code k} that frames a direct quote beside it: {@link #cueAt} or a frame-only verb. */
        private Lexicon.Cue frameCueAt(int k) {
            Lexicon.Cue cue = cueAt(k);
            if (cue != null || d.quoteOf[k] >= 0 || !d.isWord(k) || d.capitalised(k)) {
                return cue;
            }
            String lemma = Lexicon.FRAME_ONLY.get(d.lower[k]);
            return lemma == null || k > 0 && Lexicon.DETERMINERS.contains(d.lower[k - 1]) ? null
                    : new Lexicon.Cue(lemma, Lexicon.CueClass.SPEECH);
        }

        /** The reporting verb at token {@code k}: lower-case, outside quotes, not a noun or an infinitive. */
        private Lexicon.Cue cueAt(int k) {
            if (d.quoteOf[k] >= 0 || !d.isWord(k) || d.capitalised(k)) {
                return null;
            }
            Lexicon.Cue cue = lex.cue(d.lower[k]);
            if (cue == null || k == 0) {
                return cue;
            }
            String p = d.lower[k - 1];
            if (Lexicon.VAGUE_QUANTIFIERS.contains(p) && Lexicon.HEDGE_VERBS.contains(d.lower[k])) {
                return cue; // "Many see the move as a setback", "some say"
            }
            if (p.equals("to") || p.equals("'s") || p.equals("’s")
                    || (Lexicon.DETERMINERS.contains(p) && !p.equals("that"))) {
                return null;
            }
            return cue;
        }

        /** Reported speech and "according to" outside quotes. */
        private void reported() {
            for (int c = 0; c < d.size(); c++) {
                if (usedCue[c] || d.quoteOf[c] >= 0 || !d.latin[d.sentenceOf[c]]) {
                    continue;
                }
                if (according(c)) {
                    accordingTo(c);
                    continue;
                }
                Lexicon.Cue cue = cueAt(c);
                if (cue != null) {
                    Reported.reported(d, src, c, cue, out, direct);
                }
            }
        }

        private void accordingTo(int c) {
            Sentence s = d.sentences.get(d.sentenceOf[c]);
            int sa = s.firstToken();
            int ce = Reported.contentEnd(d, s);
            int[] np = src.right(c + 2, ce);
            if (np == null) {
                return;
            }
            int from;
            int to;
            if (c - sa <= 2 && np[1] < ce && d.isPunct(np[1], ",")) {
                from = np[1] + 1;
                to = ce;
            } else if (c > sa) {
                from = sa;
                to = d.isPunct(c - 1, ",") ? c - 1 : c;
            } else {
                return;
            }
            Reported.emit(d, src, c, c + 2, "according to", Quote.Kind.ACCORDING_TO, np, from, to, QuoteRule.ACCORDING_TO, out, direct);
        }
    }
}
