package org.credence.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One article as it passes the pipeline. Immutable: each stage returns a new document through
 * the {@code with…} methods and never edits its input.
 *
 * <p>Two texts matter. {@link #source()} is the input as decoded from its bytes (plain text or
 * HTML); {@link #text()} is the working text that every span in the document points into
 * (extracted, repaired, normalised). {@link #toSource()} maps offsets in {@code text} back to
 * {@code source}.
 *
 * @param metadata the record's own fields
 * @param format   whether the source is plain text or HTML
 * @param encoding how the bytes were decoded
 * @param source   the decoded input
 * @param text     the working text
 * @param toSource offsets in {@code text} to offsets in {@code source}
 * @param blocks   typed blocks of {@code text}, in text order
 * @param repairs  changes made by repair, in text order
 * @param fields   headline, byline, dateline and date as read from the article
 * @param language tokens, sentences and the other findings of the language layer
 * @param signals  what the credibility signals found, one result per signal that ran
 * @param scores   calibrated article scores with their reasons, one per model that ran
 * @param sourceRatings what public datasets say about the article's outlet; shown beside the
 *                 scores, never mixed into them
 * @param problems what went wrong on the way, capped at {@value #MAX_PROBLEMS}
 * @param layers   the layers present
 */
public record Document(Metadata metadata, Format format, Encoding encoding, String source,
                       String text, OffsetMap toSource, List<Block> blocks, List<Repair> repairs,
                       ArticleFields fields, Language language, List<SignalResult> signals,
                       List<ArticleScore> scores, List<SourceRating> sourceRatings,
                       List<Problem> problems, Set<Layer> layers) {

    /** Problems beyond this many are counted in one last problem, not kept. */
    public static final int MAX_PROBLEMS = 100;

    /** What the source is. */
    public enum Format {
        TEXT, HTML;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Document {
        if (metadata == null || format == null || encoding == null || source == null
                || text == null || toSource == null || fields == null || language == null) {
            throw new IllegalArgumentException("document fields must not be null");
        }
        if (toSource.derivedLength() != text.length() || toSource.originalLength() != source.length()) {
            throw new IllegalArgumentException("offset map covers " + toSource.derivedLength() + " -> "
                    + toSource.originalLength() + " chars but text has " + text.length()
                    + " and source " + source.length());
        }
        blocks = List.copyOf(blocks);
        repairs = List.copyOf(repairs);
        signals = List.copyOf(signals);
        scores = List.copyOf(scores);
        sourceRatings = List.copyOf(sourceRatings);
        problems = List.copyOf(problems);
        layers = Collections.unmodifiableSet(layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers));
        for (Block b : blocks) {
            b.span().checkedIn(text);
        }
        for (Repair r : repairs) {
            r.span().checkedIn(text);
        }
        if (!language.tokens().isEmpty()) {
            language.tokens().get(language.tokens().size() - 1).span().checkedIn(text);
        }
        for (SignalResult s : signals) {
            for (Evidence e : s.evidence()) {
                e.checkedIn(text);
            }
        }
        for (ArticleScore s : scores) {
            for (ScoreReason r : s.reasons()) {
                for (Evidence e : r.evidence()) {
                    e.checkedIn(text);
                }
            }
        }
    }

    /** A new document whose working text is its source. */
    public static Document of(Metadata metadata, Format format, Encoding encoding, String source) {
        return new Document(metadata, format, encoding, source, source,
                OffsetMap.identity(source.length()), List.of(), List.of(), ArticleFields.EMPTY,
                Language.EMPTY, List.of(), List.of(), List.of(), List.of(), EnumSet.of(Layer.SOURCE));
    }

    /** A plain-text document, for tests and library callers that already hold characters. */
    public static Document ofText(String text) {
        return of(Metadata.EMPTY, Format.TEXT, Encoding.ALREADY_TEXT, text);
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    /**
     * Replaces the working text. {@code map} maps the new text to the current one; existing
     * blocks and repairs are carried over to the new text through it. The language layer, made
     * on the old text, is dropped: text changes come before it in the pipeline.
     */
    public Document withText(String newText, OffsetMap map, Layer produced) {
        List<Block> moved = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            Span s = map.toDerived(b.span());
            if (!s.isEmpty()) {
                moved.add(b.withSpan(s));
            }
        }
        List<Repair> movedRepairs = new ArrayList<>(repairs.size());
        for (Repair r : repairs) {
            movedRepairs.add(r.withSpans(map.toDerived(r.span()), r.originalSpan()));
        }
        return new Document(metadata, format, encoding, source, newText, map.andThen(toSource),
                moved, movedRepairs, fields, Language.EMPTY, List.of(), List.of(), sourceRatings, problems,
                plus(produced));
    }

    public Document withBlocks(List<Block> newBlocks, Layer produced) {
        return new Document(metadata, format, encoding, source, text, toSource, newBlocks, repairs,
                fields, language, signals, scores, sourceRatings, problems, plus(produced));
    }

    public Document withRepairs(List<Repair> newRepairs) {
        return new Document(metadata, format, encoding, source, text, toSource, blocks, newRepairs,
                fields, language, signals, scores, sourceRatings, problems, layers);
    }

    public Document withFields(ArticleFields newFields) {
        return new Document(metadata, format, encoding, source, text, toSource, blocks, repairs,
                newFields, language, signals, scores, sourceRatings, problems, plus(Layer.ARTICLE_FIELDS));
    }

    /** Replaces the language layer's findings; {@code produced} names what was added. */
    public Document withLanguage(Language newLanguage, Layer... produced) {
        Set<Layer> l = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        l.addAll(java.util.Arrays.asList(produced));
        return new Document(metadata, format, encoding, source, text, toSource, blocks, repairs,
                fields, newLanguage, signals, scores, sourceRatings, problems, l);
    }

    /** Replaces the signal results; evidence is checked against the text. */
    public Document withSignals(List<SignalResult> newSignals) {
        return new Document(metadata, format, encoding, source, text, toSource, blocks, repairs,
                fields, language, newSignals, scores, sourceRatings, problems, plus(Layer.SIGNALS));
    }

    /** Replaces the article scores; their evidence is checked against the text. */
    public Document withScores(List<ArticleScore> newScores) {
        return new Document(metadata, format, encoding, source, text, toSource, blocks, repairs,
                fields, language, signals, newScores, sourceRatings, problems, plus(Layer.SCORES));
    }

    /** Replaces the outlet's ratings. */
    public Document withSourceRatings(List<SourceRating> newRatings) {
        return new Document(metadata, format, encoding, source, text, toSource, blocks, repairs,
                fields, language, signals, scores, newRatings, problems, plus(Layer.SOURCE_RATINGS));
    }

    /** One article score, if its model ran. */
    public java.util.Optional<ArticleScore> score(String id) {
        return scores.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The result of one signal, if it ran. */
    public java.util.Optional<SignalResult> signal(String id) {
        return signals.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Document withLayer(Layer produced) {
        return new Document(metadata, format, encoding, source, text, toSource, blocks, repairs,
                fields, language, signals, scores, sourceRatings, problems, plus(produced));
    }

    /** Adds problems, keeping at most {@value #MAX_PROBLEMS}. */
    public Document withProblems(List<Problem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Problem> all = new ArrayList<>(problems);
        for (Problem p : more) {
            if (all.size() < MAX_PROBLEMS - 1) {
                all.add(p);
            } else if (all.size() == MAX_PROBLEMS - 1) {
                all.add(Problem.warning("problems.capped", "more problems than "
                        + (MAX_PROBLEMS - 1) + "; the rest were dropped"));
            }
        }
        return new Document(metadata, format, encoding, source, text, toSource, blocks, repairs,
                fields, language, signals, scores, sourceRatings, all, layers);
    }

    public Document withProblem(Problem p) {
        return withProblems(List.of(p));
    }

    /** The covered text of a span of {@link #text()}. */
    public String textOf(Span span) {
        return span.in(text);
    }

    /** The blocks of one type, in text order. */
    public List<Block> blocks(BlockType type) {
        return blocks.stream().filter(b -> b.type() == type).toList();
    }

    private Set<Layer> plus(Layer l) {
        EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        s.add(l);
        return s;
    }
}
