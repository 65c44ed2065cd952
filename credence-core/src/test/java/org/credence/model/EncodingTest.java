package org.credence.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EncodingTest {

    @Test
    void describesDecodedBytesAndTextThatNeededNoDecoding() {
        assertEquals("windows-1251 (statistical, confidence 0.87)", new Encoding("windows-1251", "statistical", 0.871).describe());
        assertEquals("already text (no bytes decoded)", Encoding.ALREADY_TEXT.describe());
    }
}
