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

    /** The corpus's articles in file-name order, each text as {@code mainText} gives it. */
    public static List<IngestItem> read(Path dir, Label label) throws IOException {
        return read(dir, label, false);
    }

    /**
     * The corpus's articles in file-name order. With {@code paragraphs}, the text is rebuilt
     * from the file's {@code paragraph} offsets into {@code mainText}, one blank line between
     * paragraphs (as the article was laid out; {@code mainText} joins them with one space);
     * a file whose offsets do not fit its text, or leave some of it out, keeps {@code mainText}
     * as it is.
     */
    public static List<IngestItem> read(Path dir, Label label, boolean paragraphs) throws IOException {
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
                if (paragraphs) {
                    var main = root.getElementsByTagName("mainText");
                    text = paragraphs(root, main.getLength() == 0 ? "" : main.item(0).getTextContent());
                }
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

    /** mainText split at its paragraph offsets, or as it is when they do not fit. */
    static String paragraphs(Element root, String main) {
        var nodes = root.getElementsByTagName("paragraph");
        if (nodes.getLength() < 2) {
            return main.strip();
        }
        StringBuilder sb = new StringBuilder(main.length() + nodes.getLength());
        int last = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element p = (Element) nodes.item(i);
            int start;
            int end;
            try {
                start = Integer.parseInt(field(p, "start"));
                end = Integer.parseInt(field(p, "end"));
            } catch (NumberFormatException e) {
                return main.strip();
            }
            if (start < last || end < start || end > main.length() || !main.substring(last, start).isBlank()) {
                return main.strip();
            }
            String para = main.substring(start, end).strip();
            if (!para.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(para);
            }
            last = end;
        }
        return sb.length() == 0 || !main.substring(last).isBlank() ? main.strip() : sb.toString();
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
