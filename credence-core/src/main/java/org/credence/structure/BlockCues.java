package org.credence.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.credence.internal.Texts;
import org.credence.model.BlockType;

/**
 * Text cues for the non-article blocks and the article's furniture (bylines, captions, credits,
 * date lines). Each cue has a type, a strength and a plain-words reason. Cues are phrased for
 * English and a few common equivalents ("Фото:", "Foto:"); article-level judgement (is this
 * appeal deceptive?) belongs to the signals, not here.
 */
final class BlockCues {

    /**
     * One cue.
     *
     * @param type     the block type it points to
     * @param pattern  what to look for (found anywhere unless anchored)
     * @param strength confidence when it matches, in [0, 1]
     * @param maxWords the cue only applies to blocks of at most this many words
     * @param reason   plain words for the report
     */
    record Cue(BlockType type, List<String> keywords, Pattern pattern, double strength, int maxWords, String reason) {
        /** Cheap test first: a cue with keywords only runs its pattern when one of them occurs. */
        boolean matches(String text, String lower) {
            if (!keywords.isEmpty()) {
                boolean any = false;
                for (String k : keywords) {
                    if (lower.contains(k)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    return false;
                }
            }
            return pattern.matcher(text).find();
        }
    }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** An anchored cue (cheap to try everywhere). */
    private static Cue cue(BlockType t, String regex, double strength, int maxWords, String reason) {
        return new Cue(t, List.of(), Pattern.compile(regex, I), strength, maxWords, reason);
    }

    /** A cue found anywhere, tried only where one of the {@code |}-separated keywords occurs. */
    private static Cue cue(BlockType t, String keywords, String regex, double strength, int maxWords, String reason) {
        return new Cue(t, List.of(keywords.split("\\|")), Pattern.compile(regex, I), strength, maxWords, reason);
    }

