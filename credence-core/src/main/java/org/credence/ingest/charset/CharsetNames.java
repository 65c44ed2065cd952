package org.credence.ingest.charset;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolving charset labels as found on the web, and the HTML meta prescan. */
final class CharsetNames {

    /** Labels that browsers read differently from Java, or that Java does not know. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("latin-1", "windows-1252"),
            Map.entry("l1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"),
            Map.entry("cp1252", "windows-1252"),
            Map.entry("cp1251", "windows-1251"),
            Map.entry("cp1250", "windows-1250"),
            Map.entry("iso-8859-9", "windows-1254"),
            Map.entry("x-mac-cyrillic", "x-MacCyrillic"),
            Map.entry("x-mac-ukrainian", "x-MacCyrillic"),
            Map.entry("mac-cyrillic", "x-MacCyrillic"),
            Map.entry("x-mac-roman", "x-MacRoman"),
            Map.entry("macintosh", "x-MacRoman"),
            Map.entry("utf8", "UTF-8"),
            Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("x-sjis", "Shift_JIS"),
            Map.entry("sjis", "Shift_JIS"),
            Map.entry("ms_kanji", "Shift_JIS"),
            Map.entry("windows-31j", "Shift_JIS"),
            Map.entry("gb2312", "GB18030"),
            Map.entry("gbk", "GB18030"),
            Map.entry("x-gbk", "GB18030"),
            Map.entry("ks_c_5601-1987", "EUC-KR"),
            Map.entry("x-euc-jp", "EUC-JP"),
            Map.entry("big5-hkscs", "Big5-HKSCS"),
            Map.entry("koi8", "KOI8-R"),
            Map.entry("koi", "KOI8-R"));

    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:()-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetNames() {
    }

    /** The charset for a label such as {@code "UTF8"} or {@code "'iso-8859-1'"}, if known. */
    static Optional<Charset> resolve(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.trim();
        while (!l.isEmpty() && (l.charAt(0) == '"' || l.charAt(0) == '\'')) {
            l = l.substring(1);
        }
        while (!l.isEmpty() && (l.endsWith("\"") || l.endsWith("'") || l.endsWith(";"))) {
            l = l.substring(0, l.length() - 1);
        }
        l = l.trim().toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return Optional.empty();
        }
        String name = ALIASES.getOrDefault(l, l);
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The charset label of a {@code Content-Type} value, or the value itself if it has none. */
    static String fromContentType(String declared) {
        if (declared == null) {
            return null;
        }
        Matcher m = Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE)
                .matcher(declared);
        return m.find() ? m.group(1) : declared;
    }

    /** The charset label declared by a meta element in the first 4 KB, if any. */
    static Optional<String> metaLabel(byte[] bytes, int offset) {
        int end = Math.min(bytes.length, offset + 4096);
        String head = new String(bytes, offset, end - offset, java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
