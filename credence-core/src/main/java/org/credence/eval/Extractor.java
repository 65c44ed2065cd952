package org.credence.eval;

/**
 * Anything that turns an HTML page into its main text, so different extractors (or the whole
 * pipeline) can be scored the same way.
 */
@FunctionalInterface
public interface Extractor {

    /** The main text of {@code html}; {@code url} may be empty. Should not throw. */
    String mainText(String html, String url);
}
