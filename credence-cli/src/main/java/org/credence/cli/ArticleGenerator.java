package org.credence.cli;

import java.util.SplittableRandom;

/**
 * Generates news-like articles for benchmarks: a headline, a byline, a date line, a dateline,
 * ~700 words of body in paragraphs, a caption, and now and then a fundraising appeal, a share
 * line, an HTML entity or a mojibake-damaged word, so every stage has work. Deterministic for a
 * seed. Not for quality evaluation: the words are shuffled, not written.
 */
final class ArticleGenerator {

    private static final String[] WORDS = ("the government said on tuesday that its new plan would cut emissions by 25 percent "
            + "over the next decade while officials in the capital warned that costs could rise for families and businesses "
            + "according to a report published by the ministry of finance analysts expect the central bank to hold rates steady "
            + "as inflation slows protesters gathered outside parliament demanding answers about the contract awarded last month "
            + "the opposition leader called the decision reckless and said her party would challenge it in court "
            + "experts say the evidence remains mixed and many questions are still unanswered about who benefits").split(" ");
    private static final String[] PLACES = {"WASHINGTON", "LONDON", "KYIV, Ukraine", "NEW YORK", "BRUSSELS", "NAIROBI, Kenya"};
    private static final String[] AGENCIES = {"(Reuters)", "(AP)", "", ""};
    private static final String[] NAMES = {"Jane Doe", "Amir Khan", "Olga Petrova", "Luis García", "Mei Chen", "John Smith"};

    private final SplittableRandom random;

    ArticleGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    String next() {
        StringBuilder sb = new StringBuilder(5000);
        sb.append(capitalize(sentence(6 + random.nextInt(6), false))).append("\n\n");
        sb.append("By ").append(NAMES[random.nextInt(NAMES.length)]).append("\n\n");
        sb.append("Published November ").append(1 + random.nextInt(28)).append(", 2025\n\n");
        sb.append(PLACES[random.nextInt(PLACES.length)]).append(' ').append(AGENCIES[random.nextInt(AGENCIES.length)]).append(" - ");
        int paragraphs = 9 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 3 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                sb.append(capitalize(sentence(12 + random.nextInt(10), true))).append(' ');
            }
            if (random.nextInt(20) == 0) {
                sb.append("It\u00e2\u20ac\u2122s a caf\u00c3\u00a9 story. ");
            }
            if (random.nextInt(15) == 0) {
                sb.append("Rock &amp; roll. ");
            }
            sb.append("\n\n");
            if (p == 2) {
                sb.append("Photo: Protesters outside parliament (Reuters/").append(NAMES[random.nextInt(NAMES.length)]).append(")\n\n");
            }
        }
        if (random.nextInt(4) == 0) {
            sb.append("Support our independent journalism: donate today and keep us 100% independent.\n\n");
        }
        if (random.nextInt(3) == 0) {
            sb.append("This story is available on our partner sites.\n\n");
        }
        return sb.toString();
    }

    /** The same article wrapped in a small news page. */
    String nextHtml() {
        String text = next();
        StringBuilder sb = new StringBuilder(text.length() + 2000);
        sb.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>News</title></head><body>")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/politics\">Politics</a></nav>")
                .append("<article>");
        String[] paras = text.split("\n\n");
        sb.append("<h1>").append(escape(paras[0])).append("</h1>");
        for (int i = 1; i < paras.length; i++) {
            sb.append("<p>").append(escape(paras[i])).append("</p>");
        }
        sb.append("</article><footer>&copy; 2025 News Corp. All rights reserved.</footer></body></html>");
        return sb.toString();
    }

    private String sentence(int words, boolean period) {
        StringBuilder sb = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
            if (i > 2 && i < words - 2 && random.nextInt(12) == 0) {
                sb.append(',');
            }
        }
        return period ? sb.append('.').toString() : sb.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
