package org.credence.model;

import java.util.List;

/**
 * What a public dataset says about the outlet an article came from. Shown beside the article's
 * own scores and never mixed into them: an article is judged on its content.
 *
 * @param outlet      the outlet as matched, normalised (e.g. {@code breitbart.com})
 * @param matchedFrom what of the record matched it: its {@code url} or its {@code source} field
 * @param dataset     which dataset rated it, e.g. {@code mbfc-baly2018}, {@code opensources}
 * @param factuality  the dataset's factuality rating (e.g. {@code high}, {@code mixed},
 *                    {@code low}), or empty when it gives none
 * @param bias        the dataset's bias rating (e.g. {@code left-center}), or empty
 * @param types       the dataset's categories (e.g. OpenSources {@code fake}, {@code satire}), may be empty
 * @param reference   where the rating can be checked (a URL), or empty
 */
public record SourceRating(String outlet, String matchedFrom, String dataset, String factuality,
                           String bias, List<String> types, String reference) {

    public SourceRating {
        if (outlet == null || outlet.isBlank() || matchedFrom == null || dataset == null
                || dataset.isBlank() || factuality == null || bias == null || types == null
                || reference == null) {
            throw new IllegalArgumentException("outlet, matchedFrom, dataset, factuality, bias, types and reference are required");
        }
        types = List.copyOf(types);
    }
}
