package org.credence.model;

/**
 * What the input record says about the article, as given (never inferred). Every field may be
 * empty; none is null.
 */
public record Metadata(String id, String url, String source, String title, String author,
                       String published, String label, String origin) {

    public static final Metadata EMPTY = new Metadata("", "", "", "", "", "", "", "");

    public Metadata {
        id = nz(id);
        url = nz(url);
        source = nz(source);
        title = nz(title);
        author = nz(author);
        published = nz(published);
        label = nz(label);
        origin = nz(origin);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Metadata withId(String newId) {
        return new Metadata(newId, url, source, title, author, published, label, origin);
    }
}
