package org.credence.structure;

import java.util.regex.Pattern;
import org.credence.internal.Texts;

/**
 * Whether a short block reads as a sentence of the story rather than page furniture: a
 * complete sentence (eight words or more, ending in . ! or ?) that does not speak to the reader
 * ("you", "your", "we", "our" outside quotes, or an imperative start such as "Sign up",
 * "Donate today", "Share this", "Contact the reporter"; "Contact tracing" is not one), does not label itself ("Photo:", "Editor's note:"), does not speak of the
 * article itself ("This story was first published by …") and carries no address, e-mail or
 * copyright mark. A reported statement ("…, the regulator said.") reads as the story even with
 * "our" in it.
 *
 * <p>Text cues for furniture ({@link BlockCues}, the HTML text cues) are keywords; a story
 * sentence that happens to hold one ("people who subscribe to its service", "a copyright
 * dispute", "By midday, shares had fallen") must not be typed as furniture by it. Stateless.
 */
public final class StoryProse {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern END = Pattern.compile("[.!?][\"'”’»)\\]]*$");
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}'’]+(?: [\\p{L}'’]+){0,2}\\s*:");
    private static final Pattern SELF = Pattern.compile(
            "^(this|the above|the following) (story|article|piece|report|post|column|content|material|page|interview|transcript|newsletter)\\b", I);
    private static final Pattern IMPERATIVE = Pattern.compile(
            "^(please\\s+)?(sign|subscribe|donate|support|share|follow|join|read|click|get|become|help|give|contact|e-?mail"
                    + "|send|leave|chip|register|log|download|listen|watch|tap|like|tweet|see|visit|call|text|write|keep"
                    + "|learn|discover|shop|buy|order|save|try|start|stay)"
                    + "\\s+(up|us|our|the|this|these|a|an|your|today|now|here|more|me|it|free|below|online|to|for|on|via|at)\\b"
                    + "|^(please|don'?t|do not|never)\\b", I);
    private static final Pattern MARKS = Pattern.compile(
            "©|\\(c\\)\\s*\\d{4}|\\bcopyright\\s+(\\d{4}|©)|all rights reserved|[\\w.+-]+@[\\w-]+\\.[\\w.]+|can be reached at"
                    + "|https?://|\\bwww\\.", I);
    private static final Pattern READER = Pattern.compile("\\b(you|your|yours|we|us|our|ours)\\b", I);
    private static final Pattern REPORTED = Pattern.compile("\\b(said|says|told|according to|added|announced|reported)\\b", I);
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

    private StoryProse() {
    }

    /** True when {@code block} reads as a sentence of the story (see the class comment). */
    public static boolean reads(String block) {
        String s = block.strip();
        if (s.length() > 1200 || Texts.words(s) < 8 || !END.matcher(s).find()) {
            return false;
        }
        if (LABEL.matcher(s).find() || SELF.matcher(s).find() || IMPERATIVE.matcher(s).find() || MARKS.matcher(s).find()) {
            return false;
        }
        return REPORTED.matcher(s).find() || !READER.matcher(QUOTED.matcher(s).replaceAll(" ")).find();
    }
}
