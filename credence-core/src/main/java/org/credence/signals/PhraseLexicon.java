package org.credence.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * A list of phrases, each a sequence of lower-cased tokens with a kind and a weight, matched
 * against a run of tokens (longest match wins, matches never overlap). Immutable and
 * thread-safe once loaded.
 *
 * <p>File format (UTF-8, one entry a line, {@code #} starts a comment): {@code phrase TAB kind
 * [TAB weight]}. A phrase is written as Credence's tokenizer splits it ("it is believed",
 * "100 % independent"); the token {@code *} matches any one word token.
 */
public final class PhraseLexicon {

    /** One entry of the list. */
    public record Entry(String phrase, String kind, double weight) {
    }

    /** One match in a text. */
    public record Match(Span span, Entry entry) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Entry entry;
    }

    private final Node root = new Node();
    private final int size;

    private PhraseLexicon(List<Entry> entries) {
        for (Entry e : entries) {
            Node n = root;
            for (String t : e.phrase().split(" ")) {
                n = n.next.computeIfAbsent(t, k -> new Node());
            }
            n.entry = e;
        }
        this.size = entries.size();
    }

    /** A lexicon of the given entries. */
    public static PhraseLexicon of(List<Entry> entries) {
        return new PhraseLexicon(entries);
    }

    /** Loads a lexicon shipped as a class-path resource next to {@code anchor}. */
    public static PhraseLexicon resource(Class<?> anchor, String name) {
        try (InputStream is = anchor.getResourceAsStream(name)) {
            if (is == null) {
                throw new IllegalStateException("lexicon resource missing: " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                int hash = line.indexOf('#');
                String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (l.isEmpty()) {
                    continue;
                }
                String[] f = l.split("\t+");
                if (f.length < 2) {
                    throw new IllegalStateException(name + ":" + no + ": need 'phrase TAB kind [TAB weight]'");
                }
                double w = f.length > 2 ? Double.parseDouble(f[2].strip()) : 1.0;
                entries.add(new Entry(f[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), f[1].strip(), w));
            }
            return new PhraseLexicon(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
    }

    public int size() {
        return size;
    }

    /**
     * Matches in {@code tokens} (a sentence's tokens) of {@code text}, left to right, longest
     * first, never overlapping.
     */
    public List<Match> find(String text, List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        String[] lower = new String[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            Node n = root;
            Entry best = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size(); j++) {
                String t = lower(text, tokens, lower, j);
                Node step = n.next.get(t);
                if (step == null && tokens.get(j).kind() == Token.Kind.WORD) {
                    step = n.next.get("*");
                }
                if (step == null) {
                    break;
                }
                n = step;
                if (n.entry != null) {
                    best = n.entry;
                    bestEnd = j;
                }
            }
            if (best != null) {
                out.add(new Match(new Span(tokens.get(i).start(), tokens.get(bestEnd).end()), best));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String lower(String text, List<Token> tokens, String[] cache, int j) {
        String s = cache[j];
        if (s == null) {
            s = tokens.get(j).span().in(text).toLowerCase(Locale.ROOT).replace('’', '\'');
            cache[j] = s;
        }
        return s;
    }
}
