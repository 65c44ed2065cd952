package org.credence.signals.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Inverse document frequencies of terms, counted over the training texts:
 * {@code idf(t) = ln((docs + 1) / (df(t) + 1)) + 1}, so a term never seen weighs most. Terms
 * seen in fewer than {@code minDf} texts are not kept (they weigh as unseen). Immutable.
 *
 * @param docs how many texts were counted
 * @param df   document frequency of each kept term
 */
public record TermWeights(int docs, Map<String, Integer> df) {

    public TermWeights {
        df = Map.copyOf(df);
    }

    /** Counts the texts' distinct terms; keeps terms in at least {@code minDf} texts. */
    public static TermWeights count(Collection<StanceText> texts, int minDf) {
        Map<String, Integer> df = new HashMap<>();
        for (StanceText t : texts) {
            Set<String> seen = new HashSet<>(t.terms());
            for (String s : seen) {
                df.merge(s, 1, Integer::sum);
            }
        }
        df.values().removeIf(v -> v < minDf);
        return new TermWeights(texts.size(), df);
    }

    public double idf(String term) {
        return Math.log((docs + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1;
    }

    /** Writes gzip of "docs N" then "term TAB df" lines, terms sorted. */
    public void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os);
        Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
        w.write("docs\t" + docs + "\n");
        List<String> terms = new ArrayList<>(df.keySet());
        terms.sort(null);
        for (String t : terms) {
            w.write(t + "\t" + df.get(t) + "\n");
        }
        w.flush();
        gz.finish();
    }

    /** Reads what {@link #write} wrote. */
    public static TermWeights read(InputStream is) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(is), StandardCharsets.UTF_8));
        String first = r.readLine();
        if (first == null || !first.startsWith("docs\t")) {
            throw new IOException("not a term-weights file");
        }
        int docs = Integer.parseInt(first.substring(5));
        Map<String, Integer> df = new HashMap<>();
        String line;
        while ((line = r.readLine()) != null) {
            int tab = line.lastIndexOf('\t');
            df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
        return new TermWeights(docs, df);
    }

    /** Reads a class-path resource; a missing one is a bug. */
    static TermWeights resource(String name) {
        try (InputStream is = TermWeights.class.getResourceAsStream(name)) {
            if (is == null) {
                throw new IllegalStateException("resource missing: " + name);
            }
            return read(is);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
