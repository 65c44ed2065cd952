package org.credence.repair.mojibake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairerTest {

    private static final MojibakeRepairer R = MojibakeRepairer.standard();

    private static final String CAPTION = "Президент России Владимир Путин выступил с заявлением в Кремле";
    private static final String BEFORE = "Officials met on Tuesday to discuss the new trade rules. The photo caption read: ";
    private static final String AFTER = ". Analysts said the talks were \u201Cconstructive\u201D and would resume next week.";

    private static void assertSpansExact(String text, List<MojibakeFix> fixes) {
        int last = -1;
        for (MojibakeFix f : fixes) {
            assertTrue(f.span().start() >= last, "fixes overlap or are unsorted: " + fixes);
            assertTrue(f.span().end() <= text.length());
            assertNotEquals(f.span().in(text), f.replacement(), "a fix must change something");
            assertTrue(f.confidence() >= 0 && f.confidence() <= 1);
            last = f.span().end();
        }
    }

    @Test
    void spansCoverExactlyTheGarbledText() {
        String text = "The " + Garble.utf8As1252("café\u2019s") + " menu costs " + Garble.utf8As1252("€5") + " today.";
        List<MojibakeFix> fixes = R.find(text);
        assertSpansExact(text, fixes);
        assertEquals(2, fixes.size(), fixes.toString());
        assertEquals("Ã©â€™", fixes.get(0).span().in(text));
        assertEquals("é\u2019", fixes.get(0).replacement());
        assertEquals("â‚¬", fixes.get(1).span().in(text));
        assertEquals("€", fixes.get(1).replacement());
        assertEquals("windows-1252", fixes.get(0).decodedAs());
        assertEquals("UTF-8", fixes.get(0).encodedAs());
        assertEquals("The café\u2019s menu costs €5 today.", R.fix(text));
    }

    @Test
    void onlyTheGarbledApostropheOfAParagraphIsFixed() {
        String clean = "It was the mayor\u2019s third visit — and the crowd, some 2,000 strong, cheered.";
        String text = clean.replace("mayor\u2019s", "mayor" + Garble.utf8As1252("\u2019") + "s");
        List<MojibakeFix> fixes = R.find(text);
        assertEquals(1, fixes.size(), fixes.toString());
        assertEquals("â€™", fixes.get(0).span().in(text));
        assertEquals(clean, R.fix(text));
    }

    @ParameterizedTest(name = "caption in 1251 shown as {0}")
    @ValueSource(strings = {"x-MacCyrillic", "new-mac", "KOI8-R", "windows-1252"})
    void englishArticleWithOneGarbledCyrillicCaption(String shownAs) {
        String garbled = shownAs.equals("new-mac") ? Garble.as1251OnNewMac(CAPTION)
                : Garble.as(CAPTION, "windows-1251", shownAs);
        assertNotEquals(CAPTION, garbled);
        String text = BEFORE + garbled + AFTER;
        List<MojibakeFix> fixes = R.find(text);
        assertSpansExact(text, fixes);
        assertEquals(BEFORE + CAPTION + AFTER, R.fix(text));
        assertEquals("windows-1251", fixes.get(0).encodedAs());
        assertTrue(fixes.get(0).span().start() >= BEFORE.length());
    }

    @Test
    void capitalsOnlyGarbling1251AsMacCyrillic() {
        // windows-1251 and Mac Cyrillic share most lower-case letters: only capitals turn into
        // punctuation or Serbian letters, so most of the caption reads as Cyrillic already.
        String caption = "Фото: Сергей Лавров на пресс-конференции в Москве";
        String garbled = Garble.as(caption, "windows-1251", "x-MacCyrillic");
        assertEquals("‘ото: —ергей Ћавров на пресс-конференции в ћоскве", garbled);
        String text = "MOSCOW (Reuters) - Lavrov spoke on Tuesday.\n\n" + garbled + "\n\nThe ministry\u2019s statement followed.";
        assertEquals(text.replace(garbled, caption), R.fix(text));
        assertSpansExact(text, R.find(text));
    }

    @Test
    void serbianCyrillicIsLeftAlone() {
        for (String s : List.of("Ћирилица је писмо које се користи у Србији.",
                "Ђорђе Ђоковић и Љубица Његош живе у Београду — „Нови Сад“ је близу.")) {
            assertEquals(s, R.fix("The sign read: " + s).substring("The sign read: ".length()), s);
        }
    }

    @Test
    void koi8rShownAsWindows1251() {
        String text = BEFORE + Garble.as(CAPTION, "KOI8-R", "windows-1251") + AFTER;
        assertEquals(BEFORE + CAPTION + AFTER, R.fix(text));
        assertEquals("KOI8-R", R.find(text).get(0).encodedAs());
    }

    @Test
    void czechAndPolishInWindows1250ShownAsWindows1252() {
        String czech = "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl ministr.";
        String polish = "Zażółć gęślą jaźń, powiedział minister środowiska.";
        for (String s : List.of(czech, polish)) {
            String text = "Quote: " + Garble.as(s, "windows-1250", "windows-1252") + " (translated)";
            assertEquals("Quote: " + s + " (translated)", R.fix(text), s);
            assertEquals("windows-1250", R.find(text).get(0).encodedAs());
        }
    }

    @Test
    void utf8ReadTwiceAndLostSpaces() {
        assertEquals("doesn\u2019t", R.fix(Garble.utf8As1252(Garble.utf8As1252("doesn\u2019t"))));
        assertEquals("voilà le travail", R.fix("voilÃ le travail"));
        assertEquals("Ελληνικά", R.fix(Garble.utf8As1252("Ελληνικά")));
        assertEquals("Fußball-Weltmeisterschaft", R.fix(Garble.as("Fußball-Weltmeisterschaft", "UTF-8", "x-MacRoman")));
        assertEquals("Привет, мир", R.fix(Garble.as("Привет, мир", "UTF-8", "windows-1251")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A CONCLUSÃO DO ESTUDO: NÃO HÁ RISCO, diz o relatório de SÃO PAULO.",
        "Ela é a minha IRMÃ e mora na capital.",
        "For all x: x² ≥ 0, and α ± β ≈ γ × 2 when µ = 0.5°.",
        "Η ¨ανατροφή¨ των παιδιών είναι σημαντική.",
        "Offering 5×£35 per ticket, 4288×… items",
        "NESTLÉ® and ZZAJÉ’s brands; a radius of 10 Å—",
        "Президент России Владимир Путин выступил с заявлением.",
        "Příliš žluťoučký kůň úpěl ďábelské ódy.",
        "Zażółć gęślą jaźń.",
        "Ölçüm sonuçları İstanbul’da açıklandı; señor Muñoz llegó.",
        "ВІКІ is Ukrainian for WIKI; SENSЕ - Oleg",
        "├┤a┼┐a┼┐a line art ╔══╗",
        "Plain ASCII only, nothing to see here."})
    void cleanTextIsNeverChanged(String text) {
        assertEquals(List.of(), R.find(text), text);
        assertEquals(text, R.fix(text));
    }

    @Test
    void cleanEnglishIsRejectedByTheCheapScan() {
        String text = "The committee\u2019s report \u2014 published on Monday \u2014 said \u201Cno changes\u201D were needed.";
        assertFalse(R.worthALook(text));
        assertTrue(R.worthALook("cafÃ©"));
    }

    @Test
    void nullEmptyAndControlsAreHandled() {
        assertEquals(List.of(), R.find(null));
        assertEquals("", R.fix(""));
        String c1 = "These control characters \u001a are apparently intentional \u0081";
        assertEquals(c1, R.fix(c1));
        assertEquals("parlé… Tu sais", R.fix("parlé\u0085 Tu sais"));
    }

    @Test
    void isThreadSafe() {
        List<String> inputs = IntStream.range(0, 200)
                .mapToObj(i -> BEFORE + Garble.as(CAPTION, "windows-1251", i % 2 == 0 ? "KOI8-R" : "windows-1252") + " #" + i)
                .collect(Collectors.toList());
        List<String> seq = inputs.stream().map(R::fix).collect(Collectors.toList());
        List<String> par = inputs.parallelStream().map(R::fix).collect(Collectors.toList());
        assertEquals(seq, par);
    }
}
