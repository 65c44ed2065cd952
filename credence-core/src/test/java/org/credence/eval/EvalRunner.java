package org.credence.eval;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Prints benchmark figures; not a test. Arguments: data directory (the shared data folder),
 * split (dev, test or all), optionally "worst" to list the weakest pages, "traf" to add the
 * trafilatura evaluation.
 */
public final class EvalRunner {

    private EvalRunner() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Split split = Split.valueOf((args.length > 1 ? args[1] : "dev").toUpperCase(java.util.Locale.ROOT));
        List<String> rest = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        Extractor ours = Baselines.credence();
        ExtractionEval.Result r = ExtractionEval.evaluate(data.resolve("article-extraction-benchmark"), ours, split);
        System.out.print(r.table());
        if (rest.contains("worst")) {
            r.pages().stream()
                    .sorted(Comparator.comparingDouble(p -> f1(p.ours())))
                    .limit(25)
                    .forEach(p -> System.out.printf("%.3f p=%.3f r=%.3f %s %s%n", f1(p.ours()),
                            p.ours().precision(), p.ours().recall(), p.id().substring(0, 10), p.url()));
        }
        if (rest.contains("traf")) {
            System.out.print(TrafilaturaEval.evaluate(data.resolve("trafilatura-eval"), ours).table());
        }
    }

    static double f1(ShingleMetric.PageScore s) {
        double p = Double.isNaN(s.precision()) ? 0 : s.precision();
        double r = Double.isNaN(s.recall()) ? 0 : s.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
