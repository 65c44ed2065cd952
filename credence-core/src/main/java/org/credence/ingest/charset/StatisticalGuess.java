package org.credence.ingest.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import org.credence.repair.mojibake.Plausibility;

/**
 * Guesses the charset of bytes that are not UTF-8: multibyte East Asian charsets must decode
 * without errors and look like their language (kana for Japanese, Hangul for Korean, frequent Han
 * characters for Chinese); single-byte code pages are ranked by {@link Plausibility} of the decoded
 * text, with a small prior for the more common ones. Stateless.
 */
final class StatisticalGuess {

    /** A ranked choice. */
    record Guess(Charset charset, double cost, double confidence) {
    }

    private record Candidate(String name, double prior) {
    }

    private static final List<Candidate> SINGLE_BYTE = List.of(
            new Candidate("windows-1252", 0), new Candidate("windows-1251", 0.002),
            new Candidate("windows-1250", 0.004), new Candidate("KOI8-R", 0.004),
            new Candidate("ISO-8859-2", 0.006), new Candidate("windows-1253", 0.006),
            new Candidate("ISO-8859-7", 0.008), new Candidate("windows-1254", 0.005),
            new Candidate("x-MacCyrillic", 0.012), new Candidate("x-MacRoman", 0.012));
    private static final List<String> MULTI_BYTE = List.of("Shift_JIS", "EUC-JP", "GB18030", "Big5", "EUC-KR");

    private static final String COMMON_HAN =
            "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
            + "這個們來為國說時會對於著過發後裡新聞日月市政府表示經济經濟將與及";
    private static final String COMMON_HANGUL = "이다는의에하고을가한지서기사로자를어대일수도리나시정국아만라해게으주";

    private static final int SAMPLE = 1 << 16;

    private StatisticalGuess() {
    }

    /** The most plausible charset for {@code bytes}. */
    static Guess guess(byte[] bytes, int offset) {
        int len = Math.min(bytes.length - offset, SAMPLE);
        Guess best = null;
        Guess second = null;
        for (String name : MULTI_BYTE) {
            String text = strict(bytes, offset, len, Charset.forName(name));
            if (text == null) {
                continue;
            }
            double typical = typicality(name, text);
            if (typical <= 0) {
                continue;
            }
            Guess g = new Guess(Charset.forName(name), 0.2 - typical, 0);
            if (best == null || g.cost() < best.cost()) {
                second = best;
                best = g;
            } else if (second == null || g.cost() < second.cost()) {
                second = g;
            }
        }
        for (Candidate c : SINGLE_BYTE) {
            Charset cs = Charset.forName(c.name());
            String text = lenient(bytes, offset, len, cs);
            double cost = Plausibility.costPerChar(text) + c.prior() + undefinedCost(text);
            Guess g = new Guess(cs, cost, 0);
            if (best == null || g.cost() < best.cost()) {
                second = best;
                best = g;
            } else if (second == null || g.cost() < second.cost()) {
                second = g;
            }
        }
        double margin = second == null ? 1 : second.cost() - best.cost();
        double conf = Math.round(Math.max(0.3, Math.min(0.95, 0.5 + 4 * margin)) * 1000) / 1000.0;
        return new Guess(best.charset(), best.cost(), conf);
    }

    /** Cost per char of decoding {@code bytes} with {@code cs} (lenient), for comparisons. */
    static double costOf(byte[] bytes, int offset, Charset cs) {
        String text = lenient(bytes, offset, Math.min(bytes.length - offset, SAMPLE), cs);
        return Plausibility.costPerChar(text) + undefinedCost(text);
    }

    private static double undefinedCost(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                bad++;
            }
        }
        return text.isEmpty() ? 0 : 5.0 * bad / text.length();
    }

    /** How much the text looks like the language of a multibyte charset: above 0 to accept. */
    private static double typicality(String name, String text) {
        int nonAscii = 0;
        int kana = 0;
        int hangul = 0;
        int commonHan = 0;
        int commonHangul = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (c >= 0x3040 && c <= 0x30FF) {
                kana++;
            } else if (c >= 0xAC00 && c <= 0xD7A3) {
                hangul++;
                commonHangul += COMMON_HANGUL.indexOf(c) >= 0 ? 1 : 0;
            } else if (COMMON_HAN.indexOf(c) >= 0) {
                commonHan++;
            }
        }
        if (nonAscii < 2) {
            return 0;
        }
        double n = nonAscii;
        switch (name) {
            case "Shift_JIS":
            case "EUC-JP":
                return kana / n >= 0.15 ? kana / n : 0;
            case "EUC-KR":
                return hangul / n >= 0.6 && commonHangul / n >= 0.08 ? hangul / n : 0;
            default:
                return commonHan / n >= 0.06 && kana == 0 && hangul == 0 ? 0.5 + commonHan / n : 0;
        }
    }

    /** Decodes strictly; null if any byte sequence is malformed or unmappable. */
    static String strict(byte[] bytes, int offset, int len, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, len);
        CharBuffer out = CharBuffer.allocate(len * 2 + 16);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            // a sequence cut off at the sample's end is fine
            if (in.position() + r.length() >= offset + len - 3 && len == SAMPLE) {
                out.flip();
                return out.toString();
            }
            return null;
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    /** Decodes, replacing what cannot be decoded with U+FFFD. */
    static String lenient(byte[] bytes, int offset, int len, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, len)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
