package org.credence.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads page-level article fields from markup: {@code og:title}, author and publication date
 * from meta tags, JSON-LD and {@code <time datetime>}, and normalises dates to ISO-8601.
 * One instance per page.
 */
final class PageFields {

    private final List<Element> metas = new ArrayList<>();
    private final List<String> jsonLd = new ArrayList<>();
    private final List<String> times = new ArrayList<>();
    /** The {@code <time>} values inside {@code <article>}, {@code <main>} or the {@code articleBody}, not in a header, nav, aside or footer on the way. */
    private final List<String> articleTimes = new ArrayList<>();

    /** Collects the meta tags, JSON-LD scripts and time elements of a page in one pass. */
    PageFields(Document doc) {
        for (Element el : doc.getAllElements()) {
            switch (el.normalName()) {
                case "meta" -> metas.add(el);
                case "script" -> {
                    if (el.attr("type").equalsIgnoreCase("application/ld+json")) {
                        jsonLd.add(el.data());
                    }
                }
                case "time" -> {
                    times.add(el.attr("datetime"));
                    if (inArticle(el)) {
                        articleTimes.add(el.attr("datetime"));
                    }
                }
                default -> { }
            }
        }
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");
    private static final Pattern LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*(?:\\[\\s*)?(?:\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{2,80})\"|\"([^\"]{2,80})\")");

    /** The content of the first meta tag with one of the given property or name values. */
    Element meta(String... keys) {
        for (String k : keys) {
            for (Element m : metas) {
                if (k.equalsIgnoreCase(m.attr("property")) || k.equalsIgnoreCase(m.attr("name"))
                        || k.equalsIgnoreCase(m.attr("itemprop"))) {
                    if (!m.attr("content").isBlank()) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    String metaContent(String... keys) {
        Element m = meta(keys);
        return m == null ? "" : MappedText.collapse(m.attr("content"));
    }

    /** The publication date as ISO-8601, from markup; empty if none. */
    String published(String visibleDate) {
        String v = metaContent("article:published_time", "datePublished", "og:published_time",
                "pubdate", "publishdate", "parsely-pub-date", "sailthru.date", "dc.date",
                "dc.date.issued", "date", "publish-date", "article.published");
        String iso = iso(v);
        if (!iso.isEmpty()) {
            return iso;
        }
        for (String data : jsonLd) {
            iso = iso(JsonLdDates.articleDate(data));
            if (iso.isEmpty()) {
                Matcher m = LD_DATE.matcher(data); // not valid JSON: the first datePublished in its text
                iso = m.find() ? iso(m.group(1)) : "";
            }
            if (!iso.isEmpty()) {
                return iso;
            }
        }
        for (String t : articleTimes) {
            iso = iso(t);
            if (!iso.isEmpty()) {
                return iso;
            }
        }
        iso = iso(visibleDate);
        if (!iso.isEmpty()) {
            return iso; // the article's own date line before a time in the page's header or sidebar
        }
        for (String t : times) {
            iso = iso(t);
            if (!iso.isEmpty()) {
                return iso;
            }
        }
        return "";
    }

    private static boolean inArticle(Element el) {
        for (Element e = el.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main") || "articleBody".equals(e.attr("itemprop"))) {
                return true;
            }
            if (tag.equals("header") || tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
                return false;
            }
        }
        return false;
    }

    /** The author from meta tags or JSON-LD; empty if none. */
    String author() {
        String a = metaContent("author", "article:author", "parsely-author", "sailthru.author",
                "dc.creator");
        if (!a.isEmpty() && !a.startsWith("http")) {
            return a;
        }
        for (String data : jsonLd) {
            Matcher m = LD_AUTHOR.matcher(data);
            if (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                if (name != null && !name.startsWith("http")) {
                    return MappedText.collapse(name);
                }
            }
        }
        return "";
    }

    /** Normalises a machine or visible date to ISO-8601 ({@code yyyy-mm-dd[Thh:mm[:ss][zone]]}). */
    static String iso(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            String out = m.group(1);
            if (m.group(2) != null) {
                out += "T" + m.group(2) + (m.group(3) == null ? "" : m.group(3));
            }
            return out;
        }
        return org.credence.structure.PublishedDates.find(s).orElse(""); // "Nov. 19, 2019", "12. März 2024"
    }
}
