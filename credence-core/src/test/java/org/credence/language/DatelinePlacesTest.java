package org.credence.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credence.model.Document;
import org.credence.model.Entity;
import org.credence.model.EntityType;
import org.credence.testing.Analyzed;
import org.junit.jupiter.api.Test;

class DatelinePlacesTest {

    @Test
    void theDatelinePlaceAndItsOtherMentionsArePlaces() {
        Document d = Analyzed.text("""
                Storm batters Eastbrook coast

                EASTBROOK, Oct. 9 (AP) - High winds cut power to thousands of homes on Monday, the utility said.

                Crews in Eastbrook worked through the night to restore power, the company said.
                """, "dateline places");
        List<Entity> places = d.language().entities().stream()
                .filter(e -> d.textOf(e.span()).equalsIgnoreCase("Eastbrook")).toList();
        assertEquals(3, places.size(), places.toString()); // the tagger calls all three an organisation
        for (Entity e : places) {
            assertEquals(EntityType.GPE, e.type(), d.textOf(e.span()) + " at " + e.span());
        }
    }
}
