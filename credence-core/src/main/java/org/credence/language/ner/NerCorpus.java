package org.credence.language.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads labelled NER files into documents of sentences with BIO tags.
 *
 * <p>Every format is normalised to BIO (IOB2): an {@code I-X} that does not continue an entity
 * of type X starts one, so IOB1 (CoNLL-2003's eng.* files) and BIO (conllpp, OntoNotes) read
 * the same. Files may be gzip-compressed ({@code .gz}).
 */
public final class NerCorpus {

    /** A file layout. */
    public enum Format {
        /** CoNLL-2003: {@code word POS chunk NER}, space-separated, IOB1 or BIO, {@code -DOCSTART-} between documents. */
        CONLL2003,
        /** OntoNotes 5 in CoNLL-2012 style: {@code word<TAB>POS<TAB>NER}, BIO, {@code #begin document} lines; PTB escapes undone. */
        CONLL2012,
        /** WikiANN: {@code en:word<TAB>NER}, BIO; every 20 sentences form a pseudo-document. */
        WIKIANN
    }

    /** One sentence: its words and their BIO tags (same length). */
    public record Sentence(List<String> words, List<String> tags) {
        public Sentence {
            words = List.copyOf(words);
            tags = List.copyOf(tags);
            if (words.size() != tags.size()) {
                throw new IllegalArgumentException("words and tags differ in length");
            }
        }

        public int size() {
            return words.size();
        }
    }

    /** One document: its sentences in order. */
    public record Document(List<Sentence> sentences) {
        public Document {
            sentences = List.copyOf(sentences);
        }

        public int tokens() {
            return sentences.stream().mapToInt(Sentence::size).sum();
        }
    }

    private NerCorpus() {
    }

    /** The documents of {@code file}, read as {@code format}. */
    public static List<Document> read(Path file, Format format) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            return read(r, format);
        }
    }

    static List<Document> read(BufferedReader r, Format format) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            String t = line.strip();
            boolean boundary = t.startsWith("-DOCSTART-") || t.startsWith("#begin document")
                    || t.startsWith("#end document");
            if (t.isEmpty() || boundary) {
                if (!words.isEmpty()) {
                    sentences.add(new Sentence(words, bio(tags)));
                    words.clear();
                    tags.clear();
                    if (format == Format.WIKIANN && sentences.size() == 20) {
                        docs.add(new Document(sentences));
                        sentences.clear();
                    }
                }
                if (boundary && !sentences.isEmpty()) {
                    docs.add(new Document(sentences));
                    sentences.clear();
                }
                continue;
            }
            String[] cols = t.split(format == Format.CONLL2003 ? " " : "\t");
            String word = cols[0];
            if (format == Format.WIKIANN && word.startsWith("en:")) {
                word = word.substring(3);
            } else if (format == Format.CONLL2012) {
                word = unescape(word);
            }
            words.add(word);
            tags.add(cols[cols.length - 1]);
        }
        if (!words.isEmpty()) {
            sentences.add(new Sentence(words, bio(tags)));
        }
        if (!sentences.isEmpty()) {
            docs.add(new Document(sentences));
        }
        return docs;
    }

    /** Tags normalised to BIO: an I-X that does not continue an X becomes B-X. */
    static List<String> bio(List<String> tags) {
        List<String> out = new ArrayList<>(tags.size());
        String prevType = null;
        for (String tag : tags) {
            if (tag.equals("O") || tag.length() < 3) {
                out.add("O");
                prevType = null;
                continue;
            }
            String type = tag.substring(2);
            boolean begin = tag.charAt(0) == 'B' || !type.equals(prevType);
            out.add((begin ? "B-" : "I-") + type);
            prevType = type;
        }
        return out;
    }

    private static String unescape(String w) {
        switch (w) {
            case "-LRB-": return "(";
            case "-RRB-": return ")";
            case "-LSB-": return "[";
            case "-RSB-": return "]";
            case "-LCB-": return "{";
            case "-RCB-": return "}";
            case "``": case "''": return "\"";
            case "/.": return ".";
            case "/?": return "?";
            case "/-": return "-";
            default: return w;
        }
    }
}
