package org.credence.language;

import java.util.Set;

/**
 * Scanners for URLs, bare domains and e-mail addresses. Each takes the text, a start offset and
 * a limit, and returns the end of the match or {@code -1}; none reads past the limit.
 */
final class WebTokens {

    private WebTokens() {
    }

    /** Top-level domains that are no English word: {@code example.com} alone is a domain. */
    private static final Set<String> STRONG_TLDS = Set.of(
            "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "uk", "ru", "de", "fr", "cn",
            "jp", "eu", "ch", "nl", "es", "au", "ca", "se", "pl", "br", "mx", "za", "nz", "ie", "dk", "fi", "ua",
            "ly", "gl", "ai", "xyz", "gr", "pt", "cz", "hu", "ro", "kr", "tw", "hk", "sg", "il", "tr", "ar", "cl",
            "ng", "ke", "pk", "ir", "vn", "th", "my", "ph", "id", "by", "kz", "eg", "sa", "ae", "qa", "su");

    /** Top-level domains that are also words ("said.it", "was.in"): a domain only with a path or after co./gov./ac. */
    private static final Set<String> WEAK_TLDS = Set.of(
            "in", "it", "no", "be", "at", "me", "us", "is", "to", "tv", "co", "news", "app", "dev", "site", "online",
            "tech", "am", "fm", "so", "la", "do", "ms", "media", "live", "blog", "world", "today", "press");

    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "gov", "ac", "org", "net", "edu", "nic", "or", "ne");

    /** {@code http://}, {@code https://}, {@code ftp://} or {@code www.} at {@code i}. */
    static boolean startsUrl(String s, int i, int limit) {
        char c = s.charAt(i);
        if (c == 'h' || c == 'H') {
            return starts(s, i, limit, "http://") || starts(s, i, limit, "https://");
        }
        if (c == 'f' || c == 'F') {
            return starts(s, i, limit, "ftp://");
        }
        if (c == 'w' || c == 'W') {
            return starts(s, i, limit, "www.") && i + 4 < limit && Chars.isAsciiAlnum(s.charAt(i + 4));
        }
        return false;
    }

    private static boolean starts(String s, int i, int limit, String prefix) {
        return i + prefix.length() <= limit && s.regionMatches(true, i, prefix, 0, prefix.length());
    }

    /** The end of a URL that starts at {@code i}: up to whitespace or a quote, minus trailing punctuation. */
    static int urlEnd(String s, int i, int limit) {
        int j = i;
        int open = 0;
        while (j < limit) {
            char c = s.charAt(j);
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`' || (c >= 0x7F && !urlChar(s, j, limit))) {
                break;
            }
            if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
            }
            j++;
        }
        return trimTail(s, i, j, open);
    }

    /** Non-ASCII letters and digits may appear in a URL's path (IRIs); spaces, quotes and dashes may not. */
    private static boolean urlChar(String s, int j, int limit) {
        int cp = Chars.cpAt(s, j, limit);
        return Character.isLetterOrDigit(cp) || Chars.isMark(cp);
    }

    private static int trimTail(String s, int start, int end, int open) {
        while (end > start) {
            char c = s.charAt(end - 1);
            if (c == ')' && open < 0) {
                open++;
                end--;
            } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
                    || c == ']' || c == '}' || c == '*') {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean localChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /**
     * Where a scan for an e-mail address from {@code i} stopped, as {@code end} when one was found
     * (returned positive) or as {@code -(stop + 1)} when none was, so a caller can skip later starts
     * before that stop: they would stop at the same place.
     */
    static int email(String s, int i, int limit) {
        int j = i;
        while (j < limit && localChar(s.charAt(j))) {
            j++;
        }
        if (j == i || j >= limit || s.charAt(j) != '@' || s.charAt(j - 1) == '.') {
            return -(j + 1);
        }
        int end = domainEnd(s, j + 1, limit, true);
        return end < 0 ? -(j + 1) : end;
    }

    /**
     * The end of a bare domain (with an optional port and path) at {@code i}, or {@code -(stop + 1)}
     * where the scan stopped when it is none.
     */
    static int domain(String s, int i, int limit) {
        int end = domainEnd(s, i, limit, false);
        if (end < 0) {
            return end;
        }
        if (end < limit && (s.charAt(end) == '/' || s.charAt(end) == ':' && end + 1 < limit
                && Chars.isDigit(s.charAt(end + 1)))) {
            return urlEnd(s, i, limit);
        }
        return end;
    }

    /** Labels of ASCII letters, digits and hyphens joined by dots, at least two, the last a known top-level domain. */
    private static int domainEnd(String s, int i, int limit, boolean anyTld) {
        int j = i;
        int labels = 0;
        int lastStart = i;
        int prevStart = i;
        while (true) {
            if (j >= limit || !Chars.isAsciiAlnum(s.charAt(j))) {
                break;
            }
            prevStart = lastStart;
            lastStart = j;
            while (j < limit && (Chars.isAsciiAlnum(s.charAt(j)) || s.charAt(j) == '-')) {
                j++;
            }
            labels++;
            if (j + 1 < limit && s.charAt(j) == '.' && Chars.isAsciiAlnum(s.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        if (labels < 2 || s.charAt(j - 1) == '-' || (j < limit && continuesWord(s, j, limit))) {
            return -(j + 1);
        }
        String tld = s.substring(lastStart, j);
        if (anyTld) {
            return tld.length() >= 2 && allLetters(tld) ? j : -(j + 1);
        }
        if (STRONG_TLDS.contains(tld)) {
            return j;
        }
        if (WEAK_TLDS.contains(tld)) {
            boolean path = j < limit && s.charAt(j) == '/';
            boolean secondLevel = labels >= 3 && SECOND_LEVEL.contains(s.substring(prevStart, lastStart - 1));
            return path || secondLevel ? j : -(j + 1);
        }
        return -(j + 1);
    }

    /** A non-ASCII letter right after the labels means this is a word, not a domain. */
    private static boolean continuesWord(String s, int j, int limit) {
        int cp = Chars.cpAt(s, j, limit);
        return cp >= 128 && Chars.isWordChar(cp) || cp == '@';
    }

    private static boolean allLetters(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
