package org.credence.eval;

import org.credence.ingest.InputRecord;
import org.credence.model.Metadata;

/**
 * One labelled article as the score evaluations and trainers read it, whatever its set's layout.
 *
 * @param id     the set's id of the article
 * @param title  its headline (may be empty)
 * @param text   its text
 * @param url    its address (may be empty)
 * @param outlet who published it: the set's outlet or publisher name, else the host of its
 *               {@code source} or {@code url}, else {@code "unknown:" + id} (its own group)
 * @param label  the label, already mapped to the task's two labels (e.g. {@code reliable},
 *               {@code unreliable})
 * @param origin where it was read from (file, file:line)
 */
public record LabeledArticle(String id, String title, String text, String url, String outlet, String label,
                             String origin) {

    public LabeledArticle {
        if (id == null || title == null || text == null || url == null || outlet == null || label == null || origin == null) {
            throw new IllegalArgumentException("every field of a labelled article is required (may be empty)");
        }
        if (outlet.isBlank()) {
            outlet = "unknown:" + id;
        }
    }

    /** The article as an input record for the pipeline (the title becomes its first paragraph). */
    public InputRecord record() {
        return InputRecord.text(new Metadata(id, url, outlet, title, "", "", label, origin), text);
    }

    /** The title and text together, as the text baselines read them. */
    public String fullText() {
        return title.isBlank() ? text : title + "\n\n" + text;
    }

    /**
     * An outlet name from a source field or URL: the host, lower-cased, without {@code www.};
     * a value that is not a URL is taken as a name as it is (lower-cased, trimmed).
     */
    public static String outletOf(String sourceOrUrl) {
        if (sourceOrUrl == null || sourceOrUrl.isBlank()) {
            return "";
        }
        String s = sourceOrUrl.strip();
        if (s.contains("://") || s.startsWith("www.")) {
            String h = Split.host(s.contains("://") ? s : "http://" + s);
            if (!h.isEmpty()) {
                return h;
            }
        }
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
