package org.credence.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Scores CoreNLP's quotes on the PolNeAR gold beside Credence's (wired once the attribution evaluation exists). */
final class AttributionComparison {

    private AttributionComparison() {
    }

    static void report(Path dir, List<Path> files, List<String> texts, Map<String, List<CoreNlpComparison.CoreNlpQuote>> predicted) {
        int quotes = predicted.values().stream().mapToInt(List::size).sum();
        long withSpeaker = predicted.values().stream().flatMap(List::stream).filter(q -> q.speakerStart() >= 0).count();
        System.out.printf("corenlp found %d quotes in %d articles, %d with a speaker span%n", quotes, texts.size(), withSpeaker);
    }
}
