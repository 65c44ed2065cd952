package org.credence.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BylineNamesTest {

    @Test
    void prefixesGo() {
        assertEquals("Nina Hall", StructureStage.stripBy("Posted by Nina Hall"));
        assertEquals("Jonas Weber", StructureStage.stripBy("Von Jonas Weber"));
        assertEquals("Lucía Marín", StructureStage.stripBy("Por Lucía Marín"));
        assertEquals("Jane Doe, Staff Writer", StructureStage.stripBy("By Jane Doe, Staff Writer"));
    }

    @Test
    void datesAfterASeparatorGo() {
        assertEquals("Sam Achebe", StructureStage.stripBy("Sam Achebe | June 3, 2024"));
        assertEquals("Dana Whitlock", StructureStage.stripBy("By Dana Whitlock · Sept. 5, 2023"));
        assertEquals("Dana Whitlock", StructureStage.stripBy("By Dana Whitlock - Updated 10:42 a.m."));
        assertEquals("Rachel Kim and Dev Boyd", StructureStage.stripBy("By Rachel Kim and Dev Boyd"));
        assertEquals("Rachel Kim and Dev Boyd", StructureStage.stripBy("By Rachel Kim and Dev Boyd February 20, 2024"));
    }

    @Test
    void aHyphenatedNameStays() {
        assertEquals("Anne-Marie Dubois", StructureStage.stripBy("By Anne-Marie Dubois"));
        assertEquals("", StructureStage.stripBy(null));
    }
}
