package org.credence.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.credence.Credence;
import org.credence.model.Document;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;
import org.credence.signals.ArticleView;
import org.credence.model.SignalResult;
import org.credence.signals.sloppiness.SloppinessSignal;
import org.credence.signals.sloppiness.SpellingChecker;
import org.credence.language.words.WordList;

/**
 * The spelling check of the sloppiness signal on clean, professionally edited news: false alarms
 * per 1,000 checked words on the text as it is, and recall on synthetic typos
 * ({@link TypoInjector}) injected into the same articles with a fixed seed, beside three baselines:
 * "every word not in the word list", "every lower-case word not in the word list" and the
 * majority answer "flag nothing" (most words are spelled right).
 *
 * <p>Input: a CoNLL-2003 file (documents rebuilt as headline, then the other lines as one body
 * paragraph), a {@code .txt} file, or a directory of {@code .txt} articles (PolNeAR's
 * {@code text/} folders). Every document of the path is evaluated: the rules were tuned on
 * CoNLL-2003 {@code eng.train} and PolNeAR {@code train} only, so {@code eng.testa},
 * {@code eng.testb} and PolNeAR {@code dev} are held out.
 */
public final class SpellingEval {

    /** Counts for one system. */
    static final class Tally {
        long words;
        long flags;
        long typoFlags;
        long typoHits;
        long typoCorrected;
        long typoFalse;

