package org.credence.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the SemEval-2019 task 4 (hyperpartisan news detection) layout: an articles file
 * ({@code <articles><article id title published-at>} with {@code <p>}, {@code <a>}, {@code <q>}
 * markup and loose text) and a ground-truth file ({@code <article id hyperpartisan url .../>}).
 * Streamed, so the large by-publisher files read in constant memory per article. Each article's
 * text keeps its paragraphs ({@code <p>} and runs of loose text) as blank-line-separated blocks;
 * its label is {@code hyperpartisan} or {@code mainstream}; its outlet is the host of the
 * ground truth's {@code url} (the publisher: the official splits share no publisher). Articles
 * without ground truth, and ground truth without articles, are counted in the problems.
 */
public final class SemEvalHyperpartisan {

    private SemEvalHyperpartisan() {
    }

    /** Reads the articles of {@code articles} labelled by {@code truth}, in the articles' order. */
    public static ScoreData.Read read(Path articles, Path truth) throws IOException {
        Map<String, String[]> labels = truth(truth);
        List<LabeledArticle> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (InputStream in = Files.newInputStream(articles)) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("article")) {
                    String id = attr(r, "id");
                    String title = attr(r, "title").strip();
                    String text = body(r);
                    String[] t = labels.get(id);
                    if (t == null) {
                        problems.add(articles + ": article " + id + " has no ground truth");
                        continue;
                    }
                    seen.add(id);
                    if (text.isBlank()) {
                        problems.add(articles + ": article " + id + " has no text");
                        continue;
                    }
                    out.add(new LabeledArticle(id, title, text, t[1], LabeledArticle.outletOf(t[1]), t[0],
                            articles + "#" + id));
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot parse " + articles + " (SemEval-2019 articles XML): " + e.getMessage(), e);
        }
        long missing = labels.keySet().stream().filter(k -> !seen.contains(k)).count();
        if (missing > 0) {
            problems.add(truth + ": " + missing + " ground-truth entries have no article");
        }
        return new ScoreData.Read(articles.toString(), out, problems);
    }

    /** id → {label, url}. */
    private static Map<String, String[]> truth(Path truth) throws IOException {
        Map<String, String[]> m = new HashMap<>();
        try (InputStream in = Files.newInputStream(truth)) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("article")) {
                    String h = attr(r, "hyperpartisan");
                    if (!h.equals("true") && !h.equals("false")) {
                        throw new IOException(truth + ": article " + attr(r, "id") + " has hyperpartisan=\"" + h
                                + "\" (expected true or false)");
                    }
                    m.put(attr(r, "id"), new String[] {h.equals("true") ? "hyperpartisan" : "mainstream", attr(r, "url")});
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot parse " + truth + " (SemEval-2019 ground-truth XML): " + e.getMessage(), e);
        }
        if (m.isEmpty()) {
            throw new IOException("no <article> entries in " + truth + " (SemEval-2019 ground-truth XML)");
        }
        return m;
    }

    /** The text of the current article element, paragraphs separated by blank lines. */
    private static String body(XMLStreamReader r) throws XMLStreamException {
        StringBuilder all = new StringBuilder();
        StringBuilder para = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals("p")) {
                    flush(all, para);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 0 || r.getLocalName().equals("p")) {
                    flush(all, para);
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                para.append(r.getText());
            }
        }
        return all.toString();
    }

    private static void flush(StringBuilder all, StringBuilder para) {
        String p = para.toString().replaceAll("\\s+", " ").strip();
        para.setLength(0);
        if (!p.isEmpty()) {
            if (all.length() > 0) {
                all.append("\n\n");
            }
            all.append(p);
        }
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
