package org.credence.eval;

import org.credence.structure.html.HtmlExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Trivial and reference extractors to print beside a real one. */
public final class Baselines {

    private Baselines() {
    }

    /** All visible text of {@code <body>} (scripts and styles excluded): the recall-heavy baseline. */
    public static Extractor bodyText() {
        return (html, url) -> {
            Element body = Jsoup.parse(html == null ? "" : html).body();
            body.select("script, style, noscript, template").remove();
            return body.text();
        };
    }

    /** Credence's HTML extractor: the BODY blocks of {@link HtmlExtractor#standard()}. */
    public static Extractor credence() {
        HtmlExtractor x = HtmlExtractor.standard();
        return (html, url) -> x.extract(html, url).mainText();
    }
}
