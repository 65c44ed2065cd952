package org.credence.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.credence.model.Span;
import org.junit.jupiter.api.Test;

class ForeignTextTest {

    private static boolean foreign(String s) {
        return ForeignText.judge(s, new Span(0, s.length())).isPresent();
    }

    @Test
    void headlinesWithoutFunctionWordsAreEnglish() {
        assertFalse(foreign("Gut bacteria may influence mood, early study suggests"));
        assertFalse(foreign("NovaGrid Energy unveils compact home battery, promises lower bills"));
        assertFalse(foreign("Stocks slide as oil prices jump, investors eye central bank moves"));
    }

    @Test
    void otherLanguagesAreForeign() {
        assertTrue(foreign("Der Stadtrat hat am Dienstag den Bau von zwei Wohnblöcken genehmigt."));
        assertTrue(foreign("Le conseil municipal a approuvé mardi la construction de deux immeubles."));
        assertTrue(foreign("El ayuntamiento aprobó el martes la construcción de dos edificios."));
        assertTrue(foreign("Il consiglio comunale ha approvato martedì la costruzione di due palazzi."));
        assertTrue(foreign("Dewan kota menyetujui pembangunan dua gedung yang berada di dekat stasiun lama."));
        assertEquals("cyrillic", ForeignText.judge("Фото: Иван Петров", new Span(0, 17)).orElseThrow().script());
    }

    @Test
    void longLatinTextWithNoEnglishWordsIsForeignEvenWithoutKnownOnes() {
        assertTrue(foreign("Halmashauri ya jiji iliidhinisha ujenzi wa majengo mawili karibu na kituo cha zamani "
                + "cha reli siku ya Jumanne baada ya mjadala mrefu kati ya wakazi na wajenzi wa mradi huo mkubwa"));
    }
}
