package org.credence.signals.sloppiness;

import org.credence.language.words.WordList;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds the shipped word list ({@code credence train sloppiness}): the Hunspell en_US and
 * en_GB dictionaries of {@code spelling/hunspell-wooorm} expanded into their word forms, each
 * with its count in the GMB news corpus ({@code gmb-ner-kaggle}, public-domain Voice of America
 * texts) for ranking suggestions. Deterministic: sorted lines, gzip without a timestamp.
 *
 * <p>Only sources whose licence allows shipping in Apache-2.0 code are read: the SCOWL
 * dictionaries (permissive notice, kept in NOTICE) and counts of words in public-domain text.
 * The wordfreq and OpenSubtitles frequency lists (CC BY-SA 4.0) and Norvig's lists (no licence)
 * are not used.
 */
public final class WordListBuilder {

    private WordListBuilder() {
    }

    /** What a build produced. */
    public record Result(int forms, int counted, long bytes, String provenance) {
    }

    /** Builds from the shared data folder into {@code outDir} ({@code words.txt.gz}, {@code words.json}). */
    public static Result build(Path data, Path outDir) throws IOException {
        Path hun = data.resolve("spelling/hunspell-wooorm");
        Path gmb = data.resolve("gmb-ner-kaggle/ner_dataset.csv.zip");
        TreeSet<String> forms = new TreeSet<>();
        for (String variant : List.of("en", "en-GB")) {
            HunspellExpander x = HunspellExpander.read(hun.resolve(variant).resolve("index.aff"));
            x.expand(hun.resolve(variant).resolve("index.dic"), w -> forms.add(w.replace('’', '\'')));
        }
        Map<String, Integer> tokenCounts = countGmb(gmb);
        Files.createDirectories(outDir);
        Path out = outDir.resolve(WordList.WORDS);
        int counted = 0;
        try (OutputStream os = Files.newOutputStream(out);
             GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8))) {
            for (String f : forms) {
                int c = tokenCounts.getOrDefault(f, 0);
                if (WordList.isLowerAscii(f) && !f.isEmpty()) {
                    c += tokenCounts.getOrDefault(Character.toUpperCase(f.charAt(0)) + f.substring(1), 0);
                }
                w.write(f);
                if (c > 0) {
                    w.write('\t');
                    w.write(Integer.toString(c));
                    counted++;
                }
                w.write('\n');
            }
        }
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("what", "English word forms for the sloppiness signal's spelling check, with corpus counts");
        prov.put("command", "credence train sloppiness");
        prov.put("forms", forms.size());
        prov.put("formsWithCount", counted);
        Map<String, Object> files = new TreeMap<>();
        for (Path p : List.of(hun.resolve("en/index.aff"), hun.resolve("en/index.dic"),
                hun.resolve("en-GB/index.aff"), hun.resolve("en-GB/index.dic"), gmb)) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("bytes", Files.size(p));
            f.put("sha256", sha256(p));
            files.put(data.relativize(p).toString(), f);
        }
        prov.put("data", files);
        prov.put("method", "Hunspell PFX/SFX rules applied to every stem (cross products included, digit stems "
                + "left out), en_US and en_GB-ise forms merged; count = occurrences of the form in GMB "
                + "(plus its capitalised form for lower-case words)");
        Map<String, Object> lic = new LinkedHashMap<>();
        lic.put("hunspell", "SCOWL / en_US Hunspell notice (Kevin Atkinson and others): permissive; the notice is "
                + "shipped as SCOWL-LICENSE.txt and named in NOTICE");
        lic.put("gmb", "counts of words in Groningen Meaning Bank texts, public-domain (Voice of America) news");
        lic.put("notUsed", "wordfreq and OpenSubtitles lists (CC BY-SA 4.0), Norvig lists (no licence)");
        prov.put("licences", lic);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(prov);
        Files.writeString(outDir.resolve("words.json"), json + "\n");
        return new Result(forms.size(), counted, Files.size(out), json);
    }

    /** Token counts of the GMB CSV (latin-1, column Word), case kept. */
    static Map<String, Integer> countGmb(Path zip) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (!e.getName().endsWith(".csv")) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(z, StandardCharsets.ISO_8859_1), 1 << 16);
                try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                    for (CSVRecord rec : p) {
                        if (rec.size() > 1) {
                            counts.merge(rec.get(1), 1, Integer::sum);
                        }
                    }
                }
                return counts;
            }
        }
        throw new IOException("no CSV file in " + zip);
    }

    private static String sha256(Path p) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
