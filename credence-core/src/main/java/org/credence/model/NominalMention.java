package org.credence.model;

/**
 * A nominal mention of a named entity: a definite noun phrase headed by a role or organisation
 * noun ("the Russian foreign minister", "Russia's foreign minister", "the company") that refers to
 * the entity of the {@link EntityChain} it is listed in.
 *
 * @param span     the noun phrase's half-open UTF-16 range, from its determiner or possessor to
 *                 its head or post-modifier ("the secretary of state"); a possessive "'s" after it
 *                 is not included
 * @param reason   why it was linked to the chain
 * @param evidence the text that licensed the link (see {@link Reason}); never empty
 */
public record NominalMention(Span span, Reason reason, Span evidence) implements Comparable<NominalMention> {

    /** Why a nominal mention was linked to its chain, from the strongest evidence to the weakest. */
    public enum Reason {
        /**
         * In apposition to a name of the chain ("Sergei Lavrov, Russia's foreign minister,";
         * "The foreign minister, Sergei Lavrov,"); the evidence is that name.
         */
        APPOSITIVE,
        /**
         * Its head noun and modifiers match a description of the chain given earlier as a title
         * ("Russian Foreign Minister Sergei Lavrov") or an appositive ("Lavrov, Russia's foreign
         * minister"), and no other chain's; the evidence is that description.
         */
        DESCRIBED,
        /**
         * It repeats the head noun of the organisation's own name ("the ministry" after "the
         * Foreign Ministry"; "the company" after "Apple Inc."), and no other chain's; the evidence
         * is that name.
         */
        NAME,
        /**
         * The chain is the only compatible one mentioned in the few sentences before it and
         * nothing earlier contradicts the role; the evidence is the chain's most recent mention.
         */
        RECENT
    }

    public NominalMention {
        if (span == null || reason == null || evidence == null) {
            throw new IllegalArgumentException("span, reason and evidence are required");
        }
        if (span.isEmpty() || evidence.isEmpty()) {
            throw new IllegalArgumentException("empty span " + span + " or evidence " + evidence);
        }
    }

    /** The mention's text in {@code doc}, the text the span points into. */
    public String text(String doc) {
        return span.in(doc);
    }

    @Override
    public int compareTo(NominalMention o) {
        return span.compareTo(o.span);
    }
}
