package org.credence.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Short news-like records as JSON lines, deterministic for a seed, with the mix a crawl has:
 * mostly English articles from a few outlets (some with quotes, claims, hedges, clickbait
 * headlines, appeals for money, mojibake), some with the body in HTML or under other field
 * names, some in German or Russian, and lines that are not records: invalid JSON, JSON that is
 * not an object, records with no text, blank lines. Articles are short (~60–120 words) so a
 * test can analyse thousands in seconds; the words are shuffled, not written.
 */
final class TestCorpus {

    /**
     * @param lines       the JSON lines (blank ones included)
     * @param records     the non-blank lines: each must give exactly one output row
     * @param invalidJson lines that are not valid JSON
     * @param notObject   valid JSON lines that are not objects
     * @param noContent   objects with neither text nor html
     */
    record Corpus(List<String> lines, int records, int invalidJson, int notObject, int noContent) {
    }

    static final List<String> SOURCES = List.of("Daily Ledger", "Metro Wire", "The Sentinel", "Harbor Post", "Valley News");

    private static final String[] NAMES = {"Jane Doe", "Amir Khan", "Olga Petrova", "Luis García", "Mei Chen", "Tom Hill"};
    private static final String[] WHO = {"the mayor", "a ministry spokesperson", "the council", "officials", "analysts", "the opposition leader"};
    private static final String[] WHAT = {"would cut the budget by 12 percent", "had approved the new bridge",
        "could raise taxes next year", "was reviewing the contract", "will hold a vote on Tuesday",
        "had no plans to close the library", "expects 4,000 new jobs by 2027"};
    private static final String[] HEADLINES = {"Council approves budget after long debate", "City to review bridge contract",
        "You Won't Believe What The Council Did Next", "Ministry outlines plan for schools", "Shocking Truth About Local Taxes Revealed",
        "Voters head to polls in regional election"};
    private static final String[] HEDGES = {"It is possibly the largest cut in a decade. ", "Some say the plan may be delayed. ",
        "Critics allegedly were not consulted. ", ""};
    private static final String[] GERMAN = {"Der Stadtrat hat am Dienstag den Haushalt beschlossen.",
        "Die Opposition kritisierte die Entscheidung scharf.", "Nach Angaben der Behörden sind die Kosten gestiegen."};
    private static final String[] RUSSIAN = {"Городской совет во вторник утвердил бюджет.",
        "Оппозиция резко раскритиковала это решение.", "По данным властей, расходы выросли."};

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestCorpus() {
    }

    /** Writes a corpus as one JSON-lines file (for {@code bench-local.sh}): {@code RECORDS SEED FILE}. */
    public static void main(String[] args) throws java.io.IOException {
        Corpus c = generate(Integer.parseInt(args[0]), Long.parseLong(args[1]));
        java.nio.file.Path out = java.nio.file.Path.of(args[2]);
        java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
        java.nio.file.Files.write(out, c.lines(), java.nio.charset.StandardCharsets.UTF_8);
        System.err.printf("wrote %d records (%d invalid JSON, %d not objects, %d without text) to %s%n",
                c.records(), c.invalidJson(), c.notObject(), c.noContent(), out);
    }

    static Corpus generate(int records, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>();
        int invalid = 0;
        int notObject = 0;
        int noContent = 0;
        for (int i = 0; i < records; i++) {
            if (i % 211 == 5) {
                lines.add("");
            }
            if (i % 97 == 13) {
                lines.add("{\"id\": \"bad-" + i + "\", \"text\": \"The council met on");
                invalid++;
                continue;
            }
            if (i % 331 == 17) {
                lines.add("[\"not\", \"a\", \"record\", " + i + "]");
                notObject++;
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            boolean aliases = i % 13 == 4;
            r.put(aliases ? "article_id" : "id", "r" + i);
            r.put("url", "https://example.org/news/" + i);
            if (i % 29 != 3) {
                r.put(aliases ? "site" : "source", SOURCES.get(random.nextInt(SOURCES.size())));
            }
            if (i % 89 == 7) {
                r.put("text", i % 2 == 0 ? "" : "   ");
                lines.add(json(r));
                noContent++;
                continue;
            }
            String headline = headline(random);
            r.put(aliases ? "headline" : "title", headline);
            r.put("author", NAMES[random.nextInt(NAMES.length)]);
            r.put("published", "2025-11-" + (10 + random.nextInt(18)));
            String body = i % 31 == 2 ? foreign(random, i % 2 == 0 ? GERMAN : RUSSIAN) : english(random, i);
            if (i % 17 == 9) {
                r.put("html", "<html><body><article><h1>" + headline + "</h1><p>"
                        + body.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>") + "</p></article></body></html>");
            } else {
                r.put(aliases ? "body" : "text", body);
            }
            lines.add(json(r));
        }
        int nonBlank = (int) lines.stream().filter(l -> !l.isBlank()).count();
        return new Corpus(List.copyOf(lines), nonBlank, invalid, notObject, noContent);
    }

    /** A headline, drawn from a fixed list. */
    static String headline(SplittableRandom random) {
        return HEADLINES[random.nextInt(HEADLINES.length)];
    }

    /** An English article body of ~60–120 words (varied by {@code i}: mojibake every 11th). */
    static String english(SplittableRandom random, int i) {
        StringBuilder sb = new StringBuilder(800);
        String place = random.nextBoolean() ? "SPRINGFIELD" : "RIVERTON";
        sb.append(place).append(" - ").append(capital(WHO[random.nextInt(WHO.length)])).append(" said on Monday that the city ")
                .append(WHAT[random.nextInt(WHAT.length)]).append(". ");
        sb.append(HEDGES[random.nextInt(HEDGES.length)]);
        sb.append("\n\n\"We will not let this stand,\" said ").append(NAMES[random.nextInt(NAMES.length)])
                .append(", who chairs the finance committee. ");
        sb.append("According to a report by the regional audit office, spending rose by ")
                .append(2 + random.nextInt(30)).append(" percent last year. ");
        if (random.nextInt(3) == 0) {
            sb.append(capital(WHO[random.nextInt(WHO.length)])).append(" told reporters the plan ")
                    .append(WHAT[random.nextInt(WHAT.length)]).append(". ");
        }
        if (i % 11 == 0) {
            sb.append("It\u00e2\u20ac\u2122s a caf\u00c3\u00a9 story. ");
        }
        if (random.nextInt(6) == 0) {
            sb.append("\n\nPlease donate today to support our independent, unbiased journalism!");
        }
        if (random.nextInt(5) == 0) {
            sb.append("\n\nThis is absolutely outrageous and a total disgrace, a disaster for everyone.");
        }
        return sb.toString();
    }

    private static String foreign(SplittableRandom random, String[] sentences) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 3 + random.nextInt(3); k++) {
            sb.append(sentences[random.nextInt(sentences.length)]).append(' ');
        }
        return sb.toString().strip();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String json(Map<String, Object> r) {
        try {
            return JSON.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
