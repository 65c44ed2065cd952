package org.credence.language.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.credence.language.Tokenizer;
import org.credence.model.Token;

/**
 * Builds the gazetteer from the shared data folder: mledoze countries (names, alternative
 * spellings, English demonyms and their plurals; ODbL 1.0), GeoNames cities15000, countryInfo
 * and admin-1 regions (CC BY 4.0), and the entity names of the OntoNotes 5 training split (by
 * type) and the WikiANN English training split (PER, ORG, and LOC as a separate PLACE list). Training-time only.
 */
final class GazetteerSources {

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private GazetteerSources() {
    }

    /** Files read, in order, relative to the data folder. */
    static final List<String> FILES = List.of(
            "gazetteers/mledoze-countries/countries.json",
            "gazetteers/geonames/countryInfo.tsv",
            "gazetteers/geonames/regionInfo.tsv",
            "gazetteers/geonames/cities15000.zip",
            "ontonotes5-conll2012-ner/onto5.train.ner.docs-with-entities.conll.gz",
            "wikiann-en/train");

    static Gazetteer build(Path data, Map<String, Object> counts) throws IOException {
        Gazetteer.Builder b = new Gazetteer.Builder();
        int[] n = new int[1];
        JsonNode countries = new ObjectMapper().readTree(data.resolve(FILES.get(0)).toFile());
        for (JsonNode c : countries) {
            addName(b, c.path("name").path("common").asText(), Gazetteer.COUNTRY, n);
            addName(b, c.path("name").path("official").asText(), Gazetteer.COUNTRY, n);
            for (JsonNode alt : c.path("altSpellings")) {
                if (alt.asText().length() > 1) {
                    addName(b, alt.asText(), Gazetteer.COUNTRY, n);
                }
            }
            for (JsonNode d : c.path("demonyms").path("eng")) {
                String dem = d.asText();
                addName(b, dem, Gazetteer.DEMONYM, n);
                if (!dem.endsWith("s") && !dem.endsWith("ese") && !dem.endsWith("sh") && !dem.endsWith("ch")) {
                    addName(b, dem + "s", Gazetteer.DEMONYM, n);
                }
            }
        }
        counts.put("countries", n[0]);
        n[0] = 0;
        for (String line : Files.readAllLines(data.resolve(FILES.get(1)), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length > 4) {
                addName(b, f[4], Gazetteer.COUNTRY, n);
            }
        }
        for (String line : Files.readAllLines(data.resolve(FILES.get(2)), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length > 2) {
                addName(b, f[1], Gazetteer.REGION, n);
                addName(b, f[2], Gazetteer.REGION, n);
            }
        }
        counts.put("geonamesCountriesRegions", n[0]);
        n[0] = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(data.resolve(FILES.get(3))))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.getName().endsWith(".txt")) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t");
                    if (f.length > 2) {
                        addName(b, f[1], Gazetteer.CITY, n);
                        if (!f[2].equals(f[1])) {
                            addName(b, f[2], Gazetteer.CITY, n);
                        }
                    }
                }
            }
        }
        counts.put("geonamesCities", n[0]);
        counts.put("ontonotesNames", addCorpus(b, NerCorpus.read(data.resolve(FILES.get(4)), NerCorpus.Format.CONLL2012), false));
        counts.put("wikiannNames", addCorpus(b, NerCorpus.read(data.resolve(FILES.get(5)), NerCorpus.Format.WIKIANN), true));
        return b.build();
    }

    private static void addName(Gazetteer.Builder b, String name, int bits, int[] n) {
        if (name == null || name.isBlank()) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(name)) {
            words.add(t.text(name));
        }
        b.add(words, bits);
        n[0]++;
    }

    private static final Map<String, Integer> TYPE_BITS = new LinkedHashMap<>();

    static {
        TYPE_BITS.put("PERSON", Gazetteer.PER);
        TYPE_BITS.put("PER", Gazetteer.PER);
        TYPE_BITS.put("ORG", Gazetteer.ORG);
        TYPE_BITS.put("GPE", Gazetteer.GPE);
        TYPE_BITS.put("LOC", Gazetteer.LOC);
        TYPE_BITS.put("WIKI-LOC", Gazetteer.PLACE);
        TYPE_BITS.put("NORP", Gazetteer.NORP);
        TYPE_BITS.put("FAC", Gazetteer.FAC);
        TYPE_BITS.put("EVENT", Gazetteer.MISC);
        TYPE_BITS.put("PRODUCT", Gazetteer.MISC);
        TYPE_BITS.put("WORK_OF_ART", Gazetteer.MISC);
        TYPE_BITS.put("LAW", Gazetteer.MISC);
        TYPE_BITS.put("LANGUAGE", Gazetteer.MISC);
    }

    private static int addCorpus(Gazetteer.Builder b, List<NerCorpus.Document> docs, boolean wiki) {
        int n = 0;
        for (NerCorpus.Document d : docs) {
            for (NerCorpus.Sentence s : d.sentences()) {
                for (BioChunks.Chunk c : BioChunks.of(s.tags())) {
                    Integer bits = TYPE_BITS.get(wiki && c.type().equals("LOC") ? "WIKI-LOC" : c.type());
                    if (bits == null) {
                        continue;
                    }
                    List<String> words = s.words().subList(c.start(), c.end());
                    if (!Character.isUpperCase(words.get(0).codePointAt(0))) {
                        continue;
                    }
                    b.add(words, bits);
                    n++;
                    if (bits == Gazetteer.PER && words.size() >= 2) {
                        b.add(words.subList(0, 1), Gazetteer.FIRST_NAME);
                        b.add(words.subList(words.size() - 1, words.size()), Gazetteer.LAST_NAME);
                    }
                }
            }
        }
        return n;
    }
}
