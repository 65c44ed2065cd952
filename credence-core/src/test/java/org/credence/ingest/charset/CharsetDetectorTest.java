package org.credence.ingest.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.credence.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsetDetectorTest {

    private static final String RUSSIAN = "Президент России заявил в пятницу, что переговоры с соседями "
            + "продолжатся на следующей неделе. Эксперты считают, что это хороший знак для экономики.";
    private static final String FRENCH = "Le ministre a déclaré vendredi que les négociations reprendront "
            + "la semaine prochaine. « C’est un très bon signe », a-t-il ajouté à l’Élysée.";
    private static final String CZECH = "Ministr v pátek řekl, že jednání budou pokračovat příští týden. "
            + "Odborníci považují tento krok za dobré znamení pro české hospodářství.";
    private static final String POLISH = "Minister powiedział w piątek, że rozmowy będą kontynuowane w "
            + "przyszłym tygodniu. Eksperci uważają, że to dobry znak dla gospodarki.";
    private static final String JAPANESE = "首相は金曜日、来週も交渉を続けると述べました。専門家はこれを経済にとって良い兆候だと見ています。";

    private static byte[] bytes(String s, String cs) {
        return s.getBytes(Charset.forName(cs));
    }

    private static boolean has(Decoded d, String code) {
        return d.problems().stream().anyMatch(p -> p.code().equals(code));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "windows-1251, RU", "KOI8-R, RU", "windows-1252, FR", "windows-1250, CZ",
        "windows-1250, PL", "Shift_JIS, JA", "EUC-JP, JA"})
    void guessesLegacyCharsetsFromOurOwnSentences(String charset, String lang) {
        String text = switch (lang) {
            case "RU" -> RUSSIAN;
            case "FR" -> FRENCH;
            case "CZ" -> CZECH;
            case "PL" -> POLISH;
            default -> JAPANESE;
        };
        Decoded d = CharsetDetector.decode(bytes(text, charset), null, false);
        assertEquals(charset, d.encoding().charset(), d.toString());
        assertEquals("statistical", d.encoding().method());
        assertEquals(text, d.text());
        assertTrue(has(d, "encoding.guessed"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "GB18030|国务院总理在会议上表示，中国经济将继续保持稳定增长，政府将加大对中小企业的支持力度。",
        "Big5|國務院總理在會議上表示，中國經濟將繼續保持穩定增長，政府將加大對中小企業的支持力度。",
        "EUC-KR|대통령은 금요일 기자회견에서 다음 주에도 협상을 계속할 것이라고 말했다. 전문가들은 이것이 경제에 좋은 신호라고 본다.",
        "windows-1253|Ο πρωθυπουργός δήλωσε την Παρασκευή ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα.",
        "windows-1254|Başbakan cuma günü yaptığı açıklamada müzakerelerin gelecek hafta devam edeceğini söyledi.",
        "ISO-8859-2|Minister powiedział w piątek, że rozmowy będą kontynuowane w przyszłym tygodniu. Śląsk, źródło.",
        "x-MacCyrillic|Президент России заявил в пятницу, что переговоры продолжатся на следующей неделе.",
        "x-MacRoman|Le ministre a déclaré vendredi que les négociations reprendront la semaine prochaine à Genève."})
    void decodesMoreCharsetsToTheRightText(String charset, String text) {
        Decoded d = CharsetDetector.decode(bytes(text, charset), null, false);
        assertEquals(text, d.text(), d.encoding().toString());
        assertEquals(charset, d.encoding().charset());
    }

    @Test
    void utf8AndAscii() {
        Decoded d = CharsetDetector.decode(bytes(RUSSIAN, "UTF-8"), null, false);
        assertEquals(new org.credence.model.Encoding("UTF-8", "utf-8", 0.99), d.encoding());
        assertEquals(RUSSIAN, d.text());
        Decoded a = CharsetDetector.decode("plain words".getBytes(StandardCharsets.US_ASCII), null, false);
        assertEquals("ascii", a.encoding().method());
        assertEquals("plain words", a.text());
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, EF BB BF", "UTF-16LE, FF FE", "UTF-16BE, FE FF", "UTF-32LE, FF FE 00 00", "UTF-32BE, 00 00 FE FF"})
    void byteOrderMarks(String charset, String bom) {
        byte[] body = bytes(FRENCH, charset);
        String[] hex = bom.split(" ");
        byte[] all = new byte[hex.length + body.length];
        for (int i = 0; i < hex.length; i++) {
            all[i] = (byte) Integer.parseInt(hex[i], 16);
        }
        System.arraycopy(body, 0, all, hex.length, body.length);
        Decoded d = CharsetDetector.decode(all, "windows-1251", true);
        assertEquals(charset, d.encoding().charset());
        assertEquals("bom", d.encoding().method());
        assertEquals(FRENCH, d.text());
    }

    @Test
    void declaredCharsetFromHttp() {
        Decoded d = CharsetDetector.decode(bytes(RUSSIAN, "KOI8-R"), "text/html; charset=\"koi8-r\"", true);
        assertEquals("KOI8-R", d.encoding().charset());
        assertEquals("http", d.encoding().method());
        assertEquals(RUSSIAN, d.text());
    }

    @Test
    void unknownDeclaredCharsetIsAProblemNotAnException() {
        Decoded d = CharsetDetector.decode(bytes(CZECH, "windows-1250"), "no-such-charset\u0000!", false);
        assertTrue(has(d, "encoding.bad-declared"), d.problems().toString());
        assertEquals("windows-1250", d.encoding().charset());
    }

    @Test
    void metaCharsetInHtml() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body><p>" + RUSSIAN + "</p></body></html>";
        Decoded d = CharsetDetector.decode(bytes(html, "windows-1251"), null, true);
        assertEquals("windows-1251", d.encoding().charset());
        assertEquals("meta", d.encoding().method());
        String html5 = "<!doctype html><meta charset=shift_jis><p>" + JAPANESE;
        Decoded j = CharsetDetector.decode(bytes(html5, "Shift_JIS"), null, true);
        assertEquals("Shift_JIS", j.encoding().charset());
        assertEquals("meta", j.encoding().method());
        assertEquals(html5, j.text());
    }

    @Test
    void metaThatContradictsValidUtf8LosesToTheEvidence() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body>" + FRENCH + "</body></html>";
        Decoded d = CharsetDetector.decode(bytes(html, "UTF-8"), null, true);
        assertEquals("UTF-8", d.encoding().charset());
        assertEquals(html, d.text());
        assertTrue(has(d, "encoding.declared-contradicted"), d.problems().toString());
    }

    @Test
    void declaredUtf8ThatIsNotUtf8FallsBackToAGuess() {
        Decoded d = CharsetDetector.decode(bytes(RUSSIAN, "windows-1251"), "utf-8", false);
        assertEquals("windows-1251", d.encoding().charset());
        assertTrue(has(d, "encoding.declared-contradicted"));
    }

    @Test
    void nearlyValidUtf8KeepsUtf8WithAWarning() {
        byte[] good = bytes(RUSSIAN, "UTF-8");
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, 18);
        bad[18] = (byte) 0xE9; // a stray latin-1 é
        System.arraycopy(good, 18, bad, 19, good.length - 18);
        Decoded d = CharsetDetector.decode(bad, null, false);
        assertEquals("UTF-8", d.encoding().charset());
        assertTrue(has(d, "encoding.invalid-utf8"));
        assertEquals(1, d.text().chars().filter(c -> c == 0xFFFD).count());
    }

    @Test
    void emptyNullAndBinaryNeverThrow() {
        assertEquals("", CharsetDetector.decode(new byte[0], null, true).text());
        assertEquals("", CharsetDetector.decode(null, "garbage", true).text());
        Random rnd = new Random(42);
        for (int n : new int[] {1, 2, 3, 4, 7, 100, 5000}) {
            for (int k = 0; k < 20; k++) {
                byte[] junk = new byte[n];
                rnd.nextBytes(junk);
                for (String declared : new String[] {null, "", "utf-16", "x-unknown", "Shift_JIS", "text/html;charset="}) {
                    Decoded d = CharsetDetector.decode(junk, declared, k % 2 == 0);
                    assertNotNull(d.text());
                    assertTrue(d.encoding().confidence() >= 0 && d.encoding().confidence() <= 1);
                    for (Problem p : d.problems()) {
                        assertNotNull(p.message());
                    }
                }
            }
        }
    }

    @Test
    void utf16WithoutBom() {
        Decoded d = CharsetDetector.decode(bytes("Hello, world — plain text", "UTF-16LE"), null, false);
        assertEquals("UTF-16LE", d.encoding().charset());
        assertEquals("Hello, world — plain text", d.text());
    }
}
