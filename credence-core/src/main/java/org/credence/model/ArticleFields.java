package org.credence.model;

/**
 * The article's own fields as Credence read them from the text and page (not the record's
 * metadata, which stays in {@link Metadata}). Empty strings where not found; never null.
 *
 * @param headline  the headline
 * @param dek       the subtitle or standfirst
 * @param byline    the byline as printed, without the leading "By"
 * @param dateline  the dateline as printed ("WASHINGTON (Reuters) -")
 * @param published the publication date as ISO-8601 ({@code 2019-11-19} or with a time), if
 *                  one could be read
 */
public record ArticleFields(String headline, String dek, String byline, String dateline,
                            String published) {

    public static final ArticleFields EMPTY = new ArticleFields("", "", "", "", "");

    public ArticleFields {
        headline = headline == null ? "" : headline;
        dek = dek == null ? "" : dek;
        byline = byline == null ? "" : byline;
        dateline = dateline == null ? "" : dateline;
        published = published == null ? "" : published;
    }
}
