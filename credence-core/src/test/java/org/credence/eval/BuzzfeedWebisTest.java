package org.credence.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credence.ingest.IngestItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuzzfeedWebisTest {

    @Test
    void readsArticlesWithTheChosenLabelAndKeepsBrokenFilesAsErrors(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(a.resolve("0001.xml"), """
                <article><author>Ana Silva</author><mainText>The harbour reopened on Monday.</mainText>
                <orientation>mainstream</orientation><portal>Example News</portal><title>Harbour reopens</title>
                <uri>http://example.org/harbour</uri><veracity>mostly true</veracity></article>
                """);
        Files.writeString(a.resolve("0002.xml"), "<article><mainText>unclosed");
        Files.writeString(a.resolve("0003.xml"), "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><article><mainText>&e;</mainText></article>");
        List<IngestItem> items = BuzzfeedWebis.read(dir, BuzzfeedWebis.Label.VERACITY);
        assertEquals(3, items.size());
        IngestItem.Ok ok = assertInstanceOf(IngestItem.Ok.class, items.get(0));
        assertEquals("mostly true", ok.record().metadata().label());
        assertEquals("Harbour reopens", ok.record().metadata().title());
        assertEquals("Example News", ok.record().metadata().source());
        assertEquals("xml.invalid", assertInstanceOf(IngestItem.Failed.class, items.get(1)).code());
        assertEquals("xml.invalid", assertInstanceOf(IngestItem.Failed.class, items.get(2)).code(), "no external entities");
        assertThrows(IOException.class, () -> BuzzfeedWebis.read(dir.resolve("nothing"), BuzzfeedWebis.Label.PORTAL));
    }
}
