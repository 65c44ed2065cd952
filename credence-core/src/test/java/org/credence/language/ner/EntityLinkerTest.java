package org.credence.language.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.credence.model.Entity;
import org.credence.model.EntityChain;
import org.credence.model.EntityType;
import org.credence.model.Span;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

    private static Entity at(String text, String mention, int from, EntityType type) {
        int s = text.indexOf(mention, from);
        return new Entity(new Span(s, s + mention.length()), type, 0.9, -1);
    }

    @Test
    void linksHandMadeMentions() {
        String text = "Sergei Lavrov met the World Health Organization chief. Lavrov said the WHO was wrong. "
                + "Mr. Lavrov left for the United States; U.S. officials and Sergei Shoigu declined to comment.";
        List<Entity> es = List.of(
                at(text, "Sergei Lavrov", 0, EntityType.PERSON),
                at(text, "World Health Organization", 0, EntityType.ORGANIZATION),
                at(text, "Lavrov", 50, EntityType.PERSON),
                at(text, "WHO", 0, EntityType.ORGANIZATION),
                at(text, "Mr. Lavrov", 0, EntityType.PERSON),
                at(text, "United States", 0, EntityType.GPE),
                at(text, "U.S.", 0, EntityType.ORGANIZATION),
                at(text, "Sergei Shoigu", 0, EntityType.PERSON));
        EntityLinker.Linked l = new EntityLinker().link(text, es);
        List<Entity> e = l.entities();
        assertEquals(e.get(0).chain(), e.get(2).chain(), "Lavrov");
        assertEquals(e.get(0).chain(), e.get(4).chain(), "Mr. Lavrov");
        assertEquals(e.get(1).chain(), e.get(3).chain(), "WHO");
        assertEquals(e.get(5).chain(), e.get(6).chain(), "U.S.");
        assertNotEquals(e.get(0).chain(), e.get(7).chain(), "Shoigu is not Lavrov");
        EntityChain lavrov = l.chains().get(e.get(0).chain());
        assertEquals("Sergei Lavrov", lavrov.name());
        assertEquals(3, lavrov.mentions().size());
        assertEquals("World Health Organization", l.chains().get(e.get(3).chain()).name());
    }

    @Test
    void linksRecognizedMentions() {
        String text = "Russian Foreign Minister Sergei Lavrov spoke in Moscow on Friday. "
                + "Lavrov said the talks had failed. Mr. Lavrov did not take questions.";
        List<Entity> found = EntityRecognizerTest.run(text);
        EntityLinker.Linked l = new EntityLinker().link(text, found);
        EntityChain chain = l.chains().stream().filter(c -> c.name().equals("Sergei Lavrov")).findFirst()
                .orElseThrow(() -> new AssertionError(l.chains().toString()));
        assertEquals(3, chain.mentions().size(), chain.toString());
    }
}
