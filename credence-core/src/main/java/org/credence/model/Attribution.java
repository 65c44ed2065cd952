package org.credence.model;

/**
 * Who a quote is attributed to: how the source is given in the text, where, and, when the
 * article names it, the name it resolves to.
 *
 * @param kind    how the source is given
 * @param mention the source as written in the text ("Smith", "he", "the minister", "officials");
 *                null when {@link Kind#MISSING}
 * @param name    the person or organisation named in the article that the mention resolves to
 *                ("John Smith" for "he" or "the minister"); null when unresolved
 * @param chain   the entity chain id the source resolves to, or -1
 */
public record Attribution(Kind kind, Span mention, String name, int chain) {

    /** How a source is given. */
    public enum Kind {
        /** A person named at the cue ("Smith said", "said John Smith"). */
        NAMED_PERSON,
        /** An organisation named at the cue ("the Pentagon said", "CNN reported"). */
        NAMED_ORGANIZATION,
        /** A pronoun ("he said") resolved to a person or organisation named before it. */
        PRONOUN_RESOLVED,
        /** A pronoun with no compatible name before it. */
        PRONOUN_UNRESOLVED,
        /** A definite title ("the minister said") resolved to the person introduced with it. */
        TITLE_RESOLVED,
        /** A role without a name ("a State Department spokesman", "the minister" never named). */
        TITLE_ONLY,
        /** Unnamed but specific sources ("officials said", "a person familiar with the matter"). */
        ANONYMOUS,
        /** Unspecified people or opinion ("some say", "critics argue", "it is believed"). */
        VAGUE,
        /** No cue and no attributable speaker. */
        MISSING
    }

    /** The attribution of a quote that has none. */
    public static final Attribution NONE = new Attribution(Kind.MISSING, null, null, -1);

    public Attribution {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if ((kind == Kind.MISSING) != (mention == null)) {
            throw new IllegalArgumentException("mention must be null exactly when the source is missing: " + kind);
        }
        if (chain < -1) {
            throw new IllegalArgumentException("bad chain " + chain);
        }
    }

    /** Whether the source resolves to a name the article gives. */
    public boolean isNamed() {
        return name != null;
    }
}
