package org.credence.bench;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.credence.transformer.WordPieceTokenizer;

/**
 * Compares Credence's plain-Java {@link WordPieceTokenizer} with the Hugging Face tokenizer (DJL)
 * on every {@code .txt} file under the folders given: ids and UTF-16 offsets, per file. Prints the
 * first difference of each file that differs and a count.
 */
public final class WordPieceCheck {

    private WordPieceCheck() {
    }

    public static void main(String[] args) throws IOException {
        WordPieceTokenizer mine;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            mine = WordPieceTokenizer.fromVocab(in);
        }
        int files = 0;
        int differ = 0;
        long pieces = 0;
        try (HuggingFaceTokenizer hf = MiniLmSession.newTokenizer()) {
            for (int a = 1; a < args.length; a++) {
                List<Path> paths;
                try (Stream<Path> s = Files.walk(Path.of(args[a]))) {
                    paths = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                }
                for (Path p : paths) {
                    String text = Files.readString(p);
                    MiniLmTokenEmbedder.Wordpieces w = MiniLmTokenEmbedder.wordpieces(hf, text);
                    WordPieceTokenizer.Pieces m = mine.tokenize(text);
                    files++;
                    pieces += w.size();
                    int n = Math.min(w.size(), m.size());
                    int first = -1;
                    for (int i = 0; i < n && first < 0; i++) {
                        if (w.ids()[i] != m.ids()[i] || w.start()[i] != m.start()[i] || w.end()[i] != m.end()[i]) {
                            first = i;
                        }
                    }
                    if (first < 0 && w.size() != m.size()) {
                        first = n;
                    }
                    if (first >= 0) {
                        differ++;
                        int i = Math.min(first, n - 1);
                        System.out.printf("%s: %d vs %d pieces; first difference at %d: hf %d [%d,%d) mine %d [%d,%d) near %s%n",
                                p.getFileName(), w.size(), m.size(), first, w.ids()[i], w.start()[i], w.end()[i],
                                m.ids()[i], m.start()[i], m.end()[i],
                                Arrays.toString(text.substring(Math.max(0, w.start()[i] - 10),
                                        Math.min(text.length(), Math.max(0, w.start()[i]) + 20)).toCharArray()));
                    }
                }
            }
        }
        System.out.printf("%d files, %d wordpieces (Hugging Face), %d files differ%n", files, pieces, differ);
    }
}
