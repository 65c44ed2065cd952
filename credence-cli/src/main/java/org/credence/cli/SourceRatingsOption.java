package org.credence.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.credence.Credence;
import org.credence.sources.OutletRatings;
import org.credence.sources.SourceRatingsStage;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --source-ratings PATH}: outlet ratings to show beside each article's scores (never
 * mixed into them). Falls back to the environment variable {@value #ENV}. No ratings ship with
 * Credence (see {@link OutletRatings}); without the option, reports have no {@code sourceRatings}.
 */
final class SourceRatingsOption {

    static final String ENV = "CREDENCE_SOURCE_RATINGS";

    @Option(names = "--source-ratings", paramLabel = "PATH",
            description = {"Outlet ratings (a file or a folder such as ../shared/data/source-reliability:"
                    + " MBFC corpus.tsv, OpenSources sources.csv, or a TSV with outlet, factuality, bias, types, reference)"
                    + " shown beside the scores, never mixed into them. Default: $" + ENV + " if set."})
    Path path;

    /** {@code credence} with the ratings stage added, or as it is when no ratings are configured. */
    Credence apply(Credence credence, CommandLine cmd) {
        Path p = path;
        if (p == null) {
            String env = System.getenv(ENV);
            if (env == null || env.isBlank()) {
                return credence;
            }
            p = Path.of(env);
        }
        try {
            return credence.with(new SourceRatingsStage(OutletRatings.load(p)));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cmd, "--source-ratings: " + e.getMessage());
        }
    }
}
