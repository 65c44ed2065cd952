package org.credence.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {

    @Test
    void englishForms() {
        assertEquals(Optional.of("2019-11-19"), PublishedDates.find("Published Nov. 19, 2019, 3:14 p.m."));
        assertEquals(Optional.of("2019-11-19"), PublishedDates.find("19 November 2019"));
        assertEquals(Optional.empty(), PublishedDates.find("03/04/2019"));
    }

    @Test
    void otherLanguagesMonthNames() {
        assertEquals(Optional.of("2024-03-12"), PublishedDates.find("12. März 2024, 18:30 Uhr"));
        assertEquals(Optional.of("2024-05-07"), PublishedDates.find("Madrid, 7 de mayo de 2024"));
        assertEquals(Optional.of("2024-03-03"), PublishedDates.find("Publié le 3 mars 2024 à 10h"));
        assertEquals(Optional.of("2024-08-15"), PublishedDates.find("15 agosto 2024"));
        assertEquals(Optional.of("2024-10-01"), PublishedDates.find("1 oktober 2024"));
        assertEquals(Optional.empty(), PublishedDates.find("31. Februar 2024"));
    }
}
