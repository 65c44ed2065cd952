package org.credence.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.credence.signals.sloppiness.WordListBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credence train sloppiness}: rebuilds the spelling word list the sloppiness signal ships. */
@Command(name = "sloppiness", mixinStandardHelpOptions = true,
        description = {"Build the sloppiness signal's word list: Hunspell en_US + en_GB (spelling/hunspell-wooorm) with",
                "affixes expanded, counted in the GMB news texts (gmb-ner-kaggle) for ranking suggestions.",
                "Writes words.txt.gz and words.json into --out; deterministic (no seed needed)."})
final class TrainSloppiness implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write into (default ${DEFAULT-VALUE}).")
    Path out = Path.of("credence-core/src/main/resources/org/credence/language/words");

    @Override
    public Integer call() throws Exception {
        for (String need : new String[] {"spelling/hunspell-wooorm/en/index.dic", "gmb-ner-kaggle/ner_dataset.csv.zip"}) {
            if (!Files.exists(data.resolve(need))) {
                throw new BadInputException("missing " + data.resolve(need) + " (the public data sets live in ../shared/data)");
            }
        }
        WordListBuilder.Result r = WordListBuilder.build(data, out);
        System.out.printf("word list: %,d forms (%,d with a GMB count), %,d bytes gz -> %s%n",
                r.forms(), r.counted(), r.bytes(), out);
        return Main.OK;
    }
}
