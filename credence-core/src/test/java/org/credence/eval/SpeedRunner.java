package org.credence.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.credence.structure.html.HtmlExtractor;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Not a test: warm ms/page of the extractor and of a bare jsoup parse, one thread. */
public final class SpeedRunner {

    private SpeedRunner() {
    }

    public static void main(String[] args) throws Exception {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                pages.add(HtmlPages.read(p));
            }
        }
        HtmlExtractor x = HtmlExtractor.standard();
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            for (String h : pages) {
                x.extract(h, "");
            }
            long t1 = System.nanoTime();
            for (String h : pages) {
                Jsoup.parse(h, "", Parser.htmlParser().setTrackPosition(true));
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d: extract %.2f ms/page, parse only %.2f ms/page (%d pages, mean %d KB)%n",
                    round, (t1 - t0) / 1e6 / pages.size(), (t2 - t1) / 1e6 / pages.size(), pages.size(),
                    pages.stream().mapToInt(String::length).sum() / pages.size() / 1024);
        }
    }
}
