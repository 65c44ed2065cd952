package org.credence.structure.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.credence.model.BlockType;
import org.jsoup.nodes.Element;

/**
 * DOM cues: what an element's tag, class, id, role and itemprop say about its content.
 * Stateless; all methods are pure functions of the element's own attributes.
 */
final class Cues {

    /** A type suggested by a cue, with the cue in words. */
    record Cue(BlockType type, String reason) {
    }

    private Cues() {
    }

    private static final Pattern UNLIKELY = Pattern.compile(
            "banner|breadcrumb|combx|comment|community|disqus|extra|foot|gdpr|header|legends|menu"
            + "|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplement"
            + "|agegate|pagination|pager|popup|modal|newsletter|subscri|share|sharing|promo"
            + "|outbrain|taboola|recommend|trending|cookie|consent|signup|donat|most-?read"
            + "|more-?stories|read-?more|readnext|read-next|paywall");
    private static final Pattern MAYBE = Pattern.compile(
            "and|article|body|column|content|main|shadow|story|entry|post-?text|prose");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose"
            + "|rich-?text");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|banner|combx|comment|com-|contact|foot|gdpr|masthead|media|meta"
            + "|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
            + "|shopping|tags|tool|widget|newsletter|subscri|recommend|social|byline|caption"
            + "|popular|trending|nav|menu");
    private static final Pattern BODY_CONTAINER = Pattern.compile(
            "article-?body|articlebody|article-?content|articlecontent|story-?body|storybody"
            + "|entry-?content|post-?content|post-?body|article-?text|articletext|story-?content"
            + "|body-?text|bodytext|main-?content|article__body|article__content|rich-?text");

    private static final Pattern SUBSCRIPTION = Pattern.compile(
            "newsletter|subscri|signup|sign-up|opt-?in|paywall|regwall|registration");
    private static final Pattern FUNDRAISING = Pattern.compile(
            "donat|fundrais|support-?us|contribut(e|ion)|membership|patreon|memberful");
    /** An author's biography box after the story: about the writer, not the byline. */
    private static final Pattern AUTHOR_BIO = Pattern.compile(
            "author-?(box|bio|info|card|profile|about|details)|about-?the-?author|writer-?bio|contributor-?bio");
    private static final Pattern SHARE = Pattern.compile(
            "share|sharing|social|syndicat|addthis|addtoany|republish|follow-?us");
    private static final Pattern RELATED = Pattern.compile(
            "related|recommend|read-?more|more-?stories|more-?from|also-?read|outbrain|taboola"
            + "|trending|popular|most-?read|most-?viewed|recirc|read-?next|up-?next|suggest"
            + "|more-?articles|more-?news|teaser|you-?may|latest-?news|further-?reading");
    private static final Pattern COMMENTS = Pattern.compile("comment|disqus|respond|replies|discussion");
    private static final Pattern BOILER = Pattern.compile(
            "breadcrumb|footer|sidebar|widget|tag-?list|topics|keywords|copyright|cookie|consent"
            + "|gdpr|pagination|pager|toolbar|modal|popup|overlay|disclaimer|author-?bio"
            + "|about-?the-?author|author-?info|masthead|menu|navbar|navigation|rating|login");
    private static final Set<String> AD_TOKENS = Set.of("ad", "ads", "adv", "advert", "dfp",
            "gpt", "adsense", "adslot", "adunit", "adbox", "adblock", "adwrap", "adwrapper",
            "adcontainer", "adzone", "banner", "sponsored", "promoted", "commercial", "advertorial");
    private static final Set<String> BOILER_TOKENS = Set.of("nav", "tags", "tag", "meta", "bio",
            "skip", "tools", "print", "utility", "utilities", "breadcrumbs");
    private static final Set<String> DATE_TOKENS = Set.of("date", "time", "timestamp", "dateline",
            "published", "pubdate", "posted", "updated", "datetime");
    private static final Set<String> DEK_TOKENS = Set.of("dek", "deck", "subtitle", "standfirst",
            "subheadline", "strapline", "summary", "excerpt", "sub-title", "subhead", "lede-text");

    /** The lower-cased class and id of an element. */
    static String classAndId(Element el) {
        String c = el.className();
        String id = el.id();
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Readability-style weight of an element's class and id: -25 to +25 each. */
    static int classWeight(Element el) {
        int w = 0;
        for (String s : new String[] {el.className(), el.id()}) {
            if (s.isEmpty()) {
                continue;
            }
            String l = s.toLowerCase(Locale.ROOT);
            if (NEGATIVE.matcher(l).find() && !BODY_CONTAINER.matcher(l).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(l).find()) {
                w += 25;
            }
            if (BODY_CONTAINER.matcher(l).find()) {
                w += 25;
            }
        }
        if ("articleBody".equals(el.attr("itemprop"))) {
            w += 50;
        }
        return w;
    }

    /** True when class/id mark an element as page furniture that cannot hold the story. */
    static boolean unlikely(Element el) {
        String tag = el.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
                || tag.equals("a")) {
            return false;
        }
        String role = el.attr("role");
        if (role.equals("navigation") || role.equals("contentinfo") || role.equals("complementary")
                || role.equals("banner") || role.equals("dialog") || role.equals("alertdialog")) {
            return true;
        }
        if (tag.equals("nav") || tag.equals("aside")) {
            return true;
        }
        String s = classAndId(el);
        return !s.isEmpty() && UNLIKELY.matcher(s).find() && !MAYBE.matcher(s).find();
    }

    /** True when class/id/itemprop name the element as the article body container. */
    static boolean bodyContainer(Element el) {
        if ("articleBody".equals(el.attr("itemprop"))) {
            return true;
        }
        String s = classAndId(el);
        return !s.isEmpty() && BODY_CONTAINER.matcher(s).find();
    }

    /** The block type an element's own markup suggests, or null. */
    static Cue of(Element el) {
        String tag = el.normalName();
        switch (tag) {
            case "figcaption":
                return new Cue(BlockType.CAPTION, "figcaption");
            case "nav":
                return new Cue(BlockType.BOILERPLATE, "nav");
            case "footer":
                return new Cue(BlockType.BOILERPLATE, "footer");
            case "aside":
                return new Cue(BlockType.RELATED, "aside");
            case "time":
                return new Cue(BlockType.DATE, "time");
            case "address":
                return new Cue(BlockType.BYLINE, "address");
            default:
                break;
        }
        String itemprop = el.attr("itemprop");
        if (!itemprop.isEmpty()) {
            if (itemprop.equals("author") || itemprop.equals("creator")) {
                return new Cue(BlockType.BYLINE, "itemprop '" + itemprop + "'");
            }
            if (itemprop.startsWith("date")) {
                return new Cue(BlockType.DATE, "itemprop '" + itemprop + "'");
            }
            if (itemprop.equals("caption")) {
                return new Cue(BlockType.CAPTION, "itemprop 'caption'");
            }
            if (itemprop.equals("copyrightHolder") || itemprop.equals("copyrightNotice")) {
                return new Cue(BlockType.BOILERPLATE, "itemprop '" + itemprop + "'");
            }
        }
        if ("author".equals(el.attr("rel"))) {
            return new Cue(BlockType.BYLINE, "rel 'author'");
        }
        String role = el.attr("role");
        if (role.equals("navigation") || role.equals("contentinfo") || role.equals("banner")) {
            return new Cue(BlockType.BOILERPLATE, "role '" + role + "'");
        }
        if (role.equals("complementary")) {
            return new Cue(BlockType.RELATED, "role 'complementary'");
        }
        String s = classAndId(el);
        if (s.isEmpty()) {
            return null;
        }
        if (BODY_CONTAINER.matcher(s).find()) {
            return null;
        }
        String what = "class '" + (el.className().isEmpty() ? el.id() : el.className()) + "'";
        if (what.length() > 60) {
            what = what.substring(0, 57) + "...'";
        }
        if (s.contains("caption")) {
            return new Cue(BlockType.CAPTION, what);
        }
        if (s.contains("credit") || s.contains("copyright-image")) {
            return new Cue(BlockType.CREDIT, what);
        }
        if (AUTHOR_BIO.matcher(s).find()) {
            return new Cue(BlockType.BOILERPLATE, what);
        }
        if (COMMENTS.matcher(s).find()) {
            return new Cue(BlockType.COMMENTS, what);
        }
        if (SUBSCRIPTION.matcher(s).find()) {
            return new Cue(BlockType.SUBSCRIPTION, what);
        }
        if (FUNDRAISING.matcher(s).find()) {
            return new Cue(BlockType.FUNDRAISING, what);
        }
        if (SHARE.matcher(s).find()) {
            return new Cue(BlockType.SHARE, what);
        }
        if (RELATED.matcher(s).find()) {
            return new Cue(BlockType.RELATED, what);
        }
        if (s.contains("contact")) {
            return new Cue(BlockType.CONTACT, what);
        }
        if (BOILER.matcher(s).find()) {
            return new Cue(BlockType.BOILERPLATE, what);
        }
        boolean author = false;
        boolean date = false;
        boolean dek = false;
        for (String token : s.split("[^a-z0-9]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (AD_TOKENS.contains(token) || token.startsWith("advert") || token.startsWith("sponsor")
                    || token.startsWith("promo") || token.startsWith("adslot")
                    || token.startsWith("adunit") || token.startsWith("google_ad")) {
                return new Cue(BlockType.AD, what);
            }
            if (BOILER_TOKENS.contains(token)) {
                return new Cue(BlockType.BOILERPLATE, what);
            }
            if (token.contains("byline") || token.equals("author") || token.equals("authors")
                    || token.startsWith("author") || token.equals("contributor") || token.equals("contributors")) {
                author = true;
            }
            if (DATE_TOKENS.contains(token) || token.endsWith("date") || token.startsWith("date")) {
                date = true;
            }
            if (DEK_TOKENS.contains(token)) {
                dek = true;
            }
        }
        if (s.contains("sub-title") || s.contains("sub-headline") || s.contains("standfirst")) {
            dek = true;
        }
        if (author) {
            return new Cue(BlockType.BYLINE, what);
        }
        if (date) {
            return new Cue(BlockType.DATE, what);
        }
        if (dek) {
            return new Cue(BlockType.DEK, what);
        }
        return null;
    }
}