        Map<String, Object> asMap(long typos) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("falseAlarms", flags);
            m.put("falseAlarmsPer1000Words", per1000(flags, words));
            m.put("recall", ratio(typoHits, typos));
            m.put("correctionAccuracy", ratio(typoCorrected, typoHits));
            m.put("falseAlarmsPer1000WordsWithTypos", per1000(typoFalse, words));
            return m;
        }
    }

    private final String source;
    private final long seed;
    private int documents;
    private long typos;
    private long typosQuoted;
    private long realWordEdits;
    private final Tally credence = new Tally();
    private final Tally everyWord = new Tally();
    private final Tally lowerWord = new Tally();
    private final Map<String, Integer> alarms = new java.util.TreeMap<>();
    private final List<String> missed = new ArrayList<>();
    /** Documents the sloppiness signal judged and fired on: clean [0], with typos [1]. */
    private final int[] judged = new int[2];
    private final int[] fired = new int[2];
    private double millis;

    private SpellingEval(String source, long seed) {
        this.source = source;
        this.seed = seed;
    }

    /** Evaluates every article of {@code data} (at most {@code maxDocs}). */
    public static SpellingEval run(Path data, long seed, int maxDocs) throws IOException {
        SpellingEval e = new SpellingEval(data.getFileName().toString(), seed);
        Credence credence = Credence.standard();
        SpellingChecker checker = SpellingChecker.standard();
        TypoInjector injector = new TypoInjector(w -> checker.words().contains(w));
        int i = 0;
        for (String text : texts(data, maxDocs)) {
            Document doc = credence.analyzeText(text);
            ArticleView view = ArticleView.of(doc);
            e.score(view, checker, null);
            e.signal(doc, 0);
            TypoInjector.Result inj = injector.inject(view, new Random(seed * 1_000_003L + i++));
            Document typed = credence.analyzeText(inj.text());
            e.typos += inj.typos().size();
            e.realWordEdits += inj.realWordEdits();
            e.score(ArticleView.of(typed), checker, inj.typos());
            e.signal(typed, 1);
            e.documents++;
        }
        return e;
    }

    private void signal(Document doc, int which) {
        doc.signal(SloppinessSignal.ID).ifPresent(r -> {
            if (r.outcome() != SignalResult.Outcome.CANNOT_JUDGE) {
                judged[which]++;
                fired[which] += r.fired() ? 1 : 0;
            }
        });
    }

    private void score(ArticleView view, SpellingChecker checker, List<TypoInjector.Typo> injected) {
        String text = view.text();
        long t0 = System.nanoTime();
        SpellingChecker.Check c = checker.check(view);
        millis += (System.nanoTime() - t0) / 1e6;
        List<Span> mine = c.errors().stream().map(SpellingChecker.Misspelling::span).toList();
        tally(credence, mine, c.words(), injected, text, c.errors());
        List<Span> every = new ArrayList<>();
        List<Span> lower = new ArrayList<>();
        int words = baselines(view, checker.words(), every, lower);
        tally(everyWord, every, words, injected, text, null);
        tally(lowerWord, lower, words, injected, text, null);
        if (injected == null) {
            for (SpellingChecker.Misspelling m : c.errors()) {
                alarms.merge(m.word() + " -> " + m.suggestion(), 1, Integer::sum);
            }
        } else {
            for (TypoInjector.Typo t : injected) {
                if (SpellingChecker.inQuotation(view.document(), t.span())) {
                    typosQuoted++;
                } else if (mine.stream().noneMatch(f -> f.overlaps(t.span())) && missed.size() < 60) {
                    missed.add(t.typo() + " (" + t.original() + ")");
                }
            }
        }
    }

    private static void tally(Tally t, List<Span> flagged, int words, List<TypoInjector.Typo> injected, String text,
                              List<SpellingChecker.Misspelling> errors) {
        if (injected == null) {
            t.words += words;
            t.flags += flagged.size();
            return;
        }
        for (int k = 0; k < flagged.size(); k++) {
            Span f = flagged.get(k);
            TypoInjector.Typo hit = injected.stream().filter(x -> x.span().overlaps(f)).findFirst().orElse(null);
            if (hit == null) {
                t.typoFalse++;
            } else {
                t.typoHits++;
                if (errors != null && errors.get(k).suggestion().equals(hit.original())) {
                    t.typoCorrected++;
                }
            }
        }
    }

    /** The baselines' flags over the headline and body words; returns the number of words. */
    static int baselines(ArticleView view, WordList list, List<Span> every, List<Span> lower) {
        String text = view.text();
        List<Token> tokens = view.document().language().tokens();
        List<Token> checked = new ArrayList<>();
        view.headline().ifPresent(h -> tokens.stream().filter(t -> h.contains(t.span())).forEach(checked::add));
        for (Sentence s : view.bodySentences()) {
            checked.addAll(view.tokens(s));
        }
        int words = 0;
        for (Token t : checked) {
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            words++;
            String w = t.text(text).replace('\u2019', '\'');
            String l = w.toLowerCase(Locale.ROOT);
            if (!list.contains(w) && !list.contains(l)) {
                every.add(t.span());
                if (w.equals(l)) {
                    lower.add(t.span());
                }
            }
        }
        return words;
    }

    /** The articles of a CoNLL file, a .txt file or a directory of .txt files. */
    static List<String> texts(Path data, int maxDocs) throws IOException {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(data)) {
            try (Stream<Path> s = Files.walk(data)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    if (out.size() >= maxDocs) {
                        break;
                    }
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            return out;
        }
        if (data.toString().endsWith(".txt")) {
            return List.of(Files.readString(data, StandardCharsets.UTF_8));
        }
        for (List<List<ConllText.Gold>> doc : ConllText.read(data, maxDocs == Integer.MAX_VALUE ? 0 : maxDocs)) {
            String headline = ConllText.rebuild(doc.subList(0, 1), ConllText.Layout.PARAGRAPH).text();
            String body = doc.size() > 1 ? ConllText.rebuild(doc.subList(1, doc.size()), ConllText.Layout.PARAGRAPH).text() : "";
            out.add(headline + "\n\n" + body + "\n");
        }
        return out;
    }

    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Spelling on %s: %,d documents, %,d checked words; %,d synthetic typos "
                + "(seed %d; %,d in quotations; %,d real-word edits given up)%n",
                source, documents, credence.words, typos, seed, typosQuoted, realWordEdits));
        sb.append(String.format(Locale.ROOT, "%-40s %12s %10s %9s %10s %12s%n",
                "system", "false alarms", "per 1k wds", "recall", "corrected", "FA/1k typos"));
        row(sb, "credence spelling check", credence);
        row(sb, "baseline: every word not in the list", everyWord);
        row(sb, "majority baseline: flag nothing", new Tally());
        row(sb, "baseline: lower-case not in the list", lowerWord);
        sb.append(String.format(Locale.ROOT, "recall on typos outside quotations: credence %.3f%n",
                ratio(credence.typoHits, typos - typosQuoted)));
        sb.append(String.format(Locale.ROOT, "sloppiness signal fired on %d of %d clean documents (%.1f %%) and %d of %d with typos (%.1f %%)%n",
                fired[0], judged[0], 100 * ratio(fired[0], judged[0]), fired[1], judged[1], 100 * ratio(fired[1], judged[1])));
        sb.append(String.format(Locale.ROOT, "credence check time: %.2f ms a document (after the pipeline)%n",
                documents == 0 ? 0 : millis / (2.0 * documents)));
        if (!alarms.isEmpty()) {
            sb.append("credence false alarms on the clean text: ");
            sb.append(String.join(", ", alarms.entrySet().stream()
                    .map(e -> e.getKey() + (e.getValue() > 1 ? " x" + e.getValue() : "")).toList()));
            sb.append(System.lineSeparator());
        }
        if (!missed.isEmpty()) {
            sb.append("some typos missed outside quotations: ").append(String.join(", ", missed)).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private void row(StringBuilder sb, String name, Tally t) {
        sb.append(String.format(Locale.ROOT, "%-40s %12d %10.3f %9.3f %10s %12.3f%n", name, t.flags,
                per1000(t.flags, t.words), ratio(t.typoHits, typos),
                t == credence ? String.format(Locale.ROOT, "%.3f", ratio(t.typoCorrected, t.typoHits)) : "-",
                per1000(t.typoFalse, t.words)));
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("seed", seed);
        m.put("documents", documents);
        m.put("words", credence.words);
        m.put("typos", typos);
        m.put("typosQuoted", typosQuoted);
        m.put("realWordEditsGivenUp", realWordEdits);
        m.put("credence", credence.asMap(typos));
        m.put("credenceRecallOutsideQuotations", ratio(credence.typoHits, typos - typosQuoted));
        m.put("signalFiredClean", fired[0]);
        m.put("signalJudgedClean", judged[0]);
        m.put("signalFiredWithTypos", fired[1]);
        m.put("signalJudgedWithTypos", judged[1]);
        m.put("baselineEveryWord", everyWord.asMap(typos));
        m.put("baselineLowerCase", lowerWord.asMap(typos));
        m.put("falseAlarms", alarms);
        return m;
    }

    private static double per1000(long n, long words) {
        return words == 0 ? 0 : Math.round(1000.0 * n / words * 1000) / 1000.0;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : Math.round((double) a / b * 10000) / 10000.0;
    }
}
