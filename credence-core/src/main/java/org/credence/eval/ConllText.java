package org.credence.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.credence.model.Span;

/**
 * Raw text rebuilt from a CoNLL token file, with the gold token spans and sentence ends in it.
 *
 * <p>Reads CoNLL-2003 ({@code word POS chunk NER}, space-separated, {@code -DOCSTART-} between
 * documents) and the OntoNotes CoNLL-2012 conversion ({@code word<TAB>POS<TAB>NER},
 * {@code #begin document} lines), plain or {@code .gz}. The gold tokens are joined into text by
 * these detokenisation rules:
 * <ul>
 *   <li>PTB escapes are undone: -LRB- ( -RRB- ) -LSB- [ -RSB- ] -LCB- { -RCB- }, `` and '' → ",
 *       /. → . and /? → ?.</li>
 *   <li>No space before , . ; : ! ? % ) ] } ... and the Penn clitics 's 're 've 'll 'd 'm n't
 *       (any case, ' or ’); no space after ( [ { $ # and an opening quote. Straight double quotes
 *       alternate opening and closing inside a document; a lone ' after a word ending in s is a
 *       possessive (no space before).</li>
 *   <li>A token whose POS is HYPH (OntoNotes splits hyphenated words) is glued to both
 *       neighbours, so pro - democracy becomes pro-democracy.</li>
 *   <li>Sentences of a document are joined by one space ({@link Layout#PARAGRAPH}) or each put on a
 *       line of its own ({@link Layout#LINES}).</li>
 * </ul>
 * A gold token whose rebuilt text contains a space is kept as is; gold tokens never overlap.
 *
 * @param text          the rebuilt document text
 * @param tokens        the gold tokens' spans in {@code text}
 * @param sentenceEnds  the end offset of each gold sentence, in order
 */
public record ConllText(String text, List<Span> tokens, List<Integer> sentenceEnds) {

    /** How the sentences of a document are laid out in the rebuilt text. */
    public enum Layout { PARAGRAPH, LINES }

    public ConllText {
        tokens = List.copyOf(tokens);
        sentenceEnds = List.copyOf(sentenceEnds);
    }

    /** One gold token: its form and POS tag. */
    record Gold(String word, String pos) {
    }

    private static final Map<String, String> ESCAPES = Map.of(
            "-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}",
            "``", "\"", "''", "\"", "/.", ".", "/?", "?");

    /** The documents of a CoNLL file, each a list of sentences of gold tokens; at most {@code maxDocs} (0: all). */
    static List<List<List<Gold>>> read(Path file, int maxDocs) throws IOException {
        List<List<List<Gold>>> docs = new ArrayList<>();
        List<List<Gold>> doc = new ArrayList<>();
        List<Gold> sentence = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("-DOCSTART-") || line.startsWith("#begin document") || line.startsWith("#end document")) {
                    endSentence(doc, sentence);
                    sentence = new ArrayList<>();
                    if (!doc.isEmpty()) {
                        docs.add(doc);
                        doc = new ArrayList<>();
                        if (maxDocs > 0 && docs.size() >= maxDocs) {
                            return docs;
                        }
                    }
                    continue;
                }
                if (line.isBlank()) {
                    endSentence(doc, sentence);
                    sentence = new ArrayList<>();
                    continue;
                }
                String[] f = line.indexOf('\t') >= 0 ? line.split("\t") : line.split(" ");
                sentence.add(new Gold(f[0], f.length > 1 ? f[1] : ""));
            }
        }
        endSentence(doc, sentence);
        if (!doc.isEmpty()) {
            docs.add(doc);
        }
        return docs;
    }

    private static void endSentence(List<List<Gold>> doc, List<Gold> sentence) {
        if (!sentence.isEmpty()) {
            doc.add(sentence);
        }
    }

    /** Rebuilds one document's text from its gold sentences. */
    static ConllText rebuild(List<List<Gold>> doc, Layout layout) {
        StringBuilder sb = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        boolean quoteOpen = false;
        for (List<Gold> sentence : doc) {
            if (sb.length() > 0) {
                sb.append(layout == Layout.LINES ? '\n' : ' ');
            }
            boolean glueNext = true;
            String prev = "";
            for (Gold g : sentence) {
                String w = ESCAPES.getOrDefault(g.word(), g.word());
                boolean quote = w.equals("\"");
                boolean opening = quote && !quoteOpen;
                boolean glue = glueNext || g.pos().equals("HYPH") || (!opening && gluesLeft(w, prev));
                if (!glue && sb.length() > 0 && !isBreak(sb.charAt(sb.length() - 1))) {
                    sb.append(' ');
                }
                int start = sb.length();
                sb.append(w);
                spans.add(new Span(start, sb.length()));
                if (quote) {
                    quoteOpen = !quoteOpen;
                }
                glueNext = opening || g.pos().equals("HYPH") || gluesRight(w);
                prev = w;
            }
            ends.add(sb.length());
        }
        return new ConllText(sb.toString(), spans, ends);
    }

    private static boolean isBreak(char c) {
        return c == ' ' || c == '\n';
    }

    private static boolean gluesLeft(String w, String prev) {
        if (w.equals("\"")) {
            return true; // a closing quote
        }
        if (w.equals("'") || w.equals("’")) {
            return prev.endsWith("s") || prev.endsWith("S");
        }
        if (w.length() == 1) {
            return ",.;:!?%)]}".indexOf(w.charAt(0)) >= 0;
        }
        String l = w.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        return l.equals("...") || l.equals("'s") || l.equals("'re") || l.equals("'ve") || l.equals("'ll")
                || l.equals("'d") || l.equals("'m") || l.equals("n't");
    }

    private static boolean gluesRight(String w) {
        return w.equals("(") || w.equals("[") || w.equals("{") || w.equals("$") || w.equals("#");
    }
}
