package org.credence.structure.html;

import java.util.regex.Pattern;
import org.credence.model.BlockType;

/**
 * Text cues: what a short block's own words say it is ("Advertisement", "Share this story",
 * "Sign up for our newsletter", "By Jane Doe"). Only short blocks are judged, so a sentence of
 * the story that mentions a newsletter stays body text. Stateless.
 */
final class TextCues {

    private TextCues() {
    }

    /** Patterns below match lower-cased text, so they need no case-insensitive flag. */
    private static final int FLAGS = 0;

    private static final Pattern AD = Pattern.compile(
            "^(advertisement|advertising|advert|ad|ads|sponsored( content| post| by .*)?|promoted"
            + "|paid (content|post|partner)|(the )?(story|article) continues below( this)?"
            + "( advertisement| ad)?|continue reading (the main story|below)"
            + "|scroll (down )?to continue( reading| with content)?|skip (this )?ad[s]?)\\W*$", FLAGS);
    private static final Pattern SHARE = Pattern.compile(
            "^(share|share (this|the) (article|story|post|page)|share on \\w+|share via \\w+"
            + "|tweet( this)?|email|print|copy( the)? link|link copied|share this:?)\\W*$"
            + "|this (story|article) (is|was) (available|published|distributed) (on|by|through)"
            + "|republish (this|our)|syndicat", FLAGS);
    private static final Pattern SOCIAL_ONLY = Pattern.compile(
            "^((facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|reddit|pinterest|telegram"
            + "|flipboard|messenger|share|copy link|tumblr|pocket|mail|sms)\\W*)+$", FLAGS);
    private static final Pattern SUBSCRIPTION = Pattern.compile(
            "sign up (for|to)|subscribe|newsletter|in your inbox|delivered to your inbox"
            + "|get (our|the) .{0,40}(email|newsletter)|already a subscriber|subscriber exclusive"
            + "|create a free account|log in to continue|register (now|for free)", FLAGS);
    private static final Pattern FUNDRAISING = Pattern.compile(
            "donat(e|ion)|support (our|independent|quality|local|nonprofit|non-profit) "
            + "(journalism|news|reporting)|make a (donation|contribution)|become a (member|supporter"
            + "|patron|sustaining member)|chip in|give now|support us|please support|your support"
            + " (helps|makes|keeps)", FLAGS);
    private static final Pattern RELATED = Pattern.compile(
            "^(related( articles| stories| content| coverage| posts| links| news| topics)?"
            + "|read more|read also|also read|more to read|recommended( for you| reading| stories)?"
            + "|more (from|on|stories|news|in|like this)\\b.*|see also|read next|up next|next story"
            + "|you (might|may) (also )?(like|enjoy|be interested in)|trending( now| stories)?"
            + "|popular( stories| now)?|most (read|popular|viewed|shared)|further reading"
            + "|what to read next|don'?t miss|editor'?s picks|latest (news|stories))\\b", FLAGS);
    private static final Pattern COMMENTS = Pattern.compile(
            "^((\\d+\\s+)?comments?( \\(\\d+\\))?|(leave|post|add|write|submit) a (comment|reply)"
            + "|join the (conversation|discussion)|comments are closed|show comments|view comments"
            + "|load comments|conversation|discussion|\\d+ (responses|replies))\\W*$"
            + "|^(leave|post|add|write) a (comment|reply)|^comments (are|have been) (closed|disabled)",
            FLAGS);
    private static final Pattern CONTACT = Pattern.compile(
            "^(contact (us|the (author|reporter|writer|newsroom|editors?))\\b|contact\\s*(:|$)|(email|e-mail|write to|reach|contact) "
            + "(the )?(author|reporter|writer|us|him|her|them)\\b|have a (news )?tip\\b|got a tip\\b"
            + "|send (us )?(a )?(news )?tips?\\b)", FLAGS);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?iu:by|written by|words by|story by|von|par|por|di)\\s+\\p{Lu}");
    private static final Pattern BYLINE_LOWER = Pattern.compile("^By\\s+\\S+");
    private static final Pattern CREDIT = Pattern.compile(
            "^(photo|photos|image|images|picture|credit|photograph|illustration|video|graphic)"
            + "( credit)?s?( by)?\\s*[:/|]|\\((ap|afp|reuters|getty|epa|shutterstock)\\b[^)]*\\)\\W*$"
            + "|\\b(getty images|shutterstock|ap photo|afp photo|reuters/)\\b", FLAGS);
    private static final Pattern BOILER = Pattern.compile(
            "©|\\(c\\) ?\\d{4}|copyright \\d{4}|all rights reserved|^(tags|topics|filed under"
            + "|categories|category|posted in|keywords)\\s*:|^(previous|next) (article|post|story)\\b"
            + "|^(skip to|jump to) |^back to top\\W*$|cookies? (policy|settings)|privacy policy"
            + "|terms of (use|service)", FLAGS);
    private static final Pattern MONTH = Pattern.compile(
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b", FLAGS);
    private static final Pattern DATE_WORDS = Pattern.compile(
            "^(published|updated|posted|last updated|first published|date)\\b", FLAGS);

    /** The type a block's words suggest, or null; {@code chars} is its non-space length. */
    static Cues.Cue of(String original, int chars) {
        if (chars > 600 || org.credence.structure.StoryProse.reads(original)) {
            return null;
        }
        String text = original.toLowerCase(java.util.Locale.ROOT);
        if (chars <= 60 && AD.matcher(text).find()) {
            return new Cues.Cue(BlockType.AD, "text '" + clip(original) + "'");
        }
        if (chars <= 80 && (SHARE.matcher(text).find() || SOCIAL_ONLY.matcher(text).matches())) {
            return new Cues.Cue(BlockType.SHARE, "text '" + clip(original) + "'");
        }
        if (SHARE.matcher(text).find() && chars < 300) {
            return new Cues.Cue(BlockType.SHARE, "text '" + clip(original) + "'");
        }
        if (chars <= 80 && COMMENTS.matcher(text).find()) {
            return new Cues.Cue(BlockType.COMMENTS, "text '" + clip(original) + "'");
        }
        if (chars <= 250 && FUNDRAISING.matcher(text).find()) {
            return new Cues.Cue(BlockType.FUNDRAISING, "text '" + clip(original) + "'");
        }
        if (chars <= 200 && SUBSCRIPTION.matcher(text).find()) {
            return new Cues.Cue(BlockType.SUBSCRIPTION, "text '" + clip(original) + "'");
        }
        if (chars <= 200 && RELATED.matcher(text).find()) {
            return new Cues.Cue(BlockType.RELATED, "text '" + clip(original) + "'");
        }
        if (chars <= 160 && (CONTACT.matcher(text).find()
                || (chars <= 80 && EMAIL.matcher(text).find()))) {
            return new Cues.Cue(BlockType.CONTACT, "text '" + clip(original) + "'");
        }
        if (chars <= 90 && (BYLINE.matcher(original).find() || BYLINE_LOWER.matcher(original).find())
                && text.split("\\s+").length <= 14) {
            return new Cues.Cue(BlockType.BYLINE, "text 'By ...'");
        }
        if (chars <= 150 && CREDIT.matcher(text).find()) {
            return new Cues.Cue(BlockType.CREDIT, "text '" + clip(original) + "'");
        }
        if (chars <= 200 && BOILER.matcher(text).find()) {
            return new Cues.Cue(BlockType.BOILERPLATE, "text '" + clip(original) + "'");
        }
        if (chars <= 60 && (mostlyDate(text) || DATE_WORDS.matcher(text).find() && MONTH.matcher(text).find()
                || otherLanguageDate(original))) {
            return new Cues.Cue(BlockType.DATE, "date");
        }
        return null;
    }

    /**
     * A date that is most of the block ("March 5, 2024", "Monday, June 30, 2025 4:12 PM"), not a
     * short sentence holding one ("Jury selection begins Sept. 15, 2025.").
     */
    private static boolean mostlyDate(String text) {
        java.util.regex.Matcher m = MONTH.matcher(text);
        if (!m.find() || text.split("\\s+").length > 8) {
            return false;
        }
        String rest = (text.substring(0, m.start()) + " " + text.substring(m.end()))
                .replaceAll("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(at|on|am|pm|a\\.m\\.|p\\.m\\.|utc|gmt|[a-z]{2,4}t)\\b"
                        + "|\\d{1,2}:\\d{2}|[^\\p{L}]", "");
        return rest.length() <= 6;
    }

    /** A short line with a day-first date in another language ("12. März 2024, 18:30 Uhr"), not a sentence. */
    private static boolean otherLanguageDate(String original) {
        String t = original.strip();
        return t.split("\\s+").length <= 8 && !t.endsWith(".") && !MONTH.matcher(t.toLowerCase(java.util.Locale.ROOT)).find()
                && org.credence.structure.PublishedDates.find(t).isPresent();
    }

    /** True when the text looks like a visible date on its own. */
    static boolean isDate(String text) {
        return text.length() <= 80 && MONTH.matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
    }

    private static String clip(String s) {
        return s.length() <= 30 ? s : s.substring(0, 27) + "...";
    }
}
