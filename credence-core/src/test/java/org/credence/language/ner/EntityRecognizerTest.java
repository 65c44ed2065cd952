package org.credence.language.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.credence.language.SentenceSplitter;
import org.credence.language.Tokenizer;
import org.credence.model.Entity;
import org.credence.model.EntityType;
import org.credence.model.Sentence;
import org.credence.model.Token;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

    static final Tokenizer TOKENIZER = new Tokenizer();
    static final SentenceSplitter SPLITTER = new SentenceSplitter();

    static List<Entity> run(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        List<Sentence> sentences = SPLITTER.split(text, tokens);
        List<Entity> out = EntityRecognizer.standard().recognize(text, tokens, sentences);
        for (int i = 0; i < out.size(); i++) {
            Entity e = out.get(i);
            e.span().checkedIn(text);
            if (i > 0) {
                assertTrue(out.get(i - 1).span().end() <= e.span().start(), "sorted, non-overlapping: " + out);
            }
            assertTrue(e.confidence() >= 0 && e.confidence() <= 1);
        }
        return out;
    }

    static List<String> shown(String text, List<Entity> entities) {
        List<String> out = new ArrayList<>();
        for (Entity e : entities) {
            out.add(e.text(text) + "/" + e.type());
        }
        return out;
    }

    @Test
    void exactSpansAndTypes() {
        String text = "Russian Foreign Minister Sergei Lavrov met officials of the World Health Organization "
                + "in Geneva on Tuesday. Lavrov said Moscow would respond.";
        List<Entity> es = run(text);
        List<String> s = shown(text, es);
        assertTrue(s.contains("Russian/NATIONALITY"), s::toString);
        assertTrue(s.contains("Sergei Lavrov/PERSON"), s::toString);
        assertTrue(s.contains("World Health Organization/ORGANIZATION"), s::toString);
        assertTrue(s.contains("Geneva/GPE"), s::toString);
        assertTrue(s.contains("Lavrov/PERSON"), s::toString);
        Entity geneva = es.stream().filter(e -> e.text(text).equals("Geneva")).findFirst().orElseThrow();
        assertEquals(text.indexOf("Geneva"), geneva.span().start());
        assertEquals(text.indexOf("Geneva") + 6, geneva.span().end());
    }

    @Test
    void placesSplitIntoGpeAndLocation() {
        String text = "Flooding along the Danube hit Hungary and parts of Europe, officials in Budapest said.";
        List<String> s = shown(text, run(text));
        assertTrue(s.contains("Hungary/GPE"), s::toString);
        assertTrue(s.contains("Budapest/GPE"), s::toString);
        assertTrue(s.contains("Europe/LOCATION"), s::toString);
    }

    @Test
    void titleCaseHeadlineKeepsOnlyNamesTheBodyConfirms() {
        String text = "Mayor's Plan Will Destroy Every Small Business In Town, Says Ellen Park\n\n"
                + "Mayor Ellen Park unveiled a zoning plan on Tuesday. Park said the plan would add homes near the rail yard.";
        List<String> s = shown(text, run(text));
        String headline = text.substring(0, text.indexOf('\n'));
        assertTrue(s.stream().noneMatch(m -> m.startsWith("Plan") || m.contains("Business") || m.contains("Town")), s::toString);
        assertTrue(s.contains("Ellen Park/PERSON"), s::toString); // in the headline, confirmed by the body
        long inHeadline = run(text).stream().filter(e -> e.span().end() <= headline.length()).count();
        assertTrue(inHeadline >= 1, s::toString);
    }

    @Test
    void titleCaseFilterNeedsABodyAndLeavesOrdinarySentencesAlone() {
        String alone = "Obama Meets Merkel In Berlin";
        assertTrue(shown(alone, run(alone)).contains("Obama/PERSON"), () -> shown(alone, run(alone)).toString());
        String plain = "The Plan, a new group, met in Springfield on Tuesday. It said little.";
        assertTrue(shown(plain, run(plain)).contains("Springfield/GPE"), () -> shown(plain, run(plain)).toString());
    }

    @Test
    void cyrillicCaptionYieldsNothing() {
        String caption = "Сергей Лавров на встрече в Москве. Фото: ТАСС";
        String text = "Officials met in Washington on Monday.\n" + caption + "\nThe talks ended late.";
        List<Entity> es = run(text);
        int from = text.indexOf(caption);
        int to = from + caption.length();
        for (Entity e : es) {
            assertTrue(e.span().end() <= from || e.span().start() >= to, "entity in caption: " + e);
        }
        assertTrue(shown(text, es).contains("Washington/GPE"), shown(text, es)::toString);
        assertTrue(run(caption).isEmpty());
    }

    @Test
    void oddInputDoesNotThrow() {
        for (String text : List.of("", " ", "...", "ALL CAPS HEADLINE FROM NEW YORK", "a\u0301\ud83d\ude00 Obama")) {
            run(text);
        }
    }

    @Test
    void typesOfEntityTypeAreAllReachable() {
        assertEquals(6, EntityType.values().length);
    }
}
