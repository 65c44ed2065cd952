package org.credence.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Mentions of one entity within one article: "Sergei Lavrov" … "Lavrov" … "Mr. Lavrov", and the
 * nominal mentions linked to it ("the Russian foreign minister").
 *
 * @param id       the chain's id, unique within the article; {@link Entity#chain()} points here
 * @param type     the entity's type (that of its longest mention)
 * @param name     the chain's name: the text of its longest mention
 * @param mentions the named mentions' spans in text order (at least one)
 * @param nominals nominal mentions linked to the entity, in text order (often none)
 */
public record EntityChain(int id, EntityType type, String name, List<Span> mentions, List<NominalMention> nominals) {

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
        List<NominalMention> sorted = new ArrayList<>(nominals);
        sorted.sort(null);
        nominals = List.copyOf(sorted);
    }

    /** A chain of named mentions only. */
    public EntityChain(int id, EntityType type, String name, List<Span> mentions) {
        this(id, type, name, mentions, List.of());
    }

    /** This chain with {@code n} as its nominal mentions. */
    public EntityChain withNominals(List<NominalMention> n) {
        return new EntityChain(id, type, name, mentions, n);
    }
}
