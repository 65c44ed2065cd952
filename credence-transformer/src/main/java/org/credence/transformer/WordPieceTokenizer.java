package org.credence.transformer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The uncased BERT tokenizer (the {@code BertNormalizer} with lower-casing and accent stripping,
 * the {@code BertPreTokenizer} and greedy longest-match WordPiece with a {@code ##} prefix), in
 * plain Java, with the UTF-16 offsets of each wordpiece in the original text.
 *
 * <p>Normalisation per code point: control characters (other than whitespace) and U+FFFD are
 * dropped; whitespace separates words; CJK ideographs are words of their own; the rest is
 * lower-cased, decomposed (NFD) and stripped of non-spacing marks. A punctuation character
 * (ASCII symbol ranges or a Unicode {@code P*} category) is a word of its own. A word longer than
 * {@code maxWordChars} characters, or one that the vocabulary cannot cover, is one {@code [UNK]}.
 * Special tokens ({@code [CLS]}, {@code [SEP]}) are not added; written literally in the text
 * ({@code [UNK]}, {@code [MASK]}, …), each is one wordpiece. Immutable and thread-safe.
 */
public final class WordPieceTokenizer {

    /** Special tokens that the text may hold literally; each is one wordpiece. */
    private static final List<String> SPECIAL = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");

    private final Map<String, Integer> vocab;
    private final int unk;
    private final int maxWordChars;

    /**
     * @param vocab        wordpiece to id; continuation pieces carry the {@code ##} prefix
     * @param unk          the id of {@code [UNK]}
     * @param maxWordChars longest word (in characters after normalisation) that is split at all
     */
    public WordPieceTokenizer(Map<String, Integer> vocab, int unk, int maxWordChars) {
        this.vocab = Map.copyOf(vocab);
        this.unk = unk;
        this.maxWordChars = maxWordChars;
    }

    /**
     * Reads a BERT {@code vocab.txt} (UTF-8, one wordpiece a line, the id is the line's index, first
     * 0) and makes the uncased tokenizer with {@code [UNK]} and 100 characters at most a word.
     */
    public static WordPieceTokenizer fromVocab(InputStream in) throws IOException {
        Map<String, Integer> vocab = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                vocab.putIfAbsent(line, vocab.size());
            }
        }
        Integer unk = vocab.get("[UNK]");
        if (unk == null) {
            throw new IOException("the vocabulary has no [UNK]");
        }
        return new WordPieceTokenizer(vocab, unk, 100);
    }

    /** The id of a wordpiece, or {@code -1} when the vocabulary lacks it. */
    public int id(String piece) {
        return vocab.getOrDefault(piece, -1);
    }

    /**
     * Wordpieces of a text.
     *
     * @param ids   vocabulary id of each wordpiece
     * @param start first UTF-16 offset in the text of each wordpiece
     * @param end   end UTF-16 offset (exclusive) of each wordpiece
     */
    public record Pieces(int[] ids, int[] start, int[] end) {
        public int size() {
            return ids.length;
        }
    }

    /** Cuts {@code text} into wordpieces (see the class comment). */
    public Pieces tokenize(String text) {
        List<int[]> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        List<Integer> originEnd = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String special = cp == '[' ? special(text, i) : null;
            if (special != null) {
                flush(word, origin, originEnd, out);
                out.add(new int[] {vocab.get(special), i, i + special.length()});
                i += special.length();
                continue;
            }
            if (cp == 0 || cp == 0xFFFD || (isControl(cp) && !isWhitespace(cp))) {
                i = next;
                continue;
            }
            if (isWhitespace(cp)) {
                flush(word, origin, originEnd, out);
            } else if (isCjk(cp) || isPunctuation(cp)) {
                flush(word, origin, originEnd, out);
                String norm = normalise(cp);
                if (!norm.isEmpty()) {
                    for (int k = 0; k < norm.length(); k++) {
                        word.append(norm.charAt(k));
                        origin.add(i);
                        originEnd.add(next);
                    }
                    flush(word, origin, originEnd, out);
                }
            } else {
                String norm = normalise(cp);
                for (int k = 0; k < norm.length(); k++) {
                    word.append(norm.charAt(k));
                    origin.add(i);
                    originEnd.add(next);
                }
            }
            i = next;
        }
        flush(word, origin, originEnd, out);
        int[] ids = new int[out.size()];
        int[] start = new int[out.size()];
        int[] end = new int[out.size()];
        for (int k = 0; k < out.size(); k++) {
            ids[k] = out.get(k)[0];
            start[k] = out.get(k)[1];
            end[k] = out.get(k)[2];
        }
        return new Pieces(ids, start, end);
    }

    /** The special token written literally at {@code i}, as the Hugging Face tokenizer matches them. */
    private String special(String text, int i) {
        for (String s : SPECIAL) {
            if (text.startsWith(s, i) && vocab.containsKey(s)) {
                return s;
            }
        }
        return null;
    }

    /** Splits the collected word into wordpieces and clears it. */
    private void flush(StringBuilder word, List<Integer> origin, List<Integer> originEnd, List<int[]> out) {
        if (word.length() == 0) {
            return;
        }
        int n = word.length();
        if (word.codePointCount(0, n) > maxWordChars) {
            out.add(new int[] {unk, origin.get(0), originEnd.get(n - 1)});
        } else {
            List<int[]> pieces = new ArrayList<>();
            int from = 0;
            while (from < n) {
                int to = n;
                Integer id = null;
                while (to > from) {
                    String piece = (from > 0 ? "##" : "") + word.substring(from, to);
                    id = vocab.get(piece);
                    if (id != null) {
                        break;
                    }
                    to--;
                    if (to > from && Character.isLowSurrogate(word.charAt(to))) {
                        to--;
                    }
                }
                if (id == null) {
                    pieces = null;
                    break;
                }
                pieces.add(new int[] {id, origin.get(from), originEnd.get(to - 1)});
                from = to;
            }
            if (pieces == null) {
                out.add(new int[] {unk, origin.get(0), originEnd.get(n - 1)});
            } else {
                out.addAll(pieces);
            }
        }
        word.setLength(0);
        origin.clear();
        originEnd.clear();
    }

    /** Lower-cased, decomposed and without non-spacing marks. */
    static String normalise(int cp) {
        String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(nfd.length());
        nfd.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(b::appendCodePoint);
        return b.toString();
    }

    static boolean isWhitespace(int cp) {
        int t = Character.getType(cp);
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || t == Character.SPACE_SEPARATOR
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }

    static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.PRIVATE_USE || t == Character.SURROGATE
                || t == Character.UNASSIGNED;
    }

    static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
    }

    static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
