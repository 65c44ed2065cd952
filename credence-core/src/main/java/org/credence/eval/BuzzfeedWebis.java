package org.credence.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.credence.ingest.IngestItem;
import org.credence.ingest.InputRecord;
import org.credence.model.Metadata;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads the BuzzFeed-Webis Fake News Corpus 2016 layout: a folder with {@code articles/*.xml},
 * one article each ({@code title}, {@code mainText}, {@code author}, {@code uri}, {@code portal},
 * {@code orientation}, {@code veracity}). Each file becomes one record whose label is the chosen
 * field; a file that cannot be parsed becomes a failed item, never a lost one.
 */
public final class BuzzfeedWebis {

    /** Which field becomes the record's label. */
    public enum Label { ORIENTATION, VERACITY, PORTAL }

    private BuzzfeedWebis() {
    }

    /** The corpus's articles in file-name order. */
    public static List<IngestItem> read(Path dir, Label label) throws IOException {
        Path articles = dir.resolve("articles");
        if (!Files.isDirectory(articles)) {
            throw new IOException("no articles/ folder in " + dir + " (BuzzFeed-Webis layout)");
        }
        List<Path> files;
        try (var s = Files.list(articles)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        DocumentBuilder builder = builder();
        List<IngestItem> out = new ArrayList<>(files.size());
        for (Path f : files) {
            String id = f.getFileName().toString().replaceFirst("\\.xml$", "");
            try (InputStream in = Files.newInputStream(f)) {
                Element root = builder.parse(in).getDocumentElement();
                String text = field(root, "mainText");
                String l = field(root, label.name().toLowerCase(Locale.ROOT));
                Metadata m = new Metadata(id, field(root, "uri"), field(root, "portal"), field(root, "title"),
                        field(root, "author"), "", l, f.toString());
                out.add(new IngestItem.Ok(InputRecord.text(m, text)));
            } catch (SAXException | IOException e) {
                out.add(new IngestItem.Failed(f.toString(), id, "xml.invalid", "cannot parse " + f + ": " + e.getMessage()));
            }
        }
        return out;
    }

    private static String field(Element root, String name) {
        var nodes = root.getElementsByTagName(name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
