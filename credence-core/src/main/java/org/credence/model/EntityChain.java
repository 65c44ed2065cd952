package org.credence.model;

import java.util.List;

/**
 * Mentions of one entity within one article: "Sergei Lavrov" … "Lavrov" … "Mr. Lavrov".
 *
 * @param id       the chain's id, unique within the article; {@link Entity#chain()} points here
 * @param type     the entity's type (that of its longest mention)
 * @param name     the chain's name: the text of its longest mention
 * @param mentions the mentions' spans in text order (at least one)
 */
public record EntityChain(int id, EntityType type, String name, List<Span> mentions) {

    public EntityChain {
        if (id < 0) {
            throw new IllegalArgumentException("chain id " + id + " is negative");
        }
        if (type == null || name == null || name.isEmpty()) {
            throw new IllegalArgumentException("type and name are required");
        }
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("chain " + id + " has no mentions");
        }
    }
}
