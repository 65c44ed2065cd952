package org.credence.language.ner;

import java.util.ArrayList;
import java.util.List;
import org.credence.language.words.WordList;
import org.credence.model.Entity;
import org.credence.model.EntityType;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * Finds named entities (people, organisations, places, nationalities, other names) in English
 * text. Immutable and thread-safe.
 *
 * <p><b>Contract.</b> {@link #recognize} takes the text with its tokens and sentences (from
 * {@link org.credence.language.Tokenizer} and {@link org.credence.language.SentenceSplitter}) and
 * returns entities sorted by span, never overlapping, each span covering whole tokens of one
 * sentence, so {@code text.substring(span)} is the mention. Chains are -1 (see
 * {@link EntityLinker}). Sentences that are not English-looking (fewer than half of their letters
 * Latin, e.g. a Cyrillic caption) are skipped. Nothing throws on odd content.
 *
 * <p>The whole text is one document: how a word is cased elsewhere in it is a feature, so
 * results for a sentence can depend on the rest of the text.
 */
public final class EntityRecognizer {

    /** The stage name used in config, CLI and JSON. */
    public static final String NAME = "entities";

    private final NerModel model;
    private final TypeRefiner refiner;
    private final NerConfidence confidence;
    private final WordList words;

    /** A recognizer running {@code model}, truecasing title-case sentences with the shipped word list. */
    public EntityRecognizer(NerModel model) {
        this(model, WordList.standard());
    }

    /**
     * A recognizer running {@code model}; title-case sentences are truecased with {@code words}
     * before tagging (see {@link TitleCase}), or left as written when {@code words} is null.
     */
    public EntityRecognizer(NerModel model, WordList words) {
        if (model == null) {
            throw new IllegalArgumentException("model is required");
        }
        this.model = model;
        this.words = words;
        this.refiner = new TypeRefiner(model.gazetteer());
        this.confidence = NerConfidence.of(model.provenance());
    }

    private static final class Holder {
        static final EntityRecognizer STANDARD = new EntityRecognizer(NerModel.loadDefault());
    }

    /** The recognizer with the model shipped on the classpath, loaded once. */
    public static EntityRecognizer standard() {
        return Holder.STANDARD;
    }

    public NerModel model() {
        return model;
    }

    /** The entities of {@code text}, sorted by span. */
    public List<Entity> recognize(String text, List<Token> tokens, List<Sentence> sentences) {
        if (text == null || tokens == null || sentences == null) {
            throw new IllegalArgumentException("text, tokens and sentences are required");
        }
        List<Sentence> kept = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.endToken() > tokens.size() || !englishLooking(text, s.span())) {
                continue;
            }
            List<String> w = new ArrayList<>(s.tokenCount());
            for (Token t : s.tokens(tokens)) {
                w.add(normalize(t.text(text)));
            }
            kept.add(s);
            words.add(w);
        }
        List<List<NerMention>> found = tag(words);
        List<Entity> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            Sentence s = kept.get(k);
            for (NerMention m : found.get(k)) {
                Span span = new Span(tokens.get(s.firstToken() + m.start()).start(),
                        tokens.get(s.firstToken() + m.end() - 1).end());
                out.add(new Entity(span, m.type(), m.confidence(), -1));
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /**
     * The entities of one document given as sentences of words (tokens taken as they are, as an
     * evaluation reads them from a file): one list of mentions per sentence, in token order.
     */
    public List<List<NerMention>> tag(List<List<String>> sentences) {
        List<String[]> arrays = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            arrays.add(s.toArray(String[]::new));
        }
        List<NerModel.Tagged> tagged = model.tagDocument(truecased(arrays));
        List<List<NerMention>> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < arrays.size(); k++) {
            out.add(mentions(arrays.get(k), tagged.get(k)));
        }
        return out;
    }

    /** The sentences as the model should see them: title-case ones truecased, others as they are. */
    private List<String[]> truecased(List<String[]> arrays) {
        if (words == null || arrays.stream().noneMatch(TitleCase::isTitleCase)) {
            return arrays;
        }
        java.util.Set<String> confirmed = TitleCase.confirmedNames(arrays);
        List<String[]> out = new ArrayList<>(arrays.size());
        for (String[] a : arrays) {
            out.add(TitleCase.isTitleCase(a) ? TitleCase.truecase(a, words, confirmed) : a);
        }
        return out;
    }

    private List<NerMention> mentions(String[] words, NerModel.Tagged tagged) {
        List<String> names = new ArrayList<>(words.length);
        for (int t : tagged.tags()) {
            names.add(model.tags().get(t));
        }
        List<NerMention> out = new ArrayList<>();
        for (BioChunks.Chunk c : BioChunks.of(names)) {
            if (!latinOnly(words, c.start(), c.end())) {
                continue;
            }
            EntityType type = refiner.refine(c.type(), words, c.start(), c.end());
            out.add(new NerMention(c.start(), c.end(), c.type(), type, confidence.apply(NerConfidence.margin(tagged, c))));
        }
        return out;
    }

    /** Curly quotes and apostrophes as the training data writes them. */
    static String normalize(String w) {
        if (w.length() == 1) {
            char c = w.charAt(0);
            if (c == '“' || c == '”' || c == '„' || c == '«' || c == '»') {
                return "\"";
            }
        }
        return w.indexOf('’') >= 0 ? w.replace('’', '\'') : w;
    }

    private static boolean latinOnly(String[] words, int start, int end) {
        for (int i = start; i < end; i++) {
            String w = words[i];
            for (int k = 0; k < w.length(); ) {
                int cp = w.codePointAt(k);
                k += Character.charCount(cp);
                if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when at least half of the letters in {@code span} are Latin (and there is a letter). */
    static boolean englishLooking(String text, Span span) {
        int letters = 0;
        int latin = 0;
        for (int i = span.start(); i < span.end(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters > 0 && latin * 2 >= letters;
    }
}
