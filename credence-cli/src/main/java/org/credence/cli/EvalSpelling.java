package org.credence.cli;

import java.nio.file.Path;
import org.credence.eval.SpellingEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence eval spelling}: the sloppiness signal's spelling check on clean news with synthetic typos. */
@Command(name = "spelling", mixinStandardHelpOptions = true,
        description = {"The sloppiness signal's spelling check on clean, edited news: false alarms per 1,000 words on",
                "the text as it is, and recall on edit-distance-1 typos injected with --seed, beside the baselines",
                "'every word not in the word list' and 'lower-case words not in the word list'.",
                "--clean: a CoNLL-2003 file, a .txt article or a directory of .txt articles. Every document is",
                "evaluated; the rules were tuned on eng.train and polnear/data/train only."})
final class EvalSpelling extends EvalCommand.Base {

    @Option(names = {"--clean", "--data"}, required = true, paramLabel = "FILE|DIR", description = "Clean news text.")
    Path data;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the typo injection (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--max-docs", paramLabel = "N", description = "Read at most N documents (default: all).")
    int maxDocs = Integer.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        requireData(data);
        SpellingEval r = SpellingEval.run(data, seed, maxDocs);
        return print(r.table(), r.asMap());
    }
}
