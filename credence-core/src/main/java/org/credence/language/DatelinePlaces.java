package org.credence.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.model.Block;
import org.credence.model.BlockType;
import org.credence.model.Document;
import org.credence.model.Entity;
import org.credence.model.EntityType;
import org.credence.model.Span;

/**
 * The place of a dateline ("RIVERTON, March 3 (Reuters) -") is a place whatever the tagger
 * called it; so are the article's other mentions with the same name that the tagger typed as an
 * organisation, a location or a miscellaneous name (a person of that name stays a person). Uses
 * the structure layer's dateline block when there is one; without it nothing changes.
 */
final class DatelinePlaces {

    private DatelinePlaces() {
    }

    /** {@code entities} with the dateline place's mentions typed {@link EntityType#GPE}. */
    static List<Entity> retype(Document doc, List<Entity> entities) {
        Span place = place(doc);
        if (place == null) {
            return entities;
        }
        String name = doc.textOf(place).toLowerCase(Locale.ROOT);
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            boolean inDateline = e.span().start() >= place.start() && e.span().end() <= place.end();
            boolean sameName = doc.textOf(e.span()).toLowerCase(Locale.ROOT).equals(name)
                    && e.type() != EntityType.PERSON && e.type() != EntityType.NATIONALITY;
            out.add((inDateline || sameName) && e.type() != EntityType.GPE
                    ? new Entity(e.span(), EntityType.GPE, e.confidence(), e.chain()) : e);
        }
        return out;
    }

    /** The place at the start of the dateline block: up to its first comma, bracket or dash; null when none. */
    static Span place(Document doc) {
        for (Block b : doc.blocks()) {
            if (b.type() != BlockType.DATELINE) {
                continue;
            }
            String t = doc.textOf(b.span());
            int end = 0;
            while (end < t.length() && ",(–—-:".indexOf(t.charAt(end)) < 0) {
                end++;
            }
            int start = 0;
            while (start < end && Character.isWhitespace(t.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
                end--;
            }
            return end > start ? new Span(b.span().start() + start, b.span().start() + end) : null;
        }
        return null;
    }
}