    static final List<Cue> CUES = List.of(
            // Fundraising and donation appeals.
            cue(BlockType.FUNDRAISING, "donat|contribut", "(?s)^(?=.*\\b(you|your)\\b)(?=.*\\b(we|us|our)\\b).*\\b(donate|donation|donating|contribute|contribution)\\b", 0.85, 120, "asks readers for donations"),
            cue(BlockType.FUNDRAISING, "^(donate|donate now|donate today|give now|support us)\\b", 0.9, 12, "donation button"),
            cue(BlockType.FUNDRAISING, "support", "\\bsupport (our|independent|this|quality|local|nonprofit|non-profit)\\b.{0,40}\\b(journalism|reporting|work|newsroom|mission)", 0.9, 120, "asks readers to support the outlet"),
            cue(BlockType.FUNDRAISING, "chip in|gift|contribution|become a|deductible|funded|supported|crowdfund|patreon|paypal", "\\b(chip in|make a (one-time |monthly )?(gift|contribution)|become a (patron|sustaining member|supporter|member)|tax[- ]deductible|reader[- ]funded|reader[- ]supported|crowdfund|patreon|paypal)\\b", 0.85, 120, "asks for money"),
            cue(BlockType.FUNDRAISING, "independent|unbiased|ad-free|reader-funded", "\\b(100 ?%|completely|fully|truly) (independent|unbiased|ad-free|reader-funded)\\b", 0.8, 80, "claims independence to raise support"),
            cue(BlockType.FUNDRAISING, "keep us|we need|we rely", "\\b(keep us (going|independent|free|alive)|we (need|rely on) (your|readers'?) (help|support))\\b", 0.85, 120, "appeals for reader support"),
            // Subscriptions and newsletters.
            cue(BlockType.SUBSCRIPTION, "sign up|signup|subscri", "\\b(sign up|signup|subscribe|subscription|subscriber)\\b.{0,60}\\b(newsletter|email|inbox|updates|digest|briefing|alerts)\\b", 0.9, 80, "newsletter sign-up"),
            cue(BlockType.SUBSCRIPTION, "newsletter|inbox|free trial|subscri|unlimited", "\\b(newsletter|delivered to your inbox|in your inbox|free trial|subscribe now|subscribe today|subscribers only|already a subscriber|unlimited (digital )?access)\\b", 0.8, 60, "subscription pitch"),
            // Share and syndication lines.
            cue(BlockType.SHARE, "available|published", "\\bthis (story|article|report) (is|was) (available|published|originally published) (on|in|at|by)\\b", 0.95, 80, "syndication line"),
            cue(BlockType.SHARE, "share|tweet|email this|pin it", "\\b(share (this|on|via|the story|the article)|share:|tweet this|click to share|email this|pin it|share on (facebook|twitter|whatsapp))\\b", 0.9, 30, "share line"),
            cue(BlockType.SHARE, "follow us|like us|join us", "\\b(follow us on|like us on facebook|join us on (telegram|twitter|facebook))\\b", 0.85, 40, "social follow line"),
            cue(BlockType.SHARE, "republish|reprinted|originally|first appeared|creative commons|cc by|wire", "\\b(republish(ed)? (this|with permission)|reprinted with permission|originally (published|appeared) (on|in|at|by)|this article first appeared|(creative commons|cc by(-nd|-sa)?) licen[cs]e|via (reuters|ap|afp) wire)\\b", 0.85, 80, "republication line"),
            // Contact blocks.
            cue(BlockType.CONTACT, "contact|tip|reach|write to|email|inquiries", "\\b(contact (us|the (author|writer|reporter|newsroom))|send (us )?(a )?tips?|news tips?|reach (the )?(author|reporter|writer) at|write to us|email (the )?(author|reporter|writer|us)|press inquiries|media contact)\\b", 0.85, 60, "contact block"),
            cue(BlockType.CONTACT, "^(e-?mail|phone|tel|fax|address|contact)\\s*:", 0.85, 40, "contact details"),
            // Advertising.
            cue(BlockType.AD, "^(advertisement|advertising|ad|sponsored|sponsored content|paid (post|content|partner content)|promoted( content)?|partner content|presented by [^.]+)$", 0.95, 8, "advertising label"),
            cue(BlockType.AD, "sponsored|paid for|partnership|affiliate|commission|promo|offer|buy now|shop now", "\\b(sponsored by|paid for by|in partnership with|affiliate link|we may earn a commission|promo code|limited[- ]time offer|buy now|shop now)\\b", 0.8, 60, "advertising or promotion"),
            // Related links.
            cue(BlockType.RELATED, "^(related( (stories|articles|coverage|content|posts))?|read (more|also|next)|see also|also read|more (from|on|stories)|recommended( (for you|stories))?|you (may|might) also like|most (read|popular|viewed)|trending( now)?|further reading|latest (news|stories))\\b\\s*[:\\-–—]?", 0.9, 40, "related-links block"),
            // Comments.
            cue(BlockType.COMMENTS, "^(\\d+\\s+)?(comments?|responses|replies)(\\s*\\(\\d+\\))?\\s*:?$", 0.9, 6, "comments header"),
            cue(BlockType.COMMENTS, "comment|conversation|discussion", "\\b(leave a (comment|reply)|join the (conversation|discussion)|post a comment|view comments|show comments|comments are (closed|moderated)|log in to comment|commenting (policy|guidelines)|be the first to comment)\\b", 0.9, 60, "comments section"),
            // Page furniture.
            cue(BlockType.BOILERPLATE, "©|(c)|copyright|rights reserved|privacy|terms of|cookie|skip to|javascript", "(©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|all rights reserved|\\bprivacy policy\\b|\\bterms of (use|service)\\b|\\bcookie(s| policy| settings)\\b|\\bskip to (main )?content\\b|\\bjavascript (is )?(disabled|required)\\b)", 0.85, 40, "page furniture"),
            // Photo captions and credits.
            cue(BlockType.CREDIT, "^(photo(graph)?|image|picture|illustration|video|graphic|credit|фото|фотография|foto|bild)( credit| by| courtesy)?\\s*[:|/]", 0.85, 5, "photo credit"),
            cue(BlockType.CREDIT, "^\\(?(photo|image|credit)[^a-z]{0,3}(by|courtesy of)?\\s*[^.]{0,60}(getty images|reuters|ap|afp|epa|shutterstock|istock|alamy|wikimedia|courtesy)[^.]{0,30}\\)?$", 0.85, 7, "photo credit"),
            cue(BlockType.CAPTION, "^(photo(graph)?|image|picture|illustration|file photo|caption|фото|подпись|foto)\\s*[:|]", 0.8, 80, "photo caption"),
            cue(BlockType.CAPTION, "photo|image|picture|getty|/ap|pictured|reuters/", "\\((photo|image|picture|file photo|photograph)[^)]{0,80}\\)\\s*$|\\b(ap photo|reuters/|afp via getty|getty images|/ap\\b|photo by|photograph by|pictured:|in this (file )?photo)", 0.8, 80, "photo caption"),
            // Bylines and date lines.
            cue(BlockType.BYLINE, "^(by|from|written by|words by|story by|reported by|posted by|von|par|автор)\\s+\\p{Lu}", 0.9, 18, "byline"),
            cue(BlockType.BYLINE, "^\\p{Lu}[\\p{L}.'-]+( \\p{Lu}[\\p{L}.'-]+){1,3},? (\\||-|–|—)? ?(staff (writer|reporter)|correspondent|contributor|reporter|senior (writer|editor)|editor|columnist|for (the|reuters|ap))\\b", 0.8, 14, "byline"),
            cue(BlockType.BYLINE, "^\\(?(additional )?(reporting|writing|editing|research) by \\p{Lu}[^.()]{0,120}\\)?$", 0.85, 30, "reporting credit line"),
            cue(BlockType.DATE, "^(published|updated|posted|last updated|first published|modified|date)\\b\\s*(on|at)?\\s*:?", 0.85, 16, "date line"));

    private BlockCues() {
    }

    /**
     * The strongest cue that matches {@code text} (of {@code words} words), if any; none for a
     * block that {@linkplain StoryProse#reads reads as a sentence of the story}.
     */
    static Optional<Cue> strongest(String text, int words) {
        if (words >= 8 && StoryProse.reads(text)) {
            return Optional.empty();
        }
        Cue best = null;
        String lower = null;
        for (Cue c : CUES) {
            if (words <= c.maxWords() && (best == null || c.strength() > best.strength())) {
                if (lower == null) {
                    lower = text.toLowerCase(java.util.Locale.ROOT);
                }
                if (!c.matches(text, lower)) {
                    continue;
                }
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Words in {@code text}, counted as runs of letters or digits. */
    static int words(CharSequence text) {
        return Texts.words(text);
    }
}
