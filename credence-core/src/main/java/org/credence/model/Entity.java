package org.credence.model;

/**
 * One named-entity mention: where it is, what it is, how sure the recognizer is and which
 * chain of co-referring mentions it belongs to.
 *
 * @param span       the mention's half-open UTF-16 range; {@code text.substring(span)} is the mention
 * @param type       what kind of entity it is
 * @param confidence the recognizer's confidence in {@code [0, 1]}
 * @param chain      the id of its {@link EntityChain} in the same article, or -1 when not linked
 */
public record Entity(Span span, EntityType type, double confidence, int chain) implements Comparable<Entity> {

    public Entity {
        if (span == null || type == null) {
            throw new IllegalArgumentException("span and type are required");
        }
        if (span.isEmpty()) {
            throw new IllegalArgumentException("empty entity span at " + span);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
        if (chain < -1) {
            throw new IllegalArgumentException("chain " + chain + " below -1");
        }
    }

    /** This entity placed in chain {@code id}. */
    public Entity withChain(int id) {
        return new Entity(span, type, confidence, id);
    }

    /** The mention's text in {@code doc}, the text the span points into. */
    public String text(String doc) {
        return span.in(doc);
    }

    @Override
    public int compareTo(Entity o) {
        return span.compareTo(o.span);
    }
}
