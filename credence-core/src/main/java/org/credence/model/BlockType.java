package org.credence.model;

/**
 * What a block of an article is. Article blocks carry the story; the others are the page
 * furniture that surrounds it and that a fact-checker wants named, not mixed into the story.
 */
public enum BlockType {
    HEADLINE(true),
    DEK(true),
    BYLINE(true),
    /** A place-and-agency prefix of the first paragraph ("WASHINGTON (Reuters) -"). */
    DATELINE(true),
    /** A line that gives the publication or update date. */
    DATE(true),
    CAPTION(true),
    CREDIT(true),
    BODY(true),
    /** Donation or fundraising appeal ("Support our independent journalism"). */
    FUNDRAISING(false),
    /** Subscription, newsletter or membership pitch. */
    SUBSCRIPTION(false),
    /** Share and syndication lines ("Share this", "This story is available on"). */
    SHARE(false),
    /** Contact blocks: addresses, phone numbers, "email the author". */
    CONTACT(false),
    /** Advertising and promotions. */
    AD(false),
    /** Related or recommended links. */
    RELATED(false),
    /** Reader comments and comment prompts. */
    COMMENTS(false),
    /** Navigation, legal lines, cookie notices and other page furniture. */
    BOILERPLATE(false);

    private final boolean article;

    BlockType(boolean article) {
        this.article = article;
    }

    /** True for the blocks that belong to the story itself. */
    public boolean isArticle() {
        return article;
    }

    /** Lower-case name used in JSON and on the command line. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
